"""The single writer: analysed rows into the database, in small transactions.

Each article (its row, claims, mentions and full-text entries) is written
whole inside a transaction, and a transaction is committed every
:data:`COMMIT_EVERY` articles or :data:`COMMIT_SECONDS` seconds, whichever
comes first. A crash or ``kill -9`` at any moment therefore loses at most
the uncommitted articles, never consistency, and a rerun stores those
(each exactly once: ``articles.identity`` is unique and checked first).

On PostgreSQL several writers may share the database: each article is then
its own transaction (commits are cheap there, see
:mod:`warcheck.corpus.postgres`), an article is inserted ``ON CONFLICT
(identity) DO NOTHING`` and an outlet ``ON CONFLICT (name) DO NOTHING``, so
two writers storing the same article store it once, and neither loses one.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from warcheck.corpus.ingest import Known, Result
from warcheck.corpus.rows import CLAIM_COLUMNS, MENTION_COLUMNS, MENTION_KIND_COLUMNS, ArticleRows
from warcheck.corpus.schema import Connection, engine
from warcheck.knowledge.outlets import outlet as known_outlet
from warcheck.read.fetch import utc_now
from warcheck.read.items import Problem

COMMIT_EVERY = 200
COMMIT_EVERY_SHARED = 1  # PostgreSQL: one article per transaction (several writers)
COMMIT_SECONDS = 1.0
QUEUE = 64
CACHE_KIB = 32 * 1024
"""SQLite's page cache while writing (its default is 2 MiB): the indexes' pages a run touches
stay in memory instead of being read again; bounded, so memory stays flat."""

_ARTICLE_COLUMNS = [
    "item_id",
    "title",
    "url",
    "outlet_id",
    "published",
    "published_from",
    "language",
    "text",
    "source",
    "locator",
    "fetched_at",
    "raw_sha256",
    "text_sha256",
    "ingested_at",
    "warcheck_version",
    "twin_of",
    "identity",
    "custody",
    "main_claim",
    "extra",
    "document",
]


def _insert(table: str, columns: list[str]) -> str:
    quoted = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({quoted}) VALUES ({marks})"


_INSERT_ARTICLE_SQLITE = (
    _insert("articles", _ARTICLE_COLUMNS) + " ON CONFLICT (identity) DO NOTHING"
)
"""SQLite takes the new id from the cursor's ``lastrowid``: with ``RETURNING id`` the insert cost
~0.3 ms more an article of FA-KES, ten times the insert itself."""
_INSERT_ARTICLE = _INSERT_ARTICLE_SQLITE + " RETURNING id"
_CLAIM_INSERT_COLUMNS = ["article_id", *CLAIM_COLUMNS]
_MENTION_INSERT_COLUMNS = ["article_id", *MENTION_COLUMNS]
_INSERT_CLAIM = _insert("claims", _CLAIM_INSERT_COLUMNS)
_INSERT_MENTION = _insert("mentions", _MENTION_INSERT_COLUMNS)
_INSERT_CLAIM_FTS = "INSERT INTO claims_fts (rowid, text) VALUES (?, ?)"
_INSERT_MENTION_OF_KIND = {  # SQLite: the kind a literal, only the columns the kind fills bound
    kind: _insert("mentions", ["article_id", "kind", *columns]).replace("(?, ?", f"(?, '{kind}'", 1)
    for kind, columns in MENTION_KIND_COLUMNS.items()
}
_CLAIM_TEXT = CLAIM_COLUMNS.index("text")


@dataclass
class IngestReport:
    """What an ingest run did: counts, and every problem with where it is and why."""

    stored: int = 0
    already: int = 0
    twins: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        """Items reported as problems and not stored."""
        return len(self.problems)

    def summary(self) -> str:
        """One line: stored, already there, skipped (and syndicated copies among those stored)."""
        twins = f" ({self.twins} copies of stored texts under other outlets)" if self.twins else ""
        return f"stored {self.stored}{twins}, already there {self.already}, skipped {self.skipped}"


def _put(
    feed: queue.Queue[Result | None], item: Result | None, failed: list[BaseException]
) -> bool:
    """Hand ``item`` to the writer thread; ``False`` (nothing handed) once that thread has failed.

    Waits in short steps, so a writer that fails while the queue is full
    never leaves the feeding thread blocked.
    """
    while not failed:
        try:
            feed.put(item, timeout=0.1)
            return True
        except queue.Full:
            continue
    return False


class Writer:
    """Writes results into an open store connection (see the module's docstring)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._outlets: dict[str, int] = {}
        self._sqlite = engine(conn) == "sqlite"  # PostgreSQL: GIN indexes, COPY, shared writers
        self._every = COMMIT_EVERY if self._sqlite else COMMIT_EVERY_SHARED

    def write(
        self,
        results: Iterable[Result],
        on_result: Callable[[Result, IngestReport], None] | None = None,
    ) -> IngestReport:
        """Store every result; return the report (also when interrupted: what was committed).

        The writing runs in a thread of its own, fed through a bounded queue,
        so SQLite's work (which releases the GIL) overlaps the analysis that
        produces the results. ``on_result`` is called from that thread after
        each result is written.
        """
        report = IngestReport()
        feed: queue.Queue[Result | None] = queue.Queue(maxsize=QUEUE)
        failed: list[BaseException] = []
        thread = threading.Thread(
            target=self._drain, args=(feed, report, on_result, failed), daemon=True
        )
        cache = None
        if self._sqlite:  # SQLite: a bigger page cache while writing
            (cache,) = self.conn.execute("PRAGMA cache_size").fetchone()
            self.conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        thread.start()
        try:
            for result in results:
                if not _put(feed, result, failed):
                    break
        finally:
            _put(feed, None, failed)
            thread.join()
            if cache is not None:
                self.conn.execute(f"PRAGMA cache_size = {int(cache)}")
        if failed:
            raise failed[0]
        return report

    def _drain(
        self,
        feed: queue.Queue[Result | None],
        report: IngestReport,
        on_result: Callable[[Result, IngestReport], None] | None,
        failed: list[BaseException],
    ) -> None:
        in_transaction, since, started = False, 0, time.monotonic()
        try:
            while (result := feed.get()) is not None:
                if not in_transaction:
                    self.conn.execute("BEGIN IMMEDIATE")
                    in_transaction, since, started = True, 0, time.monotonic()
                self._one(result, report)
                since += isinstance(result, ArticleRows)
                if on_result is not None:
                    on_result(result, report)
                if since >= self._every or time.monotonic() - started > COMMIT_SECONDS:
                    self.conn.execute("COMMIT")
                    in_transaction = False
        except BaseException as err:  # handed to the feeding thread, which raises it
            failed.append(err)
            if in_transaction:  # an article may be half written: none of this batch is kept
                self.conn.execute("ROLLBACK")
                in_transaction = False
        finally:
            if in_transaction:
                self.conn.execute("COMMIT")

    def _one(self, result: Result, report: IngestReport) -> None:
        if isinstance(result, Problem):
            report.problems.append(result)
        elif isinstance(result, Known) or self._exists(result.identity):
            report.already += 1
        else:
            stored, twin = self._store(result)
            report.stored += stored
            report.already += not stored  # another writer stored it meanwhile
            report.twins += twin is not None

    def _exists(self, identity: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE identity = ?", (identity,))
        return row.fetchone() is not None

    def _outlet_id(self, name: str | None, knowledge_id: str | None) -> int | None:
        if not name:
            return None
        if name in self._outlets:
            return self._outlets[name]
        row = self.conn.execute("SELECT id FROM outlets WHERE name = ?", (name,)).fetchone()
        if row is None:
            record = known_outlet(knowledge_id or name)
            camp = record.camp if record is not None else "unknown"
            row = self.conn.execute(
                "INSERT INTO outlets (name, knowledge_id, camp) VALUES (?, ?, ?) "
                "ON CONFLICT (name) DO NOTHING RETURNING id",
                (name, record.id if record is not None else None, camp),
            ).fetchone()
            if row is None:  # another writer added it meanwhile (PostgreSQL)
                row = self.conn.execute("SELECT id FROM outlets WHERE name = ?", (name,)).fetchone()
        self._outlets[name] = int(row[0])
        return self._outlets[name]

    def _store(self, rows: ArticleRows) -> tuple[bool, int | None]:
        """Insert the article; ``(stored, twin)``, not stored if another writer stored it."""
        twin_row = self.conn.execute(
            "SELECT id FROM articles WHERE text_sha256 = ? ORDER BY id LIMIT 1",
            (rows.text_sha256,),
        ).fetchone()
        twin = int(twin_row[0]) if twin_row else None
        values = dict(rows.article)
        values["outlet_id"] = self._outlet_id(rows.outlet, rows.outlet_knowledge_id)
        values["ingested_at"] = utc_now()
        values["twin_of"] = twin
        article_id = self._insert_article([values[c] for c in _ARTICLE_COLUMNS])
        if article_id is None:
            return False, None
        if self._sqlite:
            self.conn.execute(
                "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                (article_id, values["title"], values["text"]),
            )
        # SQLite: the claims' values with NaN for NULL (stored as NULL, cheaper to bind)
        claims = rows.claim_values if self._sqlite else rows.claims
        self._append("claims", _INSERT_CLAIM, [(article_id, *c) for c in claims])
        if self._sqlite and claims:
            # the claims just got consecutive ids (one writer, in its own transaction), the
            # last of them last_insert_rowid(): their texts go to the index from the rows at hand
            (last,) = self.conn.execute("SELECT last_insert_rowid()").fetchone()
            first = last - len(claims) + 1
            self.conn.executemany(
                _INSERT_CLAIM_FTS, [(first + n, c[_CLAIM_TEXT]) for n, c in enumerate(claims)]
            )
        if self._sqlite:
            for kind, runs in rows.mention_runs:
                self.conn.executemany(
                    _INSERT_MENTION_OF_KIND[kind], [(article_id, *m) for m in runs]
                )
        else:
            self._append("mentions", _INSERT_MENTION, [(article_id, *m) for m in rows.mentions])
        return True, twin

    def _insert_article(self, values: list[Any]) -> int | None:
        """Insert the article's row; its new id, ``None`` if one with its identity is there."""
        if self._sqlite:
            cur = self.conn.execute(_INSERT_ARTICLE_SQLITE, values)
            return int(cur.lastrowid) if cur.rowcount == 1 else None
        row = self.conn.execute(_INSERT_ARTICLE, values).fetchone()
        return int(row[0]) if row is not None else None

    def _append(self, table: str, insert: str, rows: list[tuple[Any, ...]]) -> None:
        """Insert rows (SQLite) or ``COPY`` them (PostgreSQL: one round trip)."""
        if self._sqlite:
            self.conn.executemany(insert, rows)
        else:
            columns = _CLAIM_INSERT_COLUMNS if table == "claims" else _MENTION_INSERT_COLUMNS
            self.conn.copy(table, columns, rows)  # type: ignore[attr-defined]
