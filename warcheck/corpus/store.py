"""The corpus store: a SQLite file or PostgreSQL database of analysed articles, and the one way
in and out of it.

>>> with Store.open("warcheck.db") as store:          # doctest: +SKIP
...     report = store.ingest(read_items(["feeds/"]))
...     hits = store.search("Aleppo")
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from warcheck.corpus import assessments, exports, incident_views, views
from warcheck.corpus import incidents as incident_rows
from warcheck.corpus.ingest import Result, analysed
from warcheck.corpus.limits import Limits
from warcheck.corpus.partition_inputs import PartitionInputs
from warcheck.corpus.rows import Options
from warcheck.corpus.schema import Connection, connect, engine, is_url, stream
from warcheck.corpus.search import Hit, search
from warcheck.corpus.writer import IngestReport, Writer
from warcheck.errors import StoreError
from warcheck.read.items import Item, Problem
from warcheck.read.publication_dates import checked

DEFAULT_PATH = "warcheck.db"
COUNTED = (
    "articles",
    "claims",
    "mentions",
    "outlets",
    "incidents",
    "incident_claims",
    "contradictions",
    "reference_events",
    "reference_matches",
    "article_assessments",
)


class Store:
    """An open corpus database (see :mod:`warcheck.corpus.schema` for its tables).

    Open it with :meth:`open` (creating the file and its tables if needed);
    use it as a context manager or call :meth:`close`.
    """

    def __init__(self, conn: Connection, path: Path | str) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path = DEFAULT_PATH, *, create: bool = True) -> Store:
        """Open the store at ``path``, creating it unless ``create`` is false.

        ``path`` is a SQLite file or a ``postgresql://`` URL (any libpq URL, e.g.
        ``postgresql://me@dbhost:5432/warcheck`` or ``postgresql://me@/warcheck?host=/socket/dir``;
        the database must exist, its tables are created when missing).

        Raises:
            StoreError: not a warcheck store, missing and not to be created, or unreachable.
        """
        if is_url(path):
            return cls(connect(str(path), create=create), str(path))
        if not create and not Path(path).is_file():
            raise StoreError(f"no store at {path} (make one with 'warcheck ingest')")
        if not create and Path(path).stat().st_size == 0:  # SQLite would make it a new store
            raise StoreError(
                f"{path} is an empty file, not a store (make one with 'warcheck ingest')"
            )
        return cls(connect(path), Path(path))

    def close(self) -> None:
        """Close the database (committed work is on disk)."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    # --- in ---------------------------------------------------------------------------------

    def ingest(
        self,
        items: Iterable[Item | Problem],
        *,
        outlet: str | None = None,
        published: str | None = None,
        workers: int = 1,
        on_result: Callable[[Result, IngestReport], None] | None = None,
        scheduler: str | None = None,
        limits: Limits | None = None,
    ) -> IngestReport:
        """Analyse and store items; an item stored before is not stored again.

        Args:
            items: what :func:`warcheck.read_items` yields (problems are reported, not stored).
            outlet: the outlet of items whose source does not name one.
            published: the publication date (``YYYY-MM-DD``) of items that give none.
                A value that is no date, or lies outside 1000-01-01..8999-12-31,
                raises :class:`~warcheck.errors.InputError` before anything is stored.
            workers: processes that analyse (0: this one); one writer stores, in input order.
            on_result: called after each item with its result and the report so far
                (progress bars, problem messages).
            scheduler: a Dask scheduler's address (``tcp://HOST:8786``): analyse on that
                cluster instead of ``workers`` processes (needs ``warcheck[dask]``).
            limits: the time and size one item may take (default :class:`Limits`: 60 s,
                5 MB); an item over a limit is reported as a problem and not stored.

        Returns:
            The counts and problems; on an interruption the exception propagates
            after the articles done so far are committed.
        """
        if published is not None:
            published = checked(published, "published")
        options = Options(outlet=outlet, published=published, limits=limits or Limits())
        results = analysed(
            items, options, is_known=self._has_custody, workers=workers, scheduler=scheduler
        )
        return Writer(self.conn).write(results, on_result)

    def _has_custody(self, key: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE custody = ? LIMIT 1", (key,))
        return row.fetchone() is not None

    # --- out --------------------------------------------------------------------------------

    def count(self, table: str = "articles") -> int:
        """Rows in a table: ``articles``, ``claims``, ``mentions``, ``outlets``, ``incidents``..."""
        if table not in COUNTED:
            raise ValueError(f"unknown table {table!r}")
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def articles(self) -> Iterator[dict[str, Any]]:
        """Every article's row (without its text and document), in ingest order, streamed."""
        cur = stream(
            self.conn,
            "SELECT a.id, a.item_id, a.title, a.url, o.name AS outlet, o.camp, a.published, "
            "a.source, a.locator, a.fetched_at, a.raw_sha256, a.text_sha256, a.ingested_at, "
            "a.warcheck_version, a.twin_of, a.main_claim "
            "FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id ORDER BY a.id",
        )
        for row in cur:
            yield dict(row)

    def documents(self) -> Iterator[dict[str, Any]]:
        """Every article's full analysis document (``warcheck.analysis/1``), streamed."""
        for doc in exports.documents(self.conn):
            yield json.loads(doc)

    def claims(self, article_id: int | None = None) -> Iterator[dict[str, Any]]:
        """Claim rows with their article's outlet and date, in order, streamed."""
        yield from exports.claim_rows(self.conn, article_id)

    def search(self, query: str, *, limit: int = 20) -> list[Hit]:
        """Full-text search over article titles and texts and claim texts, best first."""
        return search(self.conn, query, limit=limit)

    def export(self, format: str, out: IO[str]) -> int:  # noqa: A002 - the CLI option's name
        """Write the store in an export format (``warcheck vocab export_format``); count records."""
        return exports.export(self.conn, format, out)

    # --- incidents --------------------------------------------------------------------------

    def crosscheck_inputs(self) -> Iterator[tuple[int, str | None, str | None, Any, bool]]:
        """Yield ``(article id, outlet, published, document, cross-checked before)``."""
        yield from incident_rows.crosscheck_inputs(self.conn)

    def partition_inputs(self) -> PartitionInputs:
        """The queries of a partitioned cross-check (:mod:`warcheck.corpus.partition_inputs`)."""
        return PartitionInputs(self.conn)

    def write_incidents(
        self, incidents: list[dict[str, Any]], new_articles: list[int], *, full: bool
    ) -> None:
        """Store the cross-check's incidents (see :mod:`warcheck.corpus.incidents`)."""
        incident_rows.write_incidents(self.conn, incidents, new_articles, full=full)

    def incidents(
        self, *, limit: int | None = 100, offset: int = 0, **filters: str | None
    ) -> list[dict[str, Any]]:
        """Incidents, latest first, filtered by ``date_from``, ``date_to``, ``place``,
        ``actor``, ``event_type``, ``grade``, ``outlet`` or ``camp``; a page at a time."""
        return incident_views.incidents(self.conn, limit=limit, offset=offset, **filters)

    def count_incidents(self, **filters: str | None) -> int:
        """How many incidents match the filters of :meth:`incidents`."""
        return incident_views.count_incidents(self.conn, **filters)

    def incident(self, incident_id: int) -> dict[str, Any] | None:
        """One incident with its claims, origins, contradictions and reference matches."""
        return incident_views.incident(self.conn, incident_id)

    # --- reference events (ACLED, UCDP GED) -------------------------------------------------

    def import_reference(self, rows: Iterable[dict[str, Any]], *, file: str) -> int:
        """Store reference event rows (``ReferenceEvent.to_row()`` dicts) read from ``file``.

        Idempotent on ``(dataset, upstream_id)``; returns how many were added
        or changed (see :mod:`warcheck.corpus.references`).
        """
        from warcheck.corpus import references

        return references.insert_events(self.conn, rows, file=file)

    def reference_events(self, date_from: str, date_to: str) -> Iterator[dict[str, Any]]:
        """The stored reference events whose window meets ``[date_from, date_to]``, streamed."""
        from warcheck.corpus import references

        return references.events(self.conn, date_from, date_to)

    def write_reference_matches(
        self, claims: Iterable[tuple[int, int]], rows: Iterable[dict[str, Any]]
    ) -> int:
        """Replace the reference matches of these claims (``(article id, claim index)`` keys).

        ``rows`` are the cross-check's ``match_rows``; returns how many were written.
        """
        from warcheck.corpus import references

        return references.replace_matches_by_key(self.conn, claims, rows)

    # --- browsing (the web app) -------------------------------------------------------------

    def article(self, article_id: int) -> dict[str, Any] | None:
        """One article's row with its analysis document under ``document``; None if unknown."""
        return views.article(self.conn, article_id)

    def article_page(self, **filters: Any) -> tuple[list[dict[str, Any]], int]:
        """A page of article rows and the total (see :func:`warcheck.corpus.views.article_page`)."""
        return views.article_page(self.conn, **filters)

    def claim_page(self, **filters: Any) -> tuple[list[dict[str, Any]], int]:
        """A page of claim rows and the total (see :func:`warcheck.corpus.views.claim_page`)."""
        return views.claim_page(self.conn, **filters)

    def claim_grades(self, article_id: int) -> dict[int, dict[str, Any]]:
        """The cross-check's grade, reason and evidence of an article's claims, by claim index."""
        return views.claim_grades(self.conn, article_id)

    def actors(self, *, limit: int = 200) -> list[dict[str, Any]]:
        """Actors named in the store, with the words each outlet camp uses for them."""
        return views.actor_labels(self.conn, limit=limit)

    def outlets(self) -> list[dict[str, Any]]:
        """Each outlet: camp, articles, claims by event type and certainty, and their grades."""
        return views.outlet_summaries(self.conn)

    def article_with_raw(self, raw_sha256: str) -> int | None:
        """The id of the latest article stored from raw bytes with this sha256, if any."""
        return views.article_with_raw(self.conn, raw_sha256)

    def write_assessments(self, rows: list[dict[str, Any]]) -> None:
        """Replace these articles' credibility assessments (rows of ``article_assessments``)."""
        assessments.write_assessments(self.conn, rows)

    def assessment(self, article_id: int) -> dict[str, Any] | None:
        """The credibility model's stored assessment of one article; None if not assessed."""
        return assessments.assessment(self.conn, article_id)

    def shareable(self) -> bool:
        """Whether another thread may use this store next: PostgreSQL, open, no transaction left.

        A SQLite connection belongs to the thread that opened it; a PostgreSQL one
        may pass from thread to thread between uses (the web server's pool).
        """
        if engine(self.conn) == "sqlite":
            return False
        raw = getattr(self.conn, "raw", None)
        return raw is not None and not raw.closed and not self.conn.in_transaction

    def refuse_writes(self) -> None:
        """Make this connection read-only from now on (SQLite ``PRAGMA query_only``)."""
        if engine(self.conn) == "sqlite":
            self.conn.execute("PRAGMA query_only = ON")
        else:
            self.conn.execute("SET default_transaction_read_only = on")
