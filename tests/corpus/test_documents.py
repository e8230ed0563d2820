"""The stored document: compressed from schema 4, and rows of older stores still read."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import warcheck
from warcheck.corpus import documents, schema

TEXT = "Air strikes killed five civilians in Idlib on Monday, the Observatory said."


def test_a_document_packs_smaller_and_reads_back_in_every_form() -> None:
    doc = warcheck.analyze(TEXT, published="2017-04-04").to_dict()
    packed = documents.pack(doc)
    as_json = json.dumps(doc, ensure_ascii=False)
    assert packed.startswith(documents.MAGIC) and len(packed) < len(as_json) / 2
    assert documents.loads(packed) == doc
    assert documents.loads(as_json) == doc  # SQLite rows of schema 3: JSON text
    assert documents.loads(as_json.encode("utf-8")) == doc  # PostgreSQL rows migrated: UTF-8
    assert documents.loads(memoryview(packed)) == doc
    assert json.loads(documents.json_text(packed)) == doc
    assert documents.json_text(as_json) == as_json


def _ingest(store: Any, src: Path, text: str, outlet: str) -> None:
    src.write_text(json.dumps({"text": text, "outlet": outlet}) + "\n", "utf-8")
    assert store.ingest(warcheck.read_items([str(src)])).stored == 1


def _as_schema_3(path: Path) -> dict[str, Any]:
    """Rewrite a store's documents as a schema-3 warcheck wrote them (JSON text)."""
    conn = sqlite3.connect(path)
    ((stored,),) = conn.execute("SELECT document FROM articles").fetchall()
    old = documents.json_text(stored)
    conn.execute("UPDATE articles SET document = ?", (old,))
    conn.execute("PRAGMA user_version=3")
    conn.commit()
    conn.close()
    doc: dict[str, Any] = json.loads(old)
    return doc


def test_a_schema_3_sqlite_store_is_read_and_grows_with_compressed_rows(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    with warcheck.Store.open(path) as store:
        _ingest(store, tmp_path / "a.jsonl", TEXT, "Reuters")
    old = _as_schema_3(path)
    with warcheck.Store.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
        _ingest(store, tmp_path / "b.jsonl", "Shelling killed two men in Daraa.", "SANA")
        kinds = [r[0] for r in store.conn.execute("SELECT typeof(document) FROM articles")]
        assert kinds == ["text", "blob"]
        first, second = store.documents()
        assert first == old and second["article"]["outlet"] == "SANA"
        assert store.article(1)["document"] == old  # type: ignore[index]
        assert warcheck.cross_check(store).new_articles == 2
        out = io.StringIO()
        assert store.export("jsonl", out) == 2
        assert [json.loads(line) for line in out.getvalue().splitlines()] == [first, second]
