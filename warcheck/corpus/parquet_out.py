"""Analysed rows as Parquet shards, for corpora too big for one database (``--out-parquet DIR``).

Layout of ``DIR`` (``warcheck.parquet/1``)::

    DIR/_layout.json                  format, items per shard, every table's columns
    DIR/articles/part-000000.parquet  one row per article of input items 1..N
    DIR/claims/part-000000.parquet    one row per claim of those articles
    DIR/mentions/part-000000.parquet  one row per mention of those articles
    DIR/articles/part-000001.parquet  input items N+1..2N, and so on

Shard *k* holds what the input's items ``k*N + 1`` to ``(k+1)*N`` gave (an
item is a row, line, record or file of the SOURCEs, in the order they are
read; problems count as items and give no row). The columns are the
store's (:mod:`warcheck.corpus.schema`): ``articles.id`` is the item's
position in the input, counted from 1, and ``claims.article_id`` and
``mentions.article_id`` point to it; ``articles`` has the outlet's name
(``outlet``) and knowledge id (``outlet_knowledge_id``) in place of
``outlet_id``, and no ``twin_of`` (a join on ``text_sha256`` gives it).
``identity`` is unique in a store but not across shards: the same text,
outlet and URL given twice are two rows here; keep the least ``id`` of
each ``identity`` when loading. Read the whole set with
``pyarrow.dataset.dataset("DIR/claims")``, DuckDB
(``read_parquet('DIR/claims/*.parquet')``) or Spark.

Each file is written whole to a hidden temporary name and renamed (atomic
on one file system), the articles file last: a shard whose articles file
exists is done. A rerun on the same SOURCEs in the same order skips the
items of done shards without analysing them and writes the others, so an
interrupted run resumes. With a store as well, the store gets every
article too; items of done shards that the store lacks are analysed again
for it (the store and the shards may stop at different points).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from warcheck.corpus import documents as stored_document
from warcheck.corpus.ingest import Known, Result, _Entry
from warcheck.corpus.limits import Limits
from warcheck.corpus.rows import CLAIM_COLUMNS, MENTION_COLUMNS, ArticleRows, Options, custody_key
from warcheck.corpus.writer import IngestReport
from warcheck.errors import InputError
from warcheck.read.fetch import utc_now
from warcheck.read.items import Item, Problem

FORMAT = "warcheck.parquet/1"
SHARD_ITEMS = 1000
"""Input items per shard: files of a few MB, thousands of them for millions of articles."""

_INTEGERS = {
    "id", "article_id", "main_claim", "claim_index", "is_main", "start", "end",
    "killed_min", "killed_max", "injured_min", "injured_max", "minimum", "maximum",
}  # fmt: skip
_FLOATS = {"latitude", "longitude"}
ARTICLE_COLUMNS = [
    "id", "item_id", "title", "url", "outlet", "outlet_knowledge_id", "published",
    "published_from", "language", "text", "source", "locator", "fetched_at", "raw_sha256",
    "text_sha256", "ingested_at", "warcheck_version", "identity", "custody", "main_claim",
    "extra", "document",
]  # fmt: skip
TABLES = {
    "articles": ARTICLE_COLUMNS,
    "claims": ["article_id", *CLAIM_COLUMNS],
    "mentions": ["article_id", *MENTION_COLUMNS],
}


def _schema(columns: list[str]) -> Any:
    import pyarrow as pa

    def kind(name: str) -> Any:
        return pa.int64() if name in _INTEGERS else pa.float64() if name in _FLOATS else pa.string()

    return pa.schema([(c, kind(c)) for c in columns])


class Shards:
    """A ``--out-parquet`` folder: which shards are done, and writing one (module docstring)."""

    def __init__(self, folder: str | Path, shard_items: int = SHARD_ITEMS) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise InputError("--out-parquet needs pyarrow: pip install 'warcheck[dask]'") from None
        if shard_items < 1:
            raise InputError("items per Parquet shard must be 1 or more")
        self.folder = Path(folder)
        self.size = shard_items
        self._check_layout()

    def _check_layout(self) -> None:
        layout = {"format": FORMAT, "shard_items": self.size, "tables": TABLES}
        path = self.folder / "_layout.json"
        try:
            for table in TABLES:
                (self.folder / table).mkdir(parents=True, exist_ok=True)
            if path.is_file():
                found = json.loads(path.read_text("utf-8"))
                if found.get("shard_items") != self.size or found.get("format") != FORMAT:
                    raise InputError(
                        f"{self.folder} holds {found.get('format')} shards of "
                        f"{found.get('shard_items')} items; resume with those or use a new folder"
                    )
            else:
                _atomic(path, json.dumps(layout, indent=2).encode("utf-8"))
        except OSError as err:
            raise InputError(f"cannot write Parquet to {self.folder}: {err.strerror}") from None

    def path(self, table: str, shard: int) -> Path:
        """Where a table's file of a shard is."""
        return self.folder / table / f"part-{shard:06d}.parquet"

    def done(self, shard: int) -> bool:
        """Whether the shard was written whole (its articles file, written last, is there)."""
        return self.path("articles", shard).is_file()

    def write(self, shard: int, tables: dict[str, list[tuple[Any, ...]]]) -> None:
        """Write one shard's three files, each atomically, the articles file last."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        for table in ("claims", "mentions", "articles"):
            columns = TABLES[table]
            data = pa.Table.from_pylist(
                [dict(zip(columns, row, strict=True)) for row in tables[table]],
                schema=_schema(columns),
            )
            path = self.path(table, shard)
            tmp = path.with_name(f".{path.name}.tmp")
            pq.write_table(data, tmp, compression="zstd")
            os.replace(tmp, path)


def _atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def screened(
    items: Iterable[Item | Problem],
    shards: Shards,
    options: Options,
    in_store: Callable[[str], bool] | None,
) -> Iterator[_Entry]:
    """The items to analyse: those of shards not yet written (and those the store lacks)."""
    for position, item in enumerate(items):
        if not isinstance(item, Item) or not shards.done(position // shards.size):
            yield item
        elif in_store is None or in_store(custody_key(item, options)):
            yield Known(item.where)
        else:
            yield item


def tee(results: Iterable[Result], shards: Shards) -> Iterator[Result]:
    """Yield ``results`` on, writing each shard not yet done once its last item is through."""
    tables: dict[str, list[tuple[Any, ...]]] = {t: [] for t in TABLES}
    position = 0
    for result in results:
        position += 1
        if isinstance(result, ArticleRows):
            _add(tables, position, result)
        yield result
        if position % shards.size == 0:
            _flush(shards, position - 1, tables)
    if position % shards.size:
        _flush(shards, position - 1, tables)


def _add(tables: dict[str, list[tuple[Any, ...]]], article_id: int, rows: ArticleRows) -> None:
    values = {
        **rows.article,
        "id": article_id,
        "outlet": rows.outlet,
        "outlet_knowledge_id": rows.outlet_knowledge_id,
        "ingested_at": utc_now(),
        "document": stored_document.json_text(rows.article["document"]),  # JSON here: Parquet
    }
    tables["articles"].append(tuple(values[c] for c in ARTICLE_COLUMNS))
    tables["claims"].extend((article_id, *c) for c in rows.claims)
    tables["mentions"].extend((article_id, *m) for m in rows.mentions)


def _flush(shards: Shards, last: int, tables: dict[str, list[tuple[Any, ...]]]) -> None:
    shard = last // shards.size
    if not shards.done(shard):
        shards.write(shard, tables)
    for rows in tables.values():
        rows.clear()


def only_parquet(
    results: Iterable[Result], on_result: Callable[[Result, IngestReport], None] | None
) -> IngestReport:
    """Consume ``results`` (already passing through :func:`tee`) and count them, no store."""
    report = IngestReport()
    for result in results:
        if isinstance(result, Problem):
            report.problems.append(result)
        elif isinstance(result, Known):
            report.already += 1
        else:
            report.stored += 1
        if on_result is not None:
            on_result(result, report)
    return report


def ingest_parquet(
    items: Iterable[Item | Problem],
    folder: str | Path,
    options: Options,
    *,
    workers: int = 1,
    scheduler: str | None = None,
    shard_items: int = SHARD_ITEMS,
    store: Any = None,
    on_result: Callable[[Result, IngestReport], None] | None = None,
) -> IngestReport:
    """Analyse ``items`` into Parquet shards under ``folder``, and into ``store`` when given."""
    from warcheck.corpus.ingest import analysed
    from warcheck.corpus.writer import Writer

    shards = Shards(folder, shard_items)
    in_store = store._has_custody if store is not None else None
    entries = screened(items, shards, options, in_store)
    results = tee(
        analysed(entries, options, is_known=_nothing, workers=workers, scheduler=scheduler),
        shards,
    )
    if store is None:
        return only_parquet(results, on_result)
    return Writer(store.conn).write(results, on_result)


def _nothing(key: str) -> bool:
    return False  # screened() has already told what is known


def ingest(
    items: Iterable[Item | Problem],
    folder: str,
    *,
    outlet: str | None = None,
    published: str | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    shard_items: int = 1000,
    store: Any = None,
    on_result: Callable[[Any, IngestReport], None] | None = None,
    limits: Limits | None = None,
) -> IngestReport:
    """Analyse items into Parquet shards (articles, claims, mentions) under ``folder``.

    The layout is described in :mod:`warcheck.corpus.parquet_out`: one file
    per table per ``shard_items`` input items, written atomically; a rerun on
    the same input skips the shards already written. With ``store``, every
    article is stored there as well (as :meth:`Store.ingest` does). Needs
    pyarrow (``warcheck[dask]``); ``workers`` and ``scheduler`` as for
    :meth:`Store.ingest`. Raises :class:`InputError` when the folder cannot
    be written or holds shards of another size.
    """
    return ingest_parquet(
        items,
        folder,
        Options(outlet=outlet, published=published, limits=limits or Limits()),
        workers=workers,
        scheduler=scheduler,
        shard_items=shard_items,
        store=store,
        on_result=on_result,
    )
