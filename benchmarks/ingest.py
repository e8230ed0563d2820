"""What the store costs: ingest articles/s (1 and 2 workers) next to bare analysis of the texts.

Usage: python benchmarks/ingest.py [FAKES.csv] [--repeat R] [--workers 0,1,2] [--memory N]

Reads the CSV once into memory and analyses every item with the bare
pipeline (``warcheck.analyze``, one core), then ingests the same items into
fresh stores, as ``warcheck ingest --no-crosscheck`` does (``Store.ingest``,
reading the CSV as a stream), with each number of workers; then times the
cross-check of the last store on its own. The measurements run in R
rounds (each once per round, backwards in every other round) and each
figure is its best over the rounds; the store's cost is also taken round by
round, each ingest against the bare analysis of the same round, and the
best of those printed with each round's.
Targets (issue 9): the store costs at most 15% over bare analysis; 2
workers reach 1.7 times one.

The machine may be shared, so wall time alone is unfair: CPU time is
printed for each process group (this process: reading, screening, the
writer; the workers: analysis and rows), with the load average before and
after, and a breakdown of each ingest's CPU per article: the analysis (as
bare), the rows (timed apart on the bare run's analyses), what else the
workers spend, and this process. "2 idle cores" estimates the speed-up on a machine whose two cores
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
from warcheck.corpus.rows import Options, article_rows
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


def bare(base: list[warcheck.Item]) -> tuple[Run, float]:
    """Analyse every item in this process, as ``warcheck analyze`` would; and the rows' CPU.

    Each analysis is also taken apart into the store's rows (what a worker
    adds to the analysis), timed apart and left out of the run's times.
    """
    options, rows = Options(), 0.0
    t0, (c0, _) = time.perf_counter(), _cpu()
    for item in base:
        text = with_title(item.title, item.content)
        analysis = warcheck.analyze(text, published=item.published, outlet=item.outlet)
        r0, c1 = time.perf_counter(), time.process_time()
        article_rows(item, options, analysis)
        rows += time.process_time() - c1
        t0 += time.perf_counter() - r0
    return Run(len(base), time.perf_counter() - t0, _cpu()[0] - c0 - rows, 0.0), rows


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


def _rounds(
    path: Path, base: list[warcheck.Item], repeat: int, workers: list[int], tmp: str
) -> tuple[list[dict[int, Run]], float, warcheck.IngestReport]:
    """Every measurement once a round, in turn forwards and backwards; the least rows' CPU.

    Round *k* runs bare analysis (key -1) and each ingest one after the other
    (backwards in odd rounds), so that a change in the machine's load weighs
    on all of them alike and none always runs first.
    """
    rounds: list[dict[int, Run]] = []
    rows = float("inf")
    report = warcheck.IngestReport()
    order = [-1, *workers]
    for k in range(repeat):
        runs: dict[int, Run] = {}
        for n in order if k % 2 == 0 else order[::-1]:
            if n < 0:
                runs[n], cpu = bare(base)
                rows = min(rows, cpu)
            else:
                runs[n], report = ingest(path, Path(tmp) / f"w{n}.db", n)
        rounds.append(runs)
    return rounds, rows, report


def speed(path: Path, repeat: int, workers: list[int]) -> None:
    """Bare analysis and ingest with each number of workers, in rounds; then the cross-check.

    Each figure is its best over the rounds; the store's cost is also given
    round by round (each ingest against the bare analysis of its round).
    """
    base = [i for i in warcheck.read_items([str(path)]) if isinstance(i, warcheck.Item)]
    bare(base[:20])  # warm-up: loads the knowledge files
    print(f"data: {path} ({len(base)} items); {_load()}")
    with tempfile.TemporaryDirectory() as tmp:
        warcheck.Store.open(Path(tmp) / "warm-up.db").close()  # imports the schema's modules
        rounds, rows, report = _rounds(path, base, repeat, workers, tmp)
        best = {n: _best([r[n] for r in rounds]) for n in rounds[0]}
        print(_line("bare analysis", best[-1], 0))
        for n in workers:
            kb = _store_kb(Path(tmp) / f"w{n}.db", report.stored)
            print(f"{_line(f'ingest, {n} workers', best[n], n)}   store {kb:.1f} KB/article")
        print(f"  ({report.summary()}; best of {repeat} rounds)")
        _breakdown(best, rows / len(base))
        db = Path(tmp) / f"w{workers[-1]}.db"
        checked_run, checked = crosscheck(db)
        print(
            f"cross-check after it:  {checked_run.wall:.2f} s wall, {checked_run.cpu_main:.2f} s "
            f"CPU ({checked.incidents} incidents from {checked.new_articles} articles)"
        )
    print(_load())
    _verdicts(rounds, best)


def _breakdown(best: dict[int, Run], rows: float) -> None:
    """Each ingest's CPU per article: analysis, rows and the rest in the workers; this process.

    With 1 worker the store's own work (rows, the workers' rest, this
    process) is also given against the analysis: figures measured directly, so the load's
    sway on the analysis (often 10% from round to round) weighs on it little.
    """
    analysis, rows = best[-1].cpu_main / best[-1].items * 1000, rows * 1000
    print(f"CPU ms/article: analysis {analysis:.2f} (bare), rows {rows:.2f} (timed apart)")
    for n, run in best.items():
        per = 1000 / run.items
        if n == 0:
            rest = run.cpu_main * per - analysis - rows
            print(f"  ingest, 0 workers: analysis + rows {rest:+.2f} (reading, screening, writer)")
        elif n > 0:
            rest = run.cpu_workers * per - analysis - rows
            here = run.cpu_main * per
            print(
                f"  ingest, {n} workers: workers analysis + rows {rest:+.2f} (pickling, forking, "
                f"copy-on-write); this process {here:.2f} (reading, screening, unpickling, writer)"
            )
            if n > 1:  # the workers' rest then holds their contention for the cores too
                continue
            own = rows + max(rest, 0.0) + here
            print(
                f"    the store's own work: {own:.2f} ms/article, {own / analysis:+.1%} of the "
                f"analysis; the workers' share (what delays a worker when this process has a "
                f"core of its own): {(rows + max(rest, 0.0)) / analysis:+.1%}"
            )


def _costs(rounds: list[dict[int, Run]], n: int) -> tuple[list[float], list[float], list[float]]:
    """Round by round, the store's cost with ``n`` workers: wall, CPU in all, 2 idle cores."""
    wall, cpu, idle = [], [], []
    for runs in rounds:
        base, run = runs[-1], runs[n]
        wall.append(base.rate / run.rate - 1)
        all_cpu = (run.cpu_main + run.cpu_workers) / run.items
        cpu.append(all_cpu / (base.cpu_main / base.items) - 1)
        idle.append(base.idle_rate(0) / run.idle_rate(n) - 1)
    return wall, cpu, idle


def _verdicts(rounds: list[dict[int, Run]], best: dict[int, Run]) -> None:
    for n in sorted(best):
        if n not in (0, 1):  # analysis on more cores than bare: the speed-up says what it gives
            continue
        wall, cpu, idle = _costs(rounds, n)
        each = ", ".join(f"{w:+.1%}" for w in wall)
        print(
            f"store cost, {n} workers (best of {len(rounds)} rounds, each against its own bare "
            f"run): {min(wall):+.1%} wall (rounds {each}), {min(cpu):+.1%} CPU in all, "
            f"{min(idle):+.1%} on 2 idle cores   (target <= +15%)"
        )
    if 1 in best and 2 in best:
        ratios = [r[2].rate / r[1].rate for r in rounds]
        idle = [r[2].idle_rate(2) / r[1].idle_rate(1) for r in rounds]
        each = ", ".join(f"{x:.2f}" for x in ratios)
        print(
            f"2 workers / 1 worker: {max(ratios):.2f}x wall (rounds {each}), "
            f"{max(idle):.2f}x on 2 idle cores   (target >= 1.7x)"
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
