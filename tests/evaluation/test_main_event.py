"""`warcheck eval main-event` scores the summary's main event against hand-read gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warcheck import vocab
from warcheck.cli import main
from warcheck.errors import DataError
from warcheck.evaluation import main_event

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "fakes-sample.csv"
SARAQEB = {"name": "Saraqeb", "lat": 35.8623, "lon": 36.8006}
STRIKE = (
    "Warplanes struck a market in the town of Saraqeb in Idlib province on Sunday, killing "
    "at least 12 civilians, the Syrian Observatory for Human Rights said."
)
GOLD = {
    "event_type": "air_drone_strike",
    "perpetrator": "none",
    "place": SARAQEB,
    "date": {"from": "2017-03-12", "precision": "day"},
    "killed": 12,
    "source_type": "monitor",
    "certainty": "asserted",
}


def _write(tmp_path: Path, *items: dict[str, object]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in items), "utf-8")
    return path


def test_a_plainly_told_strike_scores_on_every_field(tmp_path: Path) -> None:
    path = _write(
        tmp_path, {"id": "x", "half": "a", "text": STRIKE, "published": "2017-03-14", "gold": GOLD}
    )
    result = main_event.evaluate(path)
    assert set(result["metrics"]) == set(main_event.METRICS.values())
    assert set(result["metrics"]) <= set(vocab.EVAL_METRIC)
    assert result["metrics"]["main_event_type"] == 1.0
    assert result["metrics"]["main_event_place_50km"] == 1.0
    assert result["metrics"]["main_event_killed"] == 1.0


def test_a_wrong_gold_answer_is_scored_wrong(tmp_path: Path) -> None:
    gold = GOLD | {
        "event_type": "peaceful_protest",
        "killed": 99,
        "place": {"name": "Paris", "lat": 48.85, "lon": 2.35},
    }
    path = _write(tmp_path, {"id": "x", "text": STRIKE, "published": "2017-03-14", "gold": gold})
    result = main_event.evaluate(path)
    assert result["metrics"]["main_event_type"] == 0.0
    assert result["metrics"]["main_event_killed"] == 0.0
    assert result["metrics"]["main_event_place_50km"] == 0.0
    assert set(result["items"][0]["wrong"]) >= {"event_type", "killed", "place"}


def test_halves_are_scored_apart_and_unknown_fields_not_counted(tmp_path: Path) -> None:
    other = {
        "id": "y",
        "half": "b",
        "text": STRIKE,
        "published": "2017-03-14",
        "gold": GOLD | {"place": None, "date": None},
    }
    path = _write(tmp_path, {"id": "x", "half": "a", "text": STRIKE, "gold": GOLD}, other)
    b = main_event.evaluate(path, half="b")
    assert b["n"] == 1 and b["half"] == "b"
    assert (
        b["counted"]["main_event_place_50km"] == 0 and "main_event_place_50km" not in b["metrics"]
    )
    assert main_event.evaluate(path)["n"] == 2
    with pytest.raises(DataError, match="half"):
        main_event.evaluate(path, half="c")


def test_items_may_refer_to_a_csv_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = GOLD | {"place": {"name": "Hama", "lat": 35.13, "lon": 36.76}, "killed": 4}
    path = _write(tmp_path, {"id": "r", "row": 0, "unit_id": "1926479289", "gold": gold})
    with pytest.raises(DataError, match="--csv"):
        main_event.evaluate(path)
    assert main(["eval", "main-event", str(path), "--csv", str(SAMPLE), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["n"] == 1 and result["metrics"]["main_event_place_50km"] == 1.0
    wrong_unit = _write(tmp_path, {"id": "r", "row": 0, "unit_id": "1", "gold": gold})
    assert main(["eval", "main-event", str(wrong_unit), "--csv", str(SAMPLE)]) == 2
    assert "not unit 1" in capsys.readouterr().err


def test_field_matching_rules() -> None:
    assert main_event.right("perpetrator", "syrian_government", "syrian_government_forces")
    assert main_event.right("perpetrator", "fsa", ["isis", "syrian_opposition"])
    assert not main_event.right("perpetrator", "isis", "none")
    assert main_event.right("perpetrator", "none", "none")
    near, far = ("A", 36.0, 37.0), ("B", 37.0, 37.0)
    assert main_event.right("place", near, {"name": "A", "lat": 36.2, "lon": 37.1})
    assert not main_event.right("place", far, {"name": "A", "lat": 36.2, "lon": 37.1})
    week = {"from": "2016-12-05", "to": "2016-12-07", "precision": "week"}
    assert main_event.right("date", ("2016-12-06", "2016-12-06"), week)
    assert not main_event.right("date", ("2016-12-01", "2016-12-07"), week)
    assert main_event.right("killed", None, None) and not main_event.right("killed", 3, None)
    assert 110 < main_event.km(0, 0, 1, 0) < 112


def test_malformed_files_are_data_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n', "utf-8")
    with pytest.raises(DataError, match="gold"):
        main_event.evaluate(bad)
    bad.write_text("not json\n", "utf-8")
    assert main(["eval", "main-event", str(bad)]) == 2
    assert "not JSON" in capsys.readouterr().err
