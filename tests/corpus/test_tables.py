"""One schema for both engines: SQLite stores as before, old stores migrated, PostgreSQL alike."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

import warcheck
from warcheck.corpus import schema, tables

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _legacy(path: Path, version: int) -> Path:
    """A store made with the SQL of warcheck 0.1.0 (``tests/fixtures/store-schema-v*.sql``)."""
    conn = sqlite3.connect(path)
    for number in range(1, version + 1):
        conn.executescript((FIXTURES / f"store-schema-v{number}.sql").read_text("utf-8"))
    conn.execute(f"PRAGMA user_version={version}")
    conn.commit()
    conn.close()
    return path


def _shape(path: Path) -> dict[str, Any]:
    """Tables, columns (name, type, primary key), indexes and foreign keys of a SQLite file."""
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    shape: dict[str, Any] = {}
    for name in sorted(n for n in names if "_fts_" not in n and n != "article_assessments"):
        columns = [(r[1], r[2], r[5]) for r in conn.execute(f"PRAGMA table_info({name})")]
        required = {r[1] for r in conn.execute(f"PRAGMA table_info({name})") if r[3] and not r[5]}
        indexes = {
            (r[1], r[2], tuple(c[2] for c in conn.execute(f"PRAGMA index_info({r[1]})")))
            for r in conn.execute(f"PRAGMA index_list({name})")
        }
        keys = {r[2:5] + (r[6],) for r in conn.execute(f"PRAGMA foreign_key_list({name})")}
        shape[name] = (columns, required, {i for i in indexes if not i[0].startswith("sqlite_")},
                       {i[1:] for i in indexes}, keys)  # fmt: skip
    conn.close()
    return shape


def test_a_new_sqlite_store_has_the_tables_of_the_old_sql(tmp_path: Path) -> None:
    warcheck.Store.open(tmp_path / "new.db").close()
    old = _shape(_legacy(tmp_path / "old.db", 2))
    assert _shape(tmp_path / "new.db") == old
    assert {"articles_fts", "claims_fts", "incidents", "reference_matches"} <= set(old)


@pytest.mark.parametrize("version", [1, 2])
def test_an_old_sqlite_store_is_migrated_and_works(tmp_path: Path, version: int) -> None:
    path = _legacy(tmp_path / "old.db", version)
    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "Air strikes killed five civilians in Idlib on Monday."}\n', "utf-8")
    with warcheck.Store.open(path) as store:
        assert store.ingest(warcheck.read_items([str(src)])).stored == 1
        assert store.search("Idlib") and store.count("incidents") == 0
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
        assert store.conn.execute("SELECT count(*) FROM article_assessments").fetchone()[0] == 0
    assert _shape(path) == _shape(_fresh(tmp_path))


def _fresh(tmp_path: Path) -> Path:
    warcheck.Store.open(tmp_path / "fresh.db").close()
    return tmp_path / "fresh.db"


def test_the_version_is_the_last_step_and_each_step_adds_tables() -> None:
    assert schema.VERSION == tables.VERSION == 4
    for engine in ("sqlite", "postgresql"):
        steps = [tables.migration(engine, n) for n in range(3)]
        assert all(any(s.startswith("CREATE TABLE") for s in step) for step in steps)
    (last,) = tables.migration("sqlite", 2)
    assert "article_assessments" in last and "ON DELETE CASCADE" in last
    # 4: the documents compressed; SQLite's TEXT column keeps blobs, PostgreSQL's becomes bytea
    assert tables.migration("sqlite", 3) == []
    assert any("TYPE bytea" in s for s in tables.migration("postgresql", 3))


def test_assessments_cascade_with_their_article(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "Air strikes killed five civilians in Idlib on Monday."}\n', "utf-8")
    with warcheck.Store.open(tmp_path / "w.db") as store:
        store.ingest(warcheck.read_items([str(src)]))
        store.conn.execute(
            "INSERT INTO article_assessments VALUES (1, 'm', 0.5, 'fake', '[]', '2020-01-01')"
        )
        store.conn.execute("DELETE FROM articles")
        assert store.conn.execute("SELECT count(*) FROM article_assessments").fetchone()[0] == 0
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute(
                "INSERT INTO article_assessments VALUES (9, 'm', 0.5, 'fake', '[]', '2020-01-01')"
            )


def test_a_newer_sqlite_store_is_refused(tmp_path: Path) -> None:
    warcheck.Store.open(tmp_path / "w.db").close()
    conn = sqlite3.connect(tmp_path / "w.db")
    conn.execute(f"PRAGMA user_version={schema.VERSION + 1}")
    conn.close()
    with pytest.raises(warcheck.StoreError, match="newer"):
        warcheck.Store.open(tmp_path / "w.db")
