"""Tests for warcheck.evaluation.case2021: reading CASE 2021 task-2 files and scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from warcheck import vocab
from warcheck.errors import DataError
from warcheck.evaluation import case2021
from warcheck.evaluation.case2021 import (
    CASE_CODES,
    TO_CASE,
    evaluate,
    format_result,
    read_snippets,
    score,
)
from warcheck.vocab import EVENT_TYPE

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "case2021-sample.tsv"

TASK_CODES = {
    "ARMED_CLASH",
    "AIR_STRIKE",
    "ART_MISS_ATTACK",
    "REM_EXPLOS",
    "SUIC_BOMB",
    "CHEM_WEAP",
    "GRENADE",
    "ATTACK",
    "ABDUCT_DISSAP",
    "SEX_VIOL",
    "ARREST",
    "PROPERTY_DISTRUCT",
    "DISR_WEAP",
    "PEACE_PROTEST",
    "PROTEST_WITH_INTER",
    "FORCE_AGAINST_PROTEST",
    "VIOL_DEMONSTR",
    "MOB_VIOL",
    "GOV_REGAINS_TERIT",
    "NON_STATE_ACTOR_OVERTAKES_TER",
    "NON_VIOL_TERRIT_TRANSFER",
    "HQ_ESTABLISHED",
    "CHANGE_TO_GROUP_ACT",
    "AGREEMENT",
    "DIPLO",
    "ATTRIB",
    "OTHER",
    "MAN_MADE_DISASTER",
    "NATURAL_DISASTER",
    "ORG_CRIME",
}


def _write(tmp_path: Path, text: str, name: str = "data.tsv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_event_type_has_one_case_code() -> None:
    assert set(TO_CASE) >= set(EVENT_TYPE)
    assert set(CASE_CODES) == TASK_CODES
    for code, types in CASE_CODES.items():
        for event_type in types:
            assert TO_CASE[event_type] == code


def test_evaluate_fixture_shape_and_consistency() -> None:
    result = evaluate(FIXTURE)
    assert result["dataset"] == "case2021"
    assert result["n"] == 20
    metrics = result["metrics"]
    assert set(metrics) == {"weighted_f1", "accuracy", "macro_f1"}
    assert set(metrics) <= set(vocab.EVAL_METRIC)
    assert all(0.0 <= v <= 1.0 for v in metrics.values())
    assert metrics["weighted_f1"] >= 0.8  # hand-written, unambiguous snippets
    assert sum(v["support"] for v in result["per_class"].values()) == 20
    assert sum(c for row in result["confusion"].values() for c in row.values()) == 20
    correct = sum(row.get(gold, 0) for gold, row in result["confusion"].items())
    assert metrics["accuracy"] == pytest.approx(correct / 20, abs=1e-4)


def test_progress_is_reported() -> None:
    seen: list[tuple[int, int]] = []
    evaluate(FIXTURE, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (1, 20) and seen[-1] == (20, 20)


def test_score_by_hand() -> None:
    gold = ["A", "A", "A", "B", "C"]
    pred = ["A", "A", "B", "B", "B"]
    result = score(gold, pred)
    # A: p=1, r=2/3, f1=0.8; B: p=1/3, r=1, f1=0.5; C: 0.
    assert result["per_class"]["A"]["f1"] == pytest.approx(0.8)
    assert result["per_class"]["B"]["f1"] == pytest.approx(0.5)
    assert result["per_class"]["C"]["f1"] == 0.0
    assert result["metrics"]["weighted_f1"] == pytest.approx((0.8 * 3 + 0.5 * 1) / 5, abs=1e-4)
    assert result["metrics"]["macro_f1"] == pytest.approx((0.8 + 0.5) / 3, abs=1e-4)
    assert result["metrics"]["accuracy"] == pytest.approx(3 / 5)
    assert result["confusion"]["C"] == {"B": 1}


def test_unknown_gold_label_counts_as_miss(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "1\tPolice arrested 15 opposition activists.\tARREST\n"
        "2\tA volcano erupted and alien ships landed.\tALIEN_INVASION\n",
    )
    result = evaluate(path)
    assert result["n"] == 2
    assert result["per_class"]["ALIEN_INVASION"]["recall"] == 0.0
    assert result["metrics"]["accuracy"] == 0.5


def test_missing_header_extra_columns_and_blank_lines(tmp_path: Path) -> None:
    lines = FIXTURE.read_text("utf-8").splitlines()[1:]
    body = "\n\n".join(line + "\textra\tcolumns" for line in lines) + "\n\n"
    result = evaluate(_write(tmp_path, body))
    assert result["n"] == 20
    assert result == {**evaluate(FIXTURE), "file": "data.tsv"}


def test_header_in_any_column_order(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "SubType\tsource\tEventSnippet\nARREST\tx\tPolice arrested 15 opposition activists.\r\n",
    )
    assert read_snippets(path) == [("0", "Police arrested 15 opposition activists.", "ARREST")]


def test_quoted_snippet_and_bom(tmp_path: Path) -> None:
    path = _write(
        tmp_path, '\ufeffid\tEventSnippet\tSubType\n7\t"Police said ""no comment"" today."\tother\n'
    )
    assert read_snippets(path) == [("7", 'Police said "no comment" today.', "OTHER")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty"),
        ("\n\n", "empty"),
        ("id\tEventSnippet\tSubType\n", "no snippets"),
        ("id\tEventSnippet\tSubType\n1\tonly a snippet\n", "line 2"),
        ("id\ttext\n1\tsnippet\n", "SubType"),
        ("1\tsnippet without label\n", "line 1"),
        ("1\tsnippet\t\n", "no valid SubType"),
    ],
)
def test_malformed_files_raise_data_error(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(DataError, match=message) as info:
        evaluate(_write(tmp_path, content))
    assert "\n" not in str(info.value)


def test_unreadable_files_raise_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no such file"):
        evaluate(tmp_path / "missing.tsv")
    with pytest.raises(DataError, match="directory"):
        evaluate(tmp_path)
    binary = tmp_path / "binary.tsv"
    binary.write_bytes(b"1\t\xff\xfe snippet\tARREST\n")
    with pytest.raises(DataError, match="UTF-8"):
        evaluate(binary)


def test_format_result_mentions_metrics_and_confusions() -> None:
    result = case2021.score(["ARREST", "ARREST"], ["ARREST", "ATTACK"])
    text = format_result({"dataset": "case2021", "file": "x.tsv", "n": 2, **result})
    assert "weighted F1 0.667" in text
    assert "ARREST -> ATTACK" in text


def test_main_prints_json_and_reports_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert case2021.main([str(FIXTURE)]) == 0
    assert '"weighted_f1"' in capsys.readouterr().out
    assert case2021.main([str(tmp_path / "missing.tsv")]) == DataError.exit_code
    assert "no such file" in capsys.readouterr().err
