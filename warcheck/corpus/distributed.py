"""The analysis on an existing Dask cluster: shards of items out, analysed rows back in order.

:func:`on_cluster` is what :func:`warcheck.corpus.ingest.analysed` uses when
``warcheck ingest --scheduler tcp://HOST:8786`` names a Dask scheduler. This
process reads the sources as a stream, screens out the items an earlier run
stored (their custody key, before anything is sent), cuts the rest into
shards of :data:`SHARD` items and submits each shard as one task
(``client.submit``); at most :data:`IN_FLIGHT` shards per worker thread are
submitted and not yet collected, so memory stays bounded whatever the size
of the input, here and on the scheduler. Results are collected in
submission order, so the single writer (this process) stores them in input
order and the store comes out the same as from one process.

A worker lost mid-run loses nothing: the scheduler runs the tasks it held
again elsewhere (and each task may be retried :data:`RETRIES` times when it
raises), and the writer only ever sees a shard's one result. When the
cluster itself fails (a shard that killed its workers more often than the
scheduler's ``allowed-failures``, the scheduler gone), the run stops with a
one-line error after the writer has committed what came before, and a rerun
resumes. Items that
cannot be analysed come back as :class:`~warcheck.read.items.Problem` as in
one process.

The workers must run the same warcheck version as this process (checked
when connecting, when each worker also loads the knowledge files once, so
that no first shard straggles). Dask is imported here only, when a scheduler is given.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from warcheck.corpus.rows import Options
from warcheck.errors import InputError
from warcheck.version import __version__

if TYPE_CHECKING:
    from warcheck.corpus.ingest import Result, _Entry

SHARD = 32
"""Items per task: enough to amortise a round trip to the scheduler, few enough to stream."""

IN_FLIGHT = 4
"""Shards per worker thread submitted and not yet collected."""

RETRIES = 2
"""How many times a shard whose task raised is run again before the run fails."""

Task = Callable[[list[Any], Options], list[Any]]


def connect(address: str, timeout: str = "20s") -> Any:
    """A ``distributed.Client`` for the scheduler at ``address``, checked for warcheck's version.

    Raises:
        InputError: Dask is not installed, the scheduler cannot be reached,
            it has no workers, or a worker runs another warcheck version.
    """
    try:
        import distributed
    except ImportError:
        raise InputError("--scheduler needs Dask: pip install 'warcheck[dask]'") from None
    try:
        client = distributed.Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as err:
        raise InputError(f"cannot reach the Dask scheduler {address}: {err}") from None
    try:
        _check_workers(client, address)
    except BaseException:
        client.close()
        raise
    return client


def _worker_version() -> str:
    from warcheck.version import __version__ as version

    return version


def _check_workers(client: Any, address: str) -> None:
    client.wait_for_workers(1, timeout=60)
    versions = client.run(_worker_version)
    other = {w: v for w, v in versions.items() if v != __version__}
    if other:
        raise InputError(
            f"the workers of {address} run warcheck {', '.join(sorted(set(other.values())))}, "
            f"this process {__version__}: install the same version on every worker"
        )
    client.run(_warm_up)  # each worker loads the knowledge files now, not in its first shard


def _warm_up() -> None:
    from warcheck.corpus.ingest import _warm_up as warm

    warm()


def _shards(entries: Iterable[_Entry], size: int) -> Iterator[list[_Entry]]:
    shard: list[_Entry] = []
    for entry in entries:
        shard.append(entry)
        if len(shard) >= size:
            yield shard
            shard = []
    if shard:
        yield shard


def _needs_work(shard: list[_Entry]) -> bool:
    from warcheck.read.items import Item

    return any(isinstance(e, Item) for e in shard)


def on_cluster(
    entries: Iterable[_Entry],
    options: Options,
    address: str,
    *,
    task: Task | None = None,
    shard_size: int = SHARD,
) -> Iterator[Result]:
    """Yield one result per entry, in input order, the analysis run on the cluster.

    Args:
        entries: items to analyse; problems and already-stored items pass straight through.
        options: what the command line says about every item.
        address: the scheduler, ``tcp://HOST:8786``.
        task: the function run on each shard (default: the ingest's own analysis).
        shard_size: items per task.
    """
    from warcheck.corpus.ingest import _analyse_batch

    client = connect(address)
    try:
        slots = max(1, sum(client.nthreads().values())) * IN_FLIGHT
        yield from _collect(client, entries, options, task or _analyse_batch, shard_size, slots)
    finally:
        client.close()


def _collect(
    client: Any,
    entries: Iterable[_Entry],
    options: Options,
    task: Task,
    shard_size: int,
    slots: int,
) -> Iterator[Result]:
    """Submit shards, at most ``slots`` ahead of the one being collected; yield in order."""
    pending: deque[Any] = deque()
    try:
        for shard in _shards(entries, shard_size):
            if _needs_work(shard):
                pending.append(client.submit(task, shard, options, retries=RETRIES, pure=False))
            else:  # nothing to analyse: no round trip
                pending.append(shard)
            while len(pending) > slots:
                yield from _result(pending.popleft())
        while pending:
            yield from _result(pending.popleft())
    finally:
        for future in pending:
            if not isinstance(future, list):
                future.cancel()


def _result(future: Any) -> list[Result]:
    if isinstance(future, list):
        return future
    from asyncio import CancelledError

    from distributed import KilledWorker

    try:
        results: list[Result] = future.result()
    except (KilledWorker, CancelledError, OSError, TimeoutError) as err:
        reason = f"{type(err).__name__}: {err}".splitlines()[0][:300]
        raise InputError(
            f"the Dask cluster failed ({reason}); what was stored is kept: rerun to resume"
        ) from None
    future.release()
    return results
