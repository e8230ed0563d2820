"""Read-only stores kept open between requests: a PostgreSQL connection is not made per request.

Each request takes a store from the pool (:meth:`StorePool.take`) and gives it
back (:meth:`StorePool.give_back`) when the response is done. A PostgreSQL
store that comes back open and idle waits for the next request (at most
:data:`IDLE` of them wait; more at once are opened and closed as before); one
left in a failed or open transaction, and every SQLite store (its connection
belongs to the thread that opened it), is closed instead. A waiting store is
pinged when taken; one whose connection was dropped is closed and replaced.
"""

from __future__ import annotations

import threading
from pathlib import Path

import warcheck

IDLE = 8
"""How many open stores wait between requests at most."""


class StorePool:
    """The read-only stores of one web app over the store ``db``."""

    def __init__(self, db: Path | str, idle: int = IDLE) -> None:
        self.db = db
        self.idle = idle
        self.opened = 0  # how many stores the pool opened, for the tests and the curious
        self.replaced = 0  # how many waiting stores had lost their connection
        self._waiting: list[warcheck.Store] = []
        self._lock = threading.Lock()

    def take(self) -> warcheck.Store:
        """A read-only store: one that waited and still answers, else a new one.

        A waiting connection the server dropped meanwhile (restarted, or the
        backend terminated) fails the ping and is closed and replaced.
        """
        while True:
            with self._lock:
                if not self._waiting:
                    self.opened += 1
                    break
                store = self._waiting.pop()
            if _answers(store):
                return store
            self.replaced += 1
            store.close()
        store = warcheck.Store.open(self.db, create=False)
        store.refuse_writes()
        return store

    def give_back(self, store: warcheck.Store) -> None:
        """Keep the store for the next request if it can serve one, else close it."""
        if store.shareable():
            with self._lock:
                if len(self._waiting) < self.idle:
                    self._waiting.append(store)
                    return
        store.close()

    def close(self) -> None:
        """Close every waiting store (when the server stops)."""
        with self._lock:
            waiting, self._waiting = self._waiting, []
        for store in waiting:
            store.close()


def _answers(store: warcheck.Store) -> bool:
    """Whether a waiting store's connection still answers a query (one round trip)."""
    try:
        store.conn.execute("SELECT 1").fetchall()
    except Exception:  # noqa: BLE001 - whatever the driver raises, the connection is gone
        return False
    return store.shareable()
