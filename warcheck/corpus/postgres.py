"""PostgreSQL stores: a psycopg 3 connection that takes the store's SQLite-style SQL.

The store's queries are written once, with ``?`` and ``:name`` parameters
(SQLite's style); :class:`PgConnection` rewrites them for psycopg (``%s``,
``%(name)s``, a literal ``%`` doubled) and returns rows readable by index and
by name, like ``sqlite3.Row``. The connection runs in autocommit mode, so
``BEGIN`` ... ``COMMIT`` in the callers delimit the transactions, as with
SQLite; ``BEGIN IMMEDIATE`` becomes ``BEGIN``.

The schema version is kept in the table ``warcheck_schema``; migrating takes
an advisory lock, so several processes opening a new
database at once create the tables once. Commits are asynchronous
(``synchronous_commit = off`` for this session): a crash of the server may
lose the last fraction of a second of commits, never consistency (SQLite's
``synchronous=NORMAL`` makes the same trade).

Needs ``pip install 'warcheck[postgres]'`` (psycopg).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from warcheck.corpus.schema import VERSION
from warcheck.errors import StoreError

_TOKEN = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|\?|(?<![:\w]):([A-Za-z_]\w*)|%")
_LOCK = 0x77617263  # 'warc': the advisory lock held while migrating
_CHANGED = ("INSERT", "UPDATE", "DELETE")
_CURSORS = itertools.count(1)
STREAM_BATCH = 2000
"""Rows fetched at a time by :meth:`PgConnection.stream`."""


@lru_cache(maxsize=2048)
def adapt(sql: str) -> str:
    """``sql`` with SQLite's parameters written as psycopg's (literals left alone)."""

    def one(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        if match.group(1):
            return f"%({match.group(1)})s"
        return token.replace("%", "%%")

    return _TOKEN.sub(one, _plain(sql))


def _plain(sql: str) -> str:
    stripped = sql.lstrip()
    if stripped.upper().startswith("BEGIN IMMEDIATE"):
        return "BEGIN"
    return sql


class Row:
    """A result row: by index (``row[0]``), by column name (``row["id"]``), ``dict(row)``."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: Sequence[Any]) -> None:
        self._index = index
        self._values = tuple(values)

    def __getitem__(self, key: int | str) -> Any:
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def keys(self) -> list[str]:
        """The column names, in order."""
        return list(self._index)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values, strict=False))!r})"


def _row_factory(cursor: Any) -> Any:
    index: dict[str, int] = {}
    for i, column in enumerate(cursor.description or ()):
        index.setdefault(column.name, i)

    def make(values: Sequence[Any]) -> Row:
        return Row(index, values)

    return make


