"""The single writer: full-text entries that match their rows, and the connection left as found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import warcheck

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _ingest(db: Path) -> None:
    with warcheck.Store.open(db) as store:
        report = store.ingest(warcheck.read_items([str(FIXTURES / "fakes-sample.csv")]))
        assert report.stored >= 2


def test_full_text_indexes_agree_with_their_tables(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    _ingest(db)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(DISTINCT article_id) FROM claims").fetchone()[0] >= 2
    for table in ("articles_fts", "claims_fts"):  # rank 1: the index against its content table
        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
    claims = conn.execute("SELECT id, text FROM claims ORDER BY id").fetchall()
    assert claims
    for claim_id, text in claims:  # each claim is found by its own words, under its own id
        words = " ".join(f'"{w}"' for w in text.replace('"', " ").split()[:6])
        found = {r[0] for r in conn.execute("SELECT rowid FROM claims_fts WHERE text MATCH ?",
                                            (words,))}  # fmt: skip
        assert claim_id in found


def test_the_page_cache_is_restored_after_writing(tmp_path: Path) -> None:
    with warcheck.Store.open(tmp_path / "w.db") as store:
        before = store.conn.execute("PRAGMA cache_size").fetchone()[0]
        store.ingest(warcheck.read_items([str(FIXTURES / "fakes-sample.csv")]))
        assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == before
