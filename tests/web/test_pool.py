"""The web app's stores (web/pool.py): PostgreSQL connections reused, SQLite per request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import warcheck

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from warcheck.web import Settings, create_app  # noqa: E402
from warcheck.web.pool import StorePool  # noqa: E402


@pytest.fixture()
def pg_url(postgres: Any) -> str:
    url = str(postgres.new_database())
    warcheck.Store.open(url).close()  # an empty store
    return url


def test_postgres_stores_come_back_for_the_next_request(pg_url: str) -> None:
    pool = StorePool(pg_url)
    first, second = pool.take(), pool.take()
    assert first is not second and pool.opened == 2
    pool.give_back(first)
    pool.give_back(second)
    again = {pool.take(), pool.take()}
    assert again == {first, second} and pool.opened == 2
    with pytest.raises(Exception, match="read-only"):
        first.conn.execute("DELETE FROM articles")
    pool.close()


def test_a_store_left_in_a_transaction_or_over_the_cap_is_closed(pg_url: str) -> None:
    pool = StorePool(pg_url, idle=1)
    busy, spare, extra = pool.take(), pool.take(), pool.take()
    busy.conn.execute("BEGIN")
    pool.give_back(busy)
    assert busy.conn.raw.closed  # type: ignore[attr-defined]
    pool.give_back(spare)
    pool.give_back(extra)  # one already waits
    assert not spare.conn.raw.closed and extra.conn.raw.closed  # type: ignore[attr-defined]
    assert pool.take() is spare
    pool.give_back(spare)
    pool.close()
    assert spare.conn.raw.closed  # type: ignore[attr-defined]


def test_sqlite_stores_are_opened_for_each_request_and_closed(store_path: Path) -> None:
    pool = StorePool(store_path)
    one = pool.take()
    pool.give_back(one)
    two = pool.take()
    assert two is not one and pool.opened == 2
    pool.give_back(two)


def test_the_app_over_postgres_answers_many_requests_on_one_connection(pg_url: str) -> None:
    app = create_app(Settings(db=pg_url))
    with TestClient(app) as client:
        for _ in range(10):
            assert client.get("/api/articles").status_code == 200
        assert client.get("/api/articles/1").status_code == 404
        assert client.get("/api/articles").status_code == 200
        assert app.state.stores.opened == 1
    assert app.state.stores._waiting == []


def test_a_connection_dropped_while_waiting_is_replaced(pg_url: str) -> None:
    import psycopg

    pool = StorePool(pg_url)
    first = pool.take()
    pool.give_back(first)
    pid = first.conn.raw.info.backend_pid  # type: ignore[attr-defined]
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s, 5000)", (pid,))  # waits for its end
    again = pool.take()
    assert again is not first and first.conn.raw.closed  # type: ignore[attr-defined]
    assert (pool.opened, pool.replaced) == (2, 1)
    assert list(again.articles()) == []
    pool.give_back(again)
    assert pool.take() is again and pool.replaced == 1  # a live one is kept
    pool.close()