class PgConnection:
    """A psycopg connection with the methods of ``sqlite3.Connection`` the store uses."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self._changes = 0

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open."""
        from psycopg.pq import TransactionStatus

        return bool(self.raw.info.transaction_status != TransactionStatus.IDLE)

    @property
    def total_changes(self) -> int:
        """Rows inserted, updated or deleted through this connection so far."""
        return self._changes

    def execute(self, sql: str, parameters: Any = None, /) -> Any:
        """Run one statement; return its cursor (rows already fetched)."""
        cur = self.raw.cursor()
        if parameters is None:
            cur.execute(_plain(sql))
        else:
            cur.execute(adapt(sql), parameters)
        self._count(cur)
        return cur

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Any:
        """Run one statement for each set of parameters."""
        cur = self.raw.cursor()
        rows = list(parameters)
        if rows:
            cur.executemany(adapt(sql), rows)
            self._count(cur)
        return cur

    def copy(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Append rows to a table with ``COPY`` (much faster than inserts, same rows)."""
        quoted = ", ".join(f'"{c}"' for c in columns)
        n = 0
        with self.raw.cursor().copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                n += 1
        self._changes += n

    def _count(self, cur: Any) -> None:
        status = cur.statusmessage or ""
        if status.startswith(_CHANGED) and cur.rowcount > 0:
            self._changes += cur.rowcount

    def stream(self, sql: str, parameters: Any = ()) -> Iterator[Row]:
        """The rows of a query read in batches from a server-side cursor, not all at once.

        Other statements may run on the connection between the rows (the
        cursor is ``WITH HOLD``, so it also outlives a transaction).
        """
        name = f"warcheck_rows_{next(_CURSORS)}"
        with self.raw.cursor(name=name, withhold=True) as cur:
            cur.itersize = STREAM_BATCH
            cur.execute(adapt(sql), parameters)
            yield from cur

    def pipeline(self) -> Any:
        """A context in which statements are sent without waiting for each one's answer.

        Errors surface at the latest when it ends; ``total_changes`` does not count them.
        """
        return self.raw.pipeline()

    def close(self) -> None:
        """Close the connection."""
        self.raw.close()


def redact(url: str) -> str:
    """The URL with any password replaced by ``***``."""
    url = re.sub(r"(://[^:@/?]*):[^@/?]*@", r"\1:***@", url)
    return re.sub(r"(password=)[^&]*", r"\1***", url)


def connect_url(url: str, *, create: bool = True) -> PgConnection:
    """Connect to a PostgreSQL store and bring its schema up to date.

    Raises:
        StoreError: psycopg is missing, the server cannot be reached, or the
            database holds other tables or a newer store.
    """
    try:
        import psycopg
    except ImportError:
        raise StoreError(
            "a postgresql:// store needs psycopg: pip install 'warcheck[postgres]'"
        ) from None
    try:
        raw = psycopg.connect(url, autocommit=True, row_factory=_row_factory, connect_timeout=10)
    except (psycopg.Error, ValueError) as err:
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise StoreError(f"cannot open {redact(url)}: {reason}") from None
    conn = PgConnection(raw)
    try:
        conn.execute("SET synchronous_commit = off")
        if not create and _version(conn) is None:
            raise StoreError(f"no store at {redact(url)} (make one with 'warcheck ingest')")
        _migrate(conn, redact(url))
    except BaseException:
        conn.close()
        raise
    return conn


def _version(conn: PgConnection) -> int | None:
    """The stored schema version; None when the database has no warcheck tables."""
    (found,) = conn.execute(
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_schema = current_schema() AND table_name = 'warcheck_schema'"
    ).fetchone()
    if not found:
        return None
    row = conn.execute("SELECT max(version) FROM warcheck_schema").fetchone()
    return int(row[0] or 0)


def _migrate(conn: PgConnection, where: str) -> None:
    if _version(conn) == VERSION:
        return
    from warcheck.corpus.tables import migration  # SQLAlchemy: only to create or migrate

    # Locked before the transaction begins, so that it sees the tables another
    # process created while this one waited (catalog caches are refreshed at BEGIN).
    conn.execute("SELECT pg_advisory_lock(?)", (_LOCK,))
    try:
        conn.execute("BEGIN")
        try:
            version = _checked_version(conn, where)
            for number in range(version, VERSION):
                for statement in migration("postgresql", number):
                    conn.execute(statement)
            conn.execute("DELETE FROM warcheck_schema")
            conn.execute("INSERT INTO warcheck_schema (version) VALUES (?)", (VERSION,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("SELECT pg_advisory_unlock(?)", (_LOCK,))


def _checked_version(conn: PgConnection, where: str) -> int:
    version = _version(conn)
    if version is None:
        (tables,) = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchone()
        if tables:
            raise StoreError(f"{where} holds other tables: not a warcheck store")
        conn.execute("CREATE TABLE warcheck_schema (version INTEGER NOT NULL)")
        return 0
    if version > VERSION:
        raise StoreError(
            f"{where} has store schema {version}, newer than this warcheck's {VERSION}; upgrade"
        )
    return version
