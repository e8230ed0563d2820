"""A real Dask cluster on loopback for the tests, and a store's rows to compare two stores.

:func:`start` runs ``dask scheduler`` and ``dask worker`` as subprocesses,
the way a user starts a cluster, with this checkout first on the workers'
``PYTHONPATH`` (so they analyse with the code under test); :func:`rows`
reads every table an ingest and a cross-check write, without the times
they were written at.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "fakes-sample.csv"


def env() -> dict[str, str]:
    """The environment of every subprocess: this checkout first on the path, no cache."""
    paths = [str(ROOT), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "WARCHECK_CACHE_DIR": ""}


def _dask(*args: str) -> list[str]:
    """The ``dask`` command line (``dask scheduler``, ``dask worker``) run by this interpreter."""
    return [sys.executable, "-m", "dask", *args]


@dataclass
class Cluster:
    """A scheduler and its workers, each a process this test session started."""

    address: str
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def stop(self) -> None:
        """Stop every process started here, workers first, each by its own id."""
        for proc in reversed(self.processes):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in reversed(self.processes):
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def start(folder: Path, workers: int = 2, wait: float = 90.0) -> Cluster | str:
    """Start a scheduler and ``workers`` one-thread workers on 127.0.0.1; a reason if not."""
    with (folder / "cluster.log").open("ab") as log:  # the processes keep their own copies
        return _start(folder, workers, wait, log)


def _start(folder: Path, workers: int, wait: float, log: IO[bytes]) -> Cluster | str:
    spec = folder / "scheduler.json"
    # A task may be on a worker that dies once and be run again; the second death fails it.
    strict = {**env(), "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1"}
    scheduler = subprocess.Popen(
        _dask("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
              "--scheduler-file", str(spec)),
        env=strict, stdout=log, stderr=log,
    )  # fmt: skip
    cluster = Cluster("", [scheduler])
    deadline = time.monotonic() + wait
    while not spec.is_file() and scheduler.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    if not spec.is_file():
        cluster.stop()
        return f"the Dask scheduler did not start (see {folder / 'cluster.log'})"
    time.sleep(0.2)  # the file is written whole, but give it a moment
    cluster.address = json.loads(spec.read_text())["address"]
    for _ in range(workers):
        cluster.processes.append(
            subprocess.Popen(
                _dask(
                    "worker",
                    cluster.address,
                    "--nworkers",
                    "1",
                    "--nthreads",
                    "1",
                    "--no-dashboard",
                    "--host",
                    "127.0.0.1",
                ),
                env=env(),
                stdout=log,
                stderr=log,
            )  # fmt: skip
        )
    reason = _wait_for_workers(cluster.address, workers, deadline - time.monotonic())
    if reason:
        cluster.stop()
        return reason
    return cluster


def _wait_for_workers(address: str, n: int, wait: float) -> str | None:
    import distributed

    try:
        with distributed.Client(address, timeout="20s", set_as_default=False) as client:
            client.wait_for_workers(n, timeout=max(wait, 1.0))
    except (OSError, TimeoutError) as err:
        return f"{n} Dask workers did not join {address}: {err}"
    return None


_SKIPPED = {"ingested_at", "updated_at", "at", "graded_at", "matched_at"}
TABLES = (
    "outlets",
    "articles",
    "claims",
    "mentions",
    "incidents",
    "incident_claims",
    "origins",
    "contradictions",
)


def rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the ingest's and cross-check's tables, in id order, without write times."""
    conn = sqlite3.connect(db)
    try:
        out = {}
        for table in TABLES:
            cur = conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")
            keep = [i for i, d in enumerate(cur.description) if d[0] not in _SKIPPED]
            out[table] = [tuple(r[i] for i in keep) for r in cur]
        return out
    finally:
        conn.close()
