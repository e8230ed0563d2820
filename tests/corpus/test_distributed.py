"""Ingest on a real Dask cluster (scheduler, 2 workers on loopback) gives the one-process store."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import warcheck
from warcheck.corpus import distributed as dist
from warcheck.corpus.ingest import Known, _analyse_batch
from warcheck.corpus.rows import ArticleRows, Options
from warcheck.corpus.writer import Writer

cloudpickle = pytest.importorskip("cloudpickle", reason="Dask is not installed (warcheck[dask])")
pytest.importorskip("distributed", reason="Dask is not installed (warcheck[dask])")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import cluster  # noqa: E402  (the helper next to this file)

# The slow task below is defined here: send it to the workers by value, not by module name.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


@pytest.fixture(scope="module")
def address(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    started = cluster.start(tmp_path_factory.mktemp("dask"))
    if isinstance(started, str):
        pytest.skip(started)
    try:
        yield started.address
    finally:
        started.stop()


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture ingested by one process, cross-checked: what every run must give."""
    db = tmp_path_factory.mktemp("single") / "single.db"
    _cli("ingest", str(cluster.FIXTURE), "--db", str(db), "--workers", "0")
    return db


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "warcheck.cli", *args],
        env=cluster.env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done


def _items(n: int | None = None) -> list[warcheck.Item | warcheck.Problem]:
    return list(itertools.islice(warcheck.read_items([str(cluster.FIXTURE)]), n))


def test_cli_on_the_cluster_gives_the_single_process_store(
    address: str, single: Path, tmp_path: Path
) -> None:
    db = tmp_path / "dask.db"
    done = _cli("ingest", str(cluster.FIXTURE), "--db", str(db), "--scheduler", address)
    assert "stored 41," in done.stderr
    got, want = cluster.rows(db), cluster.rows(single)
    assert len(got["articles"]) == 41 and len(got["claims"]) > 41
    assert len(got["incidents"]) > 0
    for table in cluster.TABLES:
        assert got[table] == want[table], table
    again = _cli("ingest", str(cluster.FIXTURE), "--db", str(db), "--scheduler", address)
    assert "stored 0, already there 41, skipped 0" in again.stderr
    assert cluster.rows(db) == want


def test_a_rerun_sends_only_what_is_not_stored(address: str, tmp_path: Path) -> None:
    with warcheck.Store.open(tmp_path / "part.db") as store:
        first = store.ingest(_items(10), workers=0)
        assert first.stored == 10
        known = store._has_custody
        results = list(dist.on_cluster(_entries(known), Options(), address, task=_counting))
        assert [type(r) for r in results[:10]] == [Known] * 10
        assert all(isinstance(r, ArticleRows) for r in results[10:])
        assert len(results) == 41
        # Each analysed result says it was analysed; the known ones never reached a worker.
        assert {r.article["extra"] for r in results[10:]} == {'{"counted": true}'}


def _entries(known: Any) -> Iterator[Any]:
    from warcheck.corpus.ingest import _screen

    for item in _items():
        yield _screen(item, Options(), known)


def _counting(shard: list[Any], options: Options) -> list[Any]:
    """The ingest's task, marking each analysed article (to tell what was sent)."""
    import dataclasses

    out = _analyse_batch(shard, options)
    return [
        dataclasses.replace(r, article={**r.article, "extra": '{"counted": true}'})
        if isinstance(r, ArticleRows)
        else r
        for r in out
    ]


def _slow(shard: list[Any], options: Options) -> list[Any]:
    """The ingest's task, slowed down so that a worker can be killed while it works."""
    time.sleep(0.4)
    return _analyse_batch(shard, options)


