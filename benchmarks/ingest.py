"""What the store costs: ingest articles/s (1 and 2 workers) next to bare analysis of the texts.

Usage: python benchmarks/ingest.py [FAKES.csv] [--repeat R] [--workers 0,1,2] [--memory N]

Reads the CSV once into memory and analyses every item with the bare
pipeline (``warcheck.analyze``, one core), then ingests the same items into
fresh stores, as ``warcheck ingest --no-crosscheck`` does (``Store.ingest``,
reading the CSV as a stream), with each number of workers; then times the
cross-check of the last store on its own. The measurements run in R
rounds (each once per round) and each figure is its best over the rounds.
Targets (issue 9): the store costs at most 15% over bare analysis; 2
workers reach 1.7 times one.

The machine may be shared, so wall time alone is unfair: CPU time is
printed for each process group (this process: reading, screening, the
writer; the workers: analysis and rows), with the load average before and
after. "2 idle cores" estimates the speed-up on a machine whose two cores
are free: the run's CPU divided over the cores it can use.

``--memory N`` then ingests N articles with 1 worker (the CSV again and
again, each copy under outlets of its own, so each is a distinct article)
and prints the resident memory of this process and of the worker at 10%,
50% and 100% of them: it should stay flat as the corpus grows. It prints
the store's size per article too.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import warcheck
from warcheck.read.items import with_title

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "data" / "fakes" / "fakes-train.csv"
FALLBACK = HERE.parent / "tests" / "fixtures" / "fakes-sample.csv"


@dataclasses.dataclass
class Run:
    """One measurement: items done, wall seconds, CPU seconds here and in the workers."""

    items: int
    wall: float
    cpu_main: float
    cpu_workers: float

    @property
    def rate(self) -> float:
        """Items per wall second."""
        return self.items / self.wall

    def idle_rate(self, workers: int, cores: int = 2) -> float:
        """Items per second on ``cores`` idle cores: the CPU spread over what can run at once."""
        if workers == 0:
            return self.items / (self.cpu_main + self.cpu_workers)
        total = self.cpu_main + self.cpu_workers
        busiest = max(self.cpu_main, self.cpu_workers / workers)
        return self.items / max(busiest, total / min(cores, workers + 1))


def _cpu() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def _rss_mb(pid: int | str = "self") -> float:
    """Resident memory of a process, from /proc (0 where there is no /proc)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _children() -> list[int]:
    pids: list[int] = []
    for task in Path("/proc/self/task").glob("*/children"):
        pids += [int(p) for p in task.read_text().split()]
    return pids


def _stream(path: Path, scale: int) -> Iterator[warcheck.Item | warcheck.Problem]:
    """The file's items, ``scale`` times over, the copies under outlets of their own."""
    for n in range(scale):
        for item in warcheck.read_items([str(path)]):
            if n and isinstance(item, warcheck.Item):
                item = dataclasses.replace(item, outlet=f"{item.outlet or 'outlet'} {n}")
            yield item


def bare(base: list[warcheck.Item]) -> Run:
    """Analyse every item in this process, as ``warcheck analyze`` would."""
    t0, (c0, _) = time.perf_counter(), _cpu()
    for item in base:
        text = with_title(item.title, item.content)
        warcheck.analyze(text, published=item.published, outlet=item.outlet)
    return Run(len(base), time.perf_counter() - t0, _cpu()[0] - c0, 0.0)


def ingest(path: Path, db: Path, workers: int) -> tuple[Run, warcheck.IngestReport]:
    """Ingest the CSV into a fresh store (``warcheck ingest --no-crosscheck``)."""
    for old in db.parent.glob(db.name + "*"):
        old.unlink()
    t0, (c0, k0) = time.perf_counter(), _cpu()
    with warcheck.Store.open(db) as store:
        report = store.ingest(warcheck.read_items([str(path)]), workers=workers)
    (c1, k1), wall = _cpu(), time.perf_counter() - t0
    done = report.stored + report.already + report.skipped
    return Run(done, wall, c1 - c0, k1 - k0), report


def crosscheck(db: Path) -> tuple[Run, Any]:
    """Cross-check a store that has not been cross-checked (what ``warcheck ingest`` adds)."""
    t0, (c0, _) = time.perf_counter(), _cpu()
    with warcheck.Store.open(db) as store:
        checked = warcheck.cross_check(store)
    return Run(checked.new_articles, time.perf_counter() - t0, _cpu()[0] - c0, 0.0), checked


def _store_kb(db: Path, stored: int) -> float:
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    return size / max(stored, 1) / 1024


def _line(name: str, run: Run, workers: int) -> str:
    per = 1000 / run.items
    return (
        f"{name:<22} {run.rate:7.1f} articles/s wall   CPU ms/article: "
        f"this process {run.cpu_main * per:5.2f}, workers {run.cpu_workers * per:5.2f}   "
        f"2 idle cores: {run.idle_rate(workers):6.1f}/s"
    )


