"""Opening a store, SQLite file or PostgreSQL database, with its migrations applied.

The tables are defined once, for both engines, in :mod:`warcheck.corpus.tables`.
A SQLite store is used through the standard library's ``sqlite3`` (fast, no
server); its schema version is ``PRAGMA user_version``. A PostgreSQL store
(``postgresql://`` URL, see :mod:`warcheck.corpus.postgres`) keeps its version
in a table. :func:`connect` applies the migrations a store lacks, each in one
transaction, so a store made by an older warcheck is brought up to date when
it is opened, and one made by a newer warcheck is refused with a clear message.

Queries are written once, in SQLite's dialect with ``?`` or ``:name``
parameters; the PostgreSQL connection adapts them. :class:`Connection` is
what the store's modules may rely on; :func:`engine` tells the two apart
where the SQL must differ (full-text search, the FTS5 side tables).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any, Protocol

from warcheck.errors import StoreError

VERSION = 4
"""The schema version of this warcheck: the highest ``since`` or ``EXTRAS`` version in
:mod:`warcheck.corpus.tables` (4: the documents compressed, :mod:`warcheck.corpus.documents`)."""

URL_SCHEMES = ("postgresql://", "postgres://")


class Cursor(Protocol):
    """The part of a DB-API cursor the store uses (rows by index and by name)."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The part of ``sqlite3.Connection`` the store uses; the PostgreSQL wrapper has it too."""

    @property
    def in_transaction(self) -> bool: ...

    @property
    def total_changes(self) -> int: ...

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Any: ...

    def close(self) -> None: ...


def is_url(location: str | Path) -> bool:
    """Whether ``location`` names a PostgreSQL database rather than a SQLite file."""
    return str(location).startswith(URL_SCHEMES)


def engine(conn: Connection) -> str:
    """``"sqlite"`` or ``"postgresql"``."""
    return "sqlite" if isinstance(conn, sqlite3.Connection) else "postgresql"


def article_tsvector(prefix: str = "") -> str:
    """PostgreSQL: the indexed words of an article (title and text); ``prefix``: a table alias.

    Expression GIN indexes keep the tables' columns those of SQLite; a query
    uses the index when it repeats the expression.
    """
    return f"to_tsvector('simple', coalesce({prefix}title, '') || ' ' || {prefix}text)"


def claim_tsvector(prefix: str = "") -> str:
    """PostgreSQL: the indexed words of a claim's text (see :func:`article_tsvector`)."""
    return f"to_tsvector('simple', {prefix}text)"


def serialize(conn: Connection, key: int) -> None:
    """Inside a transaction: wait until no other process holds ``key`` (until commit).

    PostgreSQL only (an advisory lock); SQLite's ``BEGIN IMMEDIATE`` already
    lets one writer at a time in.
    """
    if engine(conn) == "postgresql":
        conn.execute("SELECT pg_advisory_xact_lock(?)", (key,))


def stream(conn: Connection, sql: str, parameters: Any = ()) -> Iterator[Any]:
    """The rows of a query too big to hold in memory (exports, the cross-check's inputs).

    SQLite's cursor already reads row by row; on PostgreSQL a server-side
    cursor is read in batches.
    """
    if engine(conn) == "postgresql":
        yield from conn.stream(sql, parameters)  # type: ignore[attr-defined]
    else:
        yield from conn.execute(sql, parameters)


def pipelined(conn: Connection) -> AbstractContextManager[Any]:
    """PostgreSQL: statements inside are sent without waiting for each answer; SQLite: nothing.

    For runs of writes whose results are not read (psycopg's pipeline mode);
    errors surface at the latest when the context ends.
    """
    if engine(conn) == "postgresql":
        return conn.pipeline()  # type: ignore[attr-defined]
    return nullcontext()


@contextmanager
def transaction(conn: Connection, *, join: bool = False) -> Iterator[None]:
    """The block as one write transaction: ``BEGIN IMMEDIATE``, then ``COMMIT``, or
    ``ROLLBACK`` and the error raised again.

    With ``join``, a transaction the caller already opened is used as it is
    (committed or rolled back by the caller).
    """
    if join and conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def connect(location: str | Path, *, create: bool = True) -> Connection:
    """Open (creating if needed) a store and bring its schema up to :data:`VERSION`.

    ``location`` is a SQLite file or a ``postgresql://`` URL (any libpq URL,
    e.g. ``postgresql://me@/warcheck?host=/run/postgresql``).

    Raises:
        StoreError: not a warcheck store, a newer store, or it cannot be opened or reached;
            a database without the store's tables when ``create`` is false.
    """
    if is_url(location):
        from warcheck.corpus.postgres import connect_url

        return connect_url(str(location), create=create)
    return connect_file(Path(location))


def connect_file(path: Path) -> sqlite3.Connection:
    """Open a SQLite store file (see :func:`connect`).

    WAL journal, foreign keys on, ``synchronous=NORMAL`` (a committed
    transaction survives a crash of the process; only a power cut may lose
    the last ones, never consistency).
    """
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    if path.parent and not path.parent.exists():
        raise StoreError(f"cannot create {path}: folder {path.parent} does not exist")
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=10000")
        _migrate(conn, path)
    except sqlite3.DatabaseError as err:
        raise StoreError(f"{path} is not a warcheck store ({err})") from None
    conn.row_factory = sqlite3.Row
    return conn


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version > VERSION:
        raise StoreError(
            f"{path} has store schema {version}, newer than this warcheck's {VERSION}; upgrade"
        )
    if version == 0 and _has_foreign_tables(conn):
        raise StoreError(f"{path} is a SQLite database but not a warcheck store")
    if version == VERSION:
        return
    from warcheck.corpus.tables import migration  # SQLAlchemy: only to create or migrate

    for number in range(version, VERSION):
        with transaction(conn):
            for statement in migration("sqlite", number):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version={number + 1}")


def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
    return bool(row[0])