def test_a_worker_killed_mid_run_loses_nothing(address: str, single: Path, tmp_path: Path) -> None:
    import distributed

    with distributed.Client(address, set_as_default=False) as client:
        pids = client.run(os.getpid)  # the worker processes (their nannies restart them)
    victim = sorted(pids.values())[0]
    killed = threading.Event()

    def kill_once(result: Any, report: Any) -> None:
        if not killed.is_set() and report.stored >= 4:
            os.kill(victim, signal.SIGKILL)
            killed.set()

    db = tmp_path / "killed.db"
    with warcheck.Store.open(db) as store:
        entries = (i for i in _items())
        results = dist.on_cluster(entries, Options(), address, task=_slow, shard_size=4)
        report = Writer(store.conn).write(results, kill_once)
        assert killed.is_set() and report.stored == 41 and report.skipped == 0
        warcheck.cross_check(store)
    with pytest.raises(ProcessLookupError):
        os.kill(victim, 0)
    got, want = cluster.rows(db), cluster.rows(single)
    for table in cluster.TABLES:
        assert got[table] == want[table], table


def _fatal(shard: list[Any], options: Options) -> list[Any]:
    """A task that kills the worker running it, every time."""
    os._exit(1)


def test_a_shard_that_keeps_killing_workers_stops_the_run_in_one_line(
    address: str, tmp_path: Path
) -> None:
    with warcheck.Store.open(tmp_path / "fatal.db") as store:
        entries = iter(_items(3))
        results = dist.on_cluster(entries, Options(), address, task=_fatal)
        with pytest.raises(warcheck.InputError, match=r"the Dask cluster failed \(KilledWorker"):
            Writer(store.conn).write(results)
        assert store.count() == 0
    import distributed

    with distributed.Client(address, set_as_default=False) as client:
        client.wait_for_workers(2, timeout=60)  # the nannies restart them for the next tests


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(warcheck.InputError, match="cannot reach the Dask scheduler"):
        dist.connect("tcp://127.0.0.1:9", timeout="1s")


def test_parquet_shards_from_the_cluster_equal_those_of_one_process(
    address: str, tmp_path: Path
) -> None:
    from test_parquet_out import parquet_rows

    one = warcheck.ingest_parquet(_items(), str(tmp_path / "one"), workers=0, shard_items=8)
    many = warcheck.ingest_parquet(
        _items(), str(tmp_path / "many"), scheduler=address, shard_items=8
    )
    assert one.stored == many.stored == 41
    assert parquet_rows(tmp_path / "many") == parquet_rows(tmp_path / "one")


def test_the_default_path_does_not_import_dask_or_pyarrow(tmp_path: Path) -> None:
    code = (
        "import sys, warcheck.cli as c\n"
        f"c.main(['ingest', {str(cluster.FIXTURE)!r}, '--db', {str(tmp_path / 'x.db')!r}, "
        "'--workers', '0', '--quiet'])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed', 'pyarrow'}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=cluster.env(), capture_output=True, text=True, timeout=300
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr


class _FakeFuture:
    def __init__(self, client: _FakeClient, value: list[Any]) -> None:
        self.client, self.value = client, value

    def result(self) -> list[Any]:
        self.client.open -= 1
        return self.value

    def release(self) -> None:
        pass

    def cancel(self) -> None:
        self.client.cancelled += 1


class _FakeClient:
    """Runs each task at once; counts the futures submitted and not yet collected."""

    def __init__(self) -> None:
        self.open = self.most = self.cancelled = self.submitted = 0

    def submit(self, task: Any, shard: list[Any], options: Options, **_: Any) -> _FakeFuture:
        self.open += 1
        self.submitted += 1
        self.most = max(self.most, self.open)
        return _FakeFuture(self, [("done", e) for e in shard])


def test_shards_stream_in_order_with_a_bounded_number_in_flight() -> None:
    client = _FakeClient()
    item = _items(1)[0]
    entries = [item if i % 5 else Known(f"k{i}") for i in range(1000)]
    out = list(dist._collect(client, iter(entries), Options(), _analyse_batch, 8, slots=6))
    assert [r[1] if isinstance(r, tuple) else r for r in out] == entries
    assert client.most <= 7 and client.submitted == 125
    stopped = dist._collect(client, iter(entries), Options(), _analyse_batch, 8, slots=6)
    next(stopped)
    stopped.close()  # the run is interrupted: what was submitted is cancelled
    assert client.cancelled >= 5
    known = [Known(f"k{i}") for i in range(40)]
    before = client.submitted
    assert list(dist._collect(client, iter(known), Options(), _analyse_batch, 8, 6)) == known
    assert client.submitted == before  # shards with nothing to analyse make no round trip