def _best(runs: list[Run]) -> Run:
    """The least disturbed figures of several runs: the least wall and CPU times of each."""
    return Run(
        runs[0].items,
        min(r.wall for r in runs),
        min(r.cpu_main for r in runs),
        min(r.cpu_workers for r in runs),
    )


def speed(path: Path, repeat: int, workers: list[int]) -> None:
    """Bare analysis and ingest with each number of workers, in rounds; then the cross-check.

    Each round runs every measurement once, so that a change in the machine's
    load weighs on all of them alike; each figure is its best over the rounds.
    """
    base = [i for i in warcheck.read_items([str(path)]) if isinstance(i, warcheck.Item)]
    bare(base[:20])  # warm-up: loads the knowledge files
    print(f"data: {path} ({len(base)} items); {_load()}")
    tries: dict[int, list[Run]] = {n: [] for n in [-1, *workers]}  # -1: bare analysis
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeat):
            tries[-1].append(bare(base))
            for n in workers:
                db = Path(tmp) / f"w{n}.db"
                run, report = ingest(path, db, n)
                tries[n].append(run)
        print(_line("bare analysis", _best(tries[-1]), 0))
        for n in workers:
            kb = _store_kb(Path(tmp) / f"w{n}.db", report.stored)
            line = _line(f"ingest, {n} workers", _best(tries[n]), n)
            print(f"{line}   store {kb:.1f} KB/article")
        print(f"  ({report.summary()}; best of {repeat} rounds)")
        checked_run, checked = crosscheck(db)
        print(
            f"cross-check after it:  {checked_run.wall:.2f} s wall, {checked_run.cpu_main:.2f} s "
            f"CPU ({checked.incidents} incidents from {checked.new_articles} articles)"
        )
    print(_load())
    _verdicts(_best(tries[-1]), {n: _best(tries[n]) for n in workers})


def _verdicts(base: Run, runs: dict[int, Run]) -> None:
    cpu_bare = base.cpu_main / base.items
    for n, run in sorted(runs.items()):
        if n > 1:  # analysis on more cores than bare: the speed-up below says what it gives
            continue
        cpu = (run.cpu_main + run.cpu_workers) / run.items
        print(
            f"store cost, {n} workers: {base.rate / run.rate - 1:+.1%} wall, "
            f"{cpu / cpu_bare - 1:+.1%} CPU in all, "
            f"{base.idle_rate(0) / run.idle_rate(n) - 1:+.1%} on 2 idle cores   (target <= +15%)"
        )
    if 1 in runs and 2 in runs:
        one, two = runs[1], runs[2]
        print(
            f"2 workers / 1 worker: {two.rate / one.rate:.2f}x wall, "
            f"{two.idle_rate(2) / one.idle_rate(1):.2f}x on 2 idle cores   (target >= 1.7x)"
        )


def memory(path: Path, total: int) -> None:
    """Ingest ``total`` articles with 1 worker; resident memory at 10%, 50% and 100%."""
    per_copy = sum(1 for i in warcheck.read_items([str(path)]) if isinstance(i, warcheck.Item))
    marks = {max(total // 10, 1), max(total // 2, 1), total}
    items = (i for _, i in zip(range(total), _stream(path, -(-total // per_copy)), strict=False))

    def sample(result: object, report: warcheck.IngestReport) -> None:
        done = report.stored + report.already + report.skipped
        if done in marks:
            workers = ", ".join(f"{_rss_mb(p):.0f}" for p in _children())
            print(f"  after {done:>6} articles: RSS this process {_rss_mb():.0f} MB, "
                  f"worker {workers or '(finished)'} MB", flush=True)  # fmt: skip

    print(f"memory: ingest of {total} articles, 1 worker; {_load()}")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "memory.db"
        t0 = time.perf_counter()
        with warcheck.Store.open(db) as store:
            report = store.ingest(items, workers=1, on_result=sample)
        wall = time.perf_counter() - t0
        kb = _store_kb(db, report.stored)
    peak_me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"  {report.summary()} in {wall:.0f} s; store {kb:.1f} KB/article")
    print(f"  peak RSS: this process {peak_me:.0f} MB, largest worker {peak_kids:.0f} MB")
    print(f"  {_load()}")


def main() -> None:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", type=Path)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each measurement (best kept)")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts (0: none)")
    ap.add_argument("--memory", type=int, default=0, metavar="N", help="then ingest N articles")
    args = ap.parse_args()
    path = args.csv or (DEFAULT if DEFAULT.exists() else FALLBACK)
    if args.repeat > 0:
        speed(path, args.repeat, [int(n) for n in args.workers.split(",") if n])
    if args.memory > 0:
        memory(path, args.memory)


if __name__ == "__main__":
    main()
