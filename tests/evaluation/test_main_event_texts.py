"""Main-event items may refer to a JSON Lines record or a GeoWebNews article instead of a text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warcheck.cli import main
from warcheck.errors import DataError
from warcheck.evaluation import main_event
from warcheck.evaluation.main_event_texts import Texts

XML = Path(__file__).resolve().parents[1] / "fixtures" / "geowebnews-sample.xml"
RECORD = {
    "id": "r-1",
    "title": "Man shot dead in Dayton",
    "text": "DAYTON, Ohio - A man was shot and killed on Friday night, police said.",
    "published": "2016-05-07",
    "outlet": "example.com",
}
GOLD = {
    "event_type": "attack",
    "perpetrator": "none",
    "place": {"name": "Dayton", "lat": 39.7589, "lon": -84.1916},
    "date": {"from": "2016-05-06", "precision": "day"},
    "killed": 1,
    "source_type": "official",
    "certainty": "asserted",
}


def _write(path: Path, *rows: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def test_a_record_gives_its_title_text_day_and_outlet(tmp_path: Path) -> None:
    records = _write(tmp_path / "articles.jsonl", RECORD)
    item: dict[str, object] = {"record": "r-1", "gold": GOLD}
    Texts(jsonl=records).fill(item, "x:1")
    assert str(item["text"]).startswith("Man shot dead in Dayton\n\nDAYTON")
    assert item["published"] == "2016-05-07" and item["outlet"] == "example.com"
    own_day: dict[str, object] = {"record": "r-1", "published": "2016-05-08", "gold": GOLD}
    Texts(jsonl=records).fill(own_day, "x:2")
    assert own_day["published"] == "2016-05-08"


def test_an_article_of_a_geowebnews_file_is_read_and_its_link_checked() -> None:
    item: dict[str, object] = {"article": 0, "link": "https://example.org/0", "gold": GOLD}
    Texts(xml=XML).fill(item, "x:1")
    assert str(item["text"]).startswith("Floods in Pakistan\n\nHeavy rain flooded Karachi")
    with pytest.raises(DataError, match="is not https://example.org/9"):
        Texts(xml=XML).fill({"article": 0, "link": "https://example.org/9"}, "x:1")
    with pytest.raises(DataError, match="not in the XML"):
        Texts(xml=XML).fill({"article": 999}, "x:1")


def test_a_missing_file_or_record_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="--jsonl"):
        Texts().fill({"record": "r-1"}, "x:1")
    with pytest.raises(DataError, match="--xml"):
        Texts().fill({"article": 0}, "x:1")
    records = _write(tmp_path / "articles.jsonl", RECORD)
    with pytest.raises(DataError, match="no record 'r-2'"):
        Texts(jsonl=records).fill({"record": "r-2"}, "x:1")
    with pytest.raises(DataError, match="needs 'text'"):
        Texts().fill({"gold": GOLD}, "x:1")


def test_the_cli_scores_a_record_item_of_half_c1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = _write(tmp_path / "articles.jsonl", RECORD)
    gold = _write(tmp_path / "gold.jsonl", {"id": "g", "half": "c1", "record": "r-1", "gold": GOLD})
    argv = ["eval", "main-event", str(gold), "--jsonl", str(records), "--half", "c1", "--json"]
    assert main(argv) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["n"] == 1 and result["half"] == "c1"
    with pytest.raises(DataError, match="no items in half c2"):
        main_event.evaluate(gold, half="c2", jsonl=records)
