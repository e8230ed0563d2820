"""Read-only stores kept open between requests: a PostgreSQL connection is not made per request.

Each request takes a store from the pool (:meth:`StorePool.take`) and gives it
back (:meth:`StorePool.give_back`) when the response is done. A PostgreSQL
store that comes back open and idle waits for the next request (at most
:data:`IDLE` of them wait; more at once are opened and closed as before); one
left in a failed or open transaction, and every SQLite store (its connection
belongs to the thread that opened it), is closed instead.
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
        self._waiting: list[warcheck.Store] = []
        self._lock = threading.Lock()

    def take(self) -> warcheck.Store:
        """A read-only store: one that waited, else a new one."""
        with self._lock:
            if self._waiting:
                return self._waiting.pop()
            self.opened += 1
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
