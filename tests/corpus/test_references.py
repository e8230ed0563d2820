"""Reference events in the store: idempotent import, revisions, reading by date, matches."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import warcheck
from warcheck.corpus import references
from warcheck.crosscheck.reference import ReferenceEvent, read_reference


def _rows(path: Path) -> list[dict[str, Any]]:
    return [e.to_row() for e in read_reference(path) if isinstance(e, ReferenceEvent)]


def test_importing_twice_adds_nothing_the_second_time(
    tmp_path: Path, reference_files: ModuleType
) -> None:
    path = reference_files.acled(tmp_path / "a.csv", {"event_id_cnty": "1"}, {"event_id_cnty": "2"})
    with warcheck.Store.open(tmp_path / "w.db") as store:
        assert store.import_reference(_rows(path), file=str(path)) == 2
        assert store.import_reference(_rows(path), file="again.csv") == 0
        rows = list(store.reference_events("2020-01-01", "2020-12-31"))
    assert [(r["dataset"], r["upstream_id"], r["file"]) for r in rows] == [
        ("acled", "1", str(path)),
        ("acled", "2", str(path)),
    ]
    assert rows[0]["imported_at"].endswith("+00:00") and json.loads(rows[0]["raw"])["location"]


def test_a_revised_event_is_updated_in_place(tmp_path: Path, reference_files: ModuleType) -> None:
    first = reference_files.ucdp(tmp_path / "g1.csv", {"best": "4"})
    later = reference_files.ucdp(tmp_path / "g2.csv", {"best": "6"})
    with warcheck.Store.open(tmp_path / "w.db") as store:
        store.import_reference(_rows(first), file="g1.csv")
        (before,) = store.reference_events("2020-03-02", "2020-03-02")
        assert store.import_reference(_rows(later), file="g2.csv") == 1
        (after,) = store.reference_events("2020-03-02", "2020-03-02")
    assert (after["id"], after["fatalities"], after["file"]) == (before["id"], 6, "g2.csv")
    assert ReferenceEvent.from_row(after).fatalities_low == 3


def test_events_are_read_back_by_their_window(tmp_path: Path, reference_files: ModuleType) -> None:
    path = reference_files.acled(
        tmp_path / "a.csv",
        {"event_id_cnty": "day", "event_date": "2020-03-02"},
        {"event_id_cnty": "week", "event_date": "2020-03-10", "time_precision": "2"},
        {"event_id_cnty": "month", "event_date": "2020-04-15", "time_precision": "3"},
    )
    with warcheck.Store.open(tmp_path / "w.db") as store:
        store.import_reference(_rows(path), file="a.csv")

        def ids(lo: str, hi: str) -> list[str]:
            return [r["upstream_id"] for r in store.reference_events(lo, hi)]

        assert ids("2020-03-02", "2020-03-02") == ["day"]
        assert ids("2020-03-07", "2020-03-08") == ["week"]  # 7-13 March
        assert ids("2020-04-30", "2020-05-01") == ["month"]
        assert ids("2020-03-01", "2020-04-01") == ["day", "week", "month"]
        assert ids("2021-01-01", "2021-12-31") == []


def test_a_row_without_its_key_is_refused(tmp_path: Path) -> None:
    with warcheck.Store.open(tmp_path / "w.db") as store:
        with pytest.raises(warcheck.StoreError, match="upstream_id"):
            store.import_reference([{"dataset": "acled", "date_from": "2020-01-01"}], file="x")
        assert list(store.reference_events("2000-01-01", "2100-01-01")) == []


def test_matches_of_claims_are_replaced(
    idlib_article: str, tmp_path: Path, reference_files: ModuleType
) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"text": idlib_article, "published": "2020-03-03"}) + "\n", "utf-8")
    path = reference_files.acled(tmp_path / "a.csv", {"event_id_cnty": "1"}, {"event_id_cnty": "2"})
    with warcheck.Store.open(tmp_path / "w.db") as store:
        store.ingest(warcheck.read_items([str(src)]), workers=0)
        store.import_reference(_rows(path), file="a.csv")
        claim = next(store.claims())["id"]
        one, two = (r["id"] for r in store.reference_events("2020-03-02", "2020-03-02"))
        row = {"claim_id": claim, "score": 1.0, "agreeing": "date", "conflicting": ""}
        references.replace_matches(store.conn, [claim], [{**row, "reference_id": one}])
        references.replace_matches(store.conn, [claim], [{**row, "reference_id": two}])
        found = list(references.matches(store.conn, [claim]))
        assert [(m["claim_id"], m["upstream_id"]) for m in found] == [(claim, "2")]
        assert found[0]["matched_at"]
    conn = sqlite3.connect(tmp_path / "w.db")
    assert conn.execute("SELECT count(*) FROM reference_matches").fetchone()[0] == 1


def test_matches_written_by_claim_key(
    idlib_article: str, tmp_path: Path, reference_files: ModuleType
) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"text": idlib_article, "published": "2020-03-03"}) + "\n", "utf-8")
    path = reference_files.acled(tmp_path / "a.csv", {"event_id_cnty": "1"})
    with warcheck.Store.open(tmp_path / "w.db") as store:
        store.ingest(warcheck.read_items([str(src)]), workers=0)
        store.import_reference(_rows(path), file="a.csv")
        first = next(store.claims())
        key = (first["article_id"], first["claim_index"])
        (event,) = store.reference_events("2020-03-02", "2020-03-02")
        row = {"key": key, "reference_id": event["id"], "score": 0.8, "agreeing": "date",
               "conflicting": "killed 5 vs 4"}  # fmt: skip
        lost = {**row, "key": (999, 0)}  # a claim that is not stored is left out
        assert store.write_reference_matches([key], [row, lost]) == 1
        assert store.write_reference_matches([key], []) == 0
        assert list(references.matches(store.conn)) == []
        store.write_reference_matches([key], [row])
        (m,) = references.matches(store.conn, [first["id"]])
    assert (m["claim_id"], m["upstream_id"], m["conflicting"]) == (
        first["id"],
        "1",
        "killed 5 vs 4",
    )
