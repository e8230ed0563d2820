"""The single writer: full-text entries that match their rows, and the connection left as found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import warcheck
from warcheck.corpus import documents as stored_document

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


def test_mentions_are_stored_whole_with_each_kinds_columns(tmp_path: Path) -> None:
    from warcheck.corpus.rows import MENTION_COLUMNS, MENTION_KIND_COLUMNS

    db = tmp_path / "w.db"
    _ingest(db)
    conn = sqlite3.connect(db)
    lists = {"actor": "actors", "place": "places", "time": "times", "casualty": "casualties",
             "operation": "operations", "cue": "cues"}  # fmt: skip
    columns = ", ".join(f'"{c}"' for c in MENTION_COLUMNS)
    for article_id, text, document in conn.execute("SELECT id, text, document FROM articles"):
        doc = stored_document.loads(document)
        rows = conn.execute(
            f"SELECT {columns} FROM mentions WHERE article_id = ? ORDER BY id", (article_id,)
        ).fetchall()
        expected = [(k, m["start"], m["end"]) for k, key in lists.items() for m in doc[key]]
        assert [(r[0], r[1], r[2]) for r in rows] == expected
        for row in rows:
            kind, start, end, span = row[:4]
            assert span == text[start:end]
            unfilled = set(MENTION_COLUMNS[1:]) - set(MENTION_KIND_COLUMNS[kind])
            assert all(row[MENTION_COLUMNS.index(c)] is None for c in unfilled)
        assert any(r[0] == "actor" and r[4] for r in rows) or not doc["actors"]


def test_an_article_stored_meanwhile_is_not_stored_twice(tmp_path: Path) -> None:
    from warcheck.corpus.rows import ArticleRows, Options, analyse_item
    from warcheck.corpus.schema import connect
    from warcheck.corpus.writer import Writer

    items = warcheck.read_items([str(FIXTURES / "fakes-sample.csv")])
    first = next(i for i in items if isinstance(i, warcheck.Item))
    rows = analyse_item(first, Options())
    assert isinstance(rows, ArticleRows)
    conn = connect(tmp_path / "w.db")
    writer = Writer(conn)
    stored, _ = writer._store(rows)  # as if another writer had stored it after the check
    again, twin = writer._store(rows)
    assert (stored, again, twin) == (True, False, None)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == len(rows.claims)
