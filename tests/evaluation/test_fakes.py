"""`warcheck eval fakes` runs on any FA-KES-format file and reports its metrics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warcheck import vocab
from warcheck.cli import main
from warcheck.errors import DataError
from warcheck.evaluation import fakes

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "fakes-sample.csv"
KEYS = {
    "governorate_accuracy",
    "published_date_accuracy",
    "civilians_exact",
    "children_exact",
    "perpetrator_accuracy",
    "cause_accuracy",
}


def test_eval_json_shape_and_sanity(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "fakes", str(SAMPLE), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["n"] == 41
    assert set(result["metrics"]) >= KEYS
    assert set(result["metrics"]) <= set(vocab.EVAL_METRIC)  # each metric is defined once
    assert all(0.0 <= v <= 1.0 for v in result["metrics"].values())
    # Far better than chance (12 governorates): the analysis really locates articles.
    assert result["metrics"]["governorate_accuracy"] > 0.6


def test_eval_text_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "fakes", str(SAMPLE)]) == 0
    assert "governorate_accuracy" in capsys.readouterr().out


def test_wrong_columns_is_a_data_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", "utf-8")
    with pytest.raises(DataError, match="missing columns"):
        fakes.evaluate(bad)
    assert main(["eval", "fakes", str(bad)]) == 2
    assert "missing columns" in capsys.readouterr().err


def test_dates_and_perpetrator_mapping() -> None:
    assert fakes.parse_date("8/1/14") == "2014-08-01"
    assert fakes.parse_date("not a date") is None
    assert fakes.perpetrator_class(None) == "unknown"
    assert fakes.perpetrator_class("isis") == fakes.PERPETRATORS[1]
    assert fakes.perpetrator_class("sdf") == "self administration forces"
    assert fakes.perpetrator_class("syrian_government_forces") == fakes.PERPETRATORS[0]


def test_the_title_is_read_with_the_content_once() -> None:
    row = {"article_title": "Air strikes hit Idlib", "article_content": "Warplanes struck Saraqeb."}
    assert fakes.article_text(row) == "Air strikes hit Idlib\n\nWarplanes struck Saraqeb."
    # A content that already opens with its title (after a dateline here) is left alone.
    row["article_content"] = "Wed 05 Apr 2017 Air strikes hit Idlib. Warplanes struck Saraqeb."
    assert fakes.article_text(row) == row["article_content"]
    assert fakes.article_text({"article_content": "Text only."}) == "Text only."


def test_a_directory_or_a_missing_file_is_a_one_line_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="is a directory"):
        list(fakes.rows(tmp_path))
    with pytest.raises(DataError, match="no such file"):
        list(fakes.rows(tmp_path / "missing.csv"))
