"""`warcheck eval credibility --train --test` trains, scores and explains."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warcheck.cli import main

KEYS = {"accuracy", "f1", "roc_auc", "brier"}


@pytest.fixture(scope="module")
def result(split: tuple[Path, Path]) -> dict:
    import io
    from contextlib import redirect_stdout

    out = io.StringIO()
    with redirect_stdout(out):
        assert (
            main(
                ["eval", "credibility", "--train", str(split[0]), "--test", str(split[1]), "--json"]
            )
            == 0
        )
    return json.loads(out.getvalue())


def test_json_shape(result: dict) -> None:
    assert result["n"] == 13
    assert set(result["metrics"]) == KEYS == set(result["without_outlet"])
    loo = result["leave_one_outlet_out"]
    assert {"accuracy", "roc_auc", "per_outlet"} <= set(loo)
    assert sum(v["n"] for v in loo["per_outlet"].values()) == 28
    assert all(0.0 <= v <= 1.0 for v in result["metrics"].values() if v is not None)


def test_every_test_article_has_a_probability_and_reasons(result: dict) -> None:
    articles = result["articles"]
    assert len(articles) == 13
    for a in articles:
        assert 0.0 < a["probability_credible"] < 1.0
        assert "not a verdict" in a["what"]
        assert a["reasons"] and all(r["reason"] and r["towards"] for r in a["reasons"])
    contributions = [abs(r["contribution"]) for r in articles[0]["reasons"]]
    assert contributions == sorted(contributions, reverse=True)


def test_text_report_has_the_reliability_table(
    split: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", "credibility", "--train", str(split[0]), "--test", str(split[1])]) == 0
    out = capsys.readouterr().out
    assert "reliability" in out and "leave one outlet out" in out


def test_missing_training_file_or_labels(
    split: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", "credibility", "--test", str(split[1])]) == 2
    assert "--train" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    text = split[1].read_text("utf-8").splitlines()
    header = text[0].split(",")
    assert header[-1] == "label"
    bad.write_text(text[0] + "\n" + text[1].rsplit(",", 1)[0] + ",maybe\n", "utf-8")
    assert main(["eval", "credibility", "--train", str(split[0]), "--test", str(bad)]) == 2
    assert "label must be 0 or 1" in capsys.readouterr().err
