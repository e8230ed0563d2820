"""Items in, analysed rows out, in input order, in this process or in worker processes.

:func:`analysed` turns the stream of read items into a stream of results
for the single writer: :class:`~warcheck.corpus.rows.ArticleRows` for an
analysed article, a :class:`~warcheck.read.items.Problem` for an item that
could not be read or analysed, :class:`Known` for one an earlier run stored
(recognised by its custody key before any analysis, so a resumed run is
fast). With ``workers >= 1`` the analysis runs in that many processes (the
writer, in this one, overlaps them), in batches; ``workers=0`` analyses in
this process; at most a few batches per worker are in flight, so memory stays
flat however long the input is, and results come back in input order, so
the store is the same whatever the number of workers. With ``scheduler``
(a Dask scheduler's address) the analysis runs on that cluster instead, in
shards, the same way (see :mod:`warcheck.corpus.distributed`).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from warcheck.corpus.orphans import die_with_parent
from warcheck.corpus.rows import ArticleRows, Options, analyse_item, custody_key, sha256
from warcheck.read.items import Item, Problem

BATCH = 16
"""Items per task sent to a worker: enough to amortise the pickling, few enough to stream."""

IN_FLIGHT = 3
"""Batches per worker waiting or running at any time."""


@dataclass(frozen=True)
class Known:
    """An item an earlier run already stored (same raw bytes, title, outlet and URL)."""

    where: str


Result = ArticleRows | Problem | Known
_Entry = Item | Problem | Known


def analysed(
    items: Iterable[Item | Problem | Known],
    options: Options,
    *,
    is_known: Callable[[str], bool],
    workers: int = 1,
    scheduler: str | None = None,
) -> Iterator[Result]:
    """Yield one result per item, in input order (see the module's docstring)."""
    entries = (_screen(item, options, is_known) for item in items)
    if scheduler is not None:
        from warcheck.corpus.distributed import on_cluster  # imports Dask: only when asked

        yield from on_cluster(entries, options, scheduler)
        return
    if workers <= 0:
        for entry in entries:
            yield analyse_item(entry, options) if isinstance(entry, Item) else entry
        return
    yield from _in_workers(entries, options, workers)


def _screen(item: _Entry, options: Options, is_known: Callable[[str], bool]) -> _Entry:
    if isinstance(item, Item) and is_known(custody_key(item, options)):
        return Known(item.where)
    return item


def _analyse_batch(batch: list[_Entry], options: Options) -> list[Result]:
    return [analyse_item(e, options) if isinstance(e, Item) else e for e in batch]


def _warm_up() -> None:
    """Load the knowledge files once in the parent, so forked workers share them.

    Analysing a sentence loads what every article needs, and taking it apart
    into rows builds the analysis document's writers; the tables that only
    some articles reach (minor places, word frequencies) are loaded too. Each
    worker spent ~0.2 s of its first articles on these, once per worker.
    """
    from warcheck.knowledge import minor_places, word_weights

    text = "Warm-up. Fighting was reported in Aleppo on Monday, killing two."
    analyse_item(Item(text, "warm-up", sha256(text)), Options())
    minor_places.can_start("warm")
    word_weights.zipf_table()


@contextlib.contextmanager
def _frozen() -> Iterator[None]:
    """Keep what is alive now (the knowledge tables) out of the collector's reach meanwhile.

    Frozen (``gc.freeze``) before the workers fork, those objects are walked
    by no collection, in the workers or in this process (the writer), and a
    worker's collections do not write into the pages it shares with this one.
    Nothing is done when something else froze objects already.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _batches(entries: Iterable[_Entry]) -> Iterator[list[_Entry]]:
    batch: list[_Entry] = []
    for entry in entries:
        batch.append(entry)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _in_workers(entries: Iterable[_Entry], options: Options, workers: int) -> Iterator[Result]:
    _warm_up()
    context = multiprocessing.get_context("fork")
    pending: deque[Future[list[Result]]] = deque()
    guard = functools.partial(die_with_parent, os.getpid())  # no worker outlives a killed ingest
    with (
        _frozen(),
        ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=guard) as pool,
    ):
        try:
            for batch in _batches(entries):
                pending.append(pool.submit(_analyse_batch, batch, options))
                while len(pending) >= workers * IN_FLIGHT:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
