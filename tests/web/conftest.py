"""A small store built in the test session, and the web app over it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import warcheck

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from warcheck.web import Settings, create_app  # noqa: E402

ARTICLES = [
    {
        "id": "r1",
        "outlet": "Reuters",
        "published": "2017-04-04",
        "text": "Air strikes kill five in Idlib\n\nAir strikes killed five civilians in the town "
        "of Saraqib in Idlib province on Monday, the Syrian Observatory for Human Rights said.",
    },
    {
        "id": "s1",
        "outlet": "SANA",
        "published": "2017-04-05",
        "text": "Army units target terrorists in Idlib countryside\n\nArmy units destroyed "
        "positions of terrorist groups near Saraqib in Idlib countryside on Monday, a military "
        "source told SANA. The source denied that civilians were killed.",
    },
    {
        "id": "a1",
        "outlet": "ANHA",
        "published": "2017-10-05",
        "text": "Clashes in Raqqa\n\nFighters of the Syrian Democratic Forces clashed with ISIS "
        "mercenaries in the city of Raqqa on Tuesday, killing 12 of them, according to local "
        "sources.",
    },
]


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    src = folder / "articles.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = folder / "web.db"
    with warcheck.Store.open(db) as store:
        report = store.ingest(warcheck.read_items([str(src)]))
        warcheck.cross_check(store)
    assert report.stored == len(ARTICLES)
    return db


@pytest.fixture(scope="session")
def client(store_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=store_path))) as test_client:
        yield test_client


@pytest.fixture()
def writable_client(tmp_path: Path) -> Iterator[TestClient]:
    db = tmp_path / "w.db"
    warcheck.Store.open(db).close()
    with TestClient(create_app(Settings(db=db, writable=True))) as test_client:
        yield test_client
