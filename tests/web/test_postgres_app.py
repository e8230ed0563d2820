"""The web app over a PostgreSQL store answers as over a SQLite one (read-only, every API list)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import warcheck

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from warcheck.web import Settings, create_app  # noqa: E402

PATHS = ["/api/articles", "/api/claims", "/api/actors", "/api/outlets", "/api/incidents",
         "/api/articles/1", "/api/search?q=Saraqib"]  # fmt: skip


def _answers(db: Path | str) -> dict[str, Any]:
    with TestClient(create_app(Settings(db=db))) as client:
        out = {}
        for path in PATHS:
            response = client.get(path)
            assert response.status_code == 200, (path, response.text)
            out[path] = response.json()
        assert client.get("/").status_code == 200
    return out


def _without_times(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_times(v) for k, v in value.items()
                if k not in ("ingested_at", "updated_at", "graded_at", "rank")}  # fmt: skip
    if isinstance(value, list):
        return [_without_times(v) for v in value]
    return value


def test_the_app_over_postgres_gives_the_same_answers(postgres: Any, store_path: Path) -> None:
    src = store_path.parent / "articles.jsonl"  # what the SQLite store was made from
    url = postgres.new_database()
    with warcheck.Store.open(url) as store:
        store.ingest(warcheck.read_items([str(src)]))
        warcheck.cross_check(store)
    pg, sqlite = _answers(url), _answers(store_path)
    for path in PATHS[:-1]:
        assert _without_times(pg[path]) == _without_times(sqlite[path]), path
    # Search ranks (bm25, ts_rank) and snippets are each engine's own: the same hits.
    hits = [{(h["kind"], h["article_id"], h["claim_id"]) for h in answers["/api/search?q=Saraqib"]
             ["items"] if "[Saraqib]" in h["snippet"]} for answers in (pg, sqlite)]  # fmt: skip
    assert hits[0] == hits[1] and len(hits[0]) == 4
