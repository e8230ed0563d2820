"""Ingest articles/s: one process, a 2-worker Dask cluster on loopback, PostgreSQL; same results?

Usage: python benchmarks/scale.py FAKES.csv [--limit N] [--pg URL] [--keep DIR]

Takes the first N rows (default 300) of a FA-KES-format CSV and ingests
them with ``warcheck ingest`` (the real command line, a subprocess each):

- ``1 process``: ``--workers 0``, analysis and writing in one process;
- ``dask 2 workers``: ``--scheduler`` to a cluster this script starts on
  127.0.0.1 (``dask scheduler``, two ``dask worker --nworkers 1 --nthreads 1``)
  and warms up with a few articles first, as an existing cluster would be;
- ``postgresql`` (with ``--pg URL``, an empty database): ``--db URL``, one process.

Each ingest is timed with ``--no-crosscheck`` (articles/s of the ingest,
the process's start-up included), then ``warcheck crosscheck`` groups the
claims. It prints articles/s, the store's bytes per article (SQLite), the
workers' resident memory after the run, and the check of issue 14: the
same counts of articles and claims and the same incidents (compared by a
signature of each: event type, dates, place, grade, and its claims as
(article, claim index)) in every run. Exit status 1 when they differ.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "corpus"))

import cluster  # noqa: E402  (tests/corpus/cluster.py: the loopback cluster the tests use)

import warcheck  # noqa: E402


def _sample(csv_path: Path, limit: int, out: Path) -> int:
    csv.field_size_limit(sys.maxsize)
    with csv_path.open(encoding="utf-8", newline="") as src, out.open("w", newline="") as dst:
        reader = csv.reader(src)
        writer = csv.writer(dst)
        writer.writerow(next(reader))
        n = 0
        for n, row in enumerate(reader, start=1):
            writer.writerow(row)
            if n >= limit:
                break
    return n


def _cli(*args: str) -> float:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "warcheck.cli", *args], env=cluster.env(), capture_output=True,
        text=True,
    )  # fmt: skip
    if done.returncode not in (0, 1):
        raise SystemExit(f"warcheck {' '.join(args)} failed:\n{done.stderr}")
    return time.monotonic() - started


def _incidents(db: str) -> list[tuple[Any, ...]]:
    done = subprocess.run(
        [sys.executable, "-m", "warcheck.cli", "report", "--db", db, "--format", "json",
         "--limit", "1000000"],
        env=cluster.env(), capture_output=True, text=True, check=True,
    )  # fmt: skip
    found = json.loads(done.stdout)["incidents"]
    return sorted(
        (i["event_type"] or "", i["date_from"] or "", i["date_to"] or "", i["place_id"] or "",
         i["grade"], tuple(sorted((c["article"], c["claim_index"]) for c in i["claims"])))
        for i in found
    )  # fmt: skip


def _counts(db: str) -> tuple[int, int]:
    with warcheck.Store.open(db) as store:
        return store.count("articles"), store.count("claims")


def _run(name: str, sample: Path, db: str, extra: list[str]) -> dict[str, Any]:
    seconds = _cli("ingest", str(sample), "--db", db, "--no-crosscheck", "--quiet", *extra)
    _cli("crosscheck", "--db", db)
    articles, claims = _counts(db)
    return {"name": name, "seconds": seconds, "articles": articles, "claims": claims,
            "incidents": _incidents(db), "db": db}  # fmt: skip


def _writer_alone(sample: Path, folder: Path) -> tuple[float, float, float]:
    """Articles/s of the one writer alone (rows analysed beforehand): SQLite, Parquet; bytes."""
    from warcheck.corpus.parquet_out import Shards, tee
    from warcheck.corpus.rows import ArticleRows, Options, analyse_item
    from warcheck.corpus.writer import Writer

    results = [analyse_item(i, Options()) for i in warcheck.read_items([str(sample)])
               if isinstance(i, warcheck.Item)]  # fmt: skip
    rows = [r for r in results if isinstance(r, ArticleRows)]
    with warcheck.Store.open(folder / "writer.db") as store:
        started = time.monotonic()
        Writer(store.conn).write(rows)
        rate = len(rows) / (time.monotonic() - started)
    started = time.monotonic()
    for _ in tee(rows, Shards(folder / "parquet", 100)):
        pass
    parquet_rate = len(rows) / (time.monotonic() - started)
    size = sum(p.stat().st_size for p in (folder / "parquet").rglob("*.parquet"))
    return rate, parquet_rate, size / max(len(rows), 1)


def _worker_rss(address: str) -> list[int]:
    import distributed

    def rss() -> int:
        import psutil

        return int(psutil.Process().memory_info().rss)

    with distributed.Client(address, set_as_default=False) as client:
        return sorted(client.run(rss).values())


def _dask_run(sample: Path, folder: Path) -> tuple[dict[str, Any], list[int]]:
    started = cluster.start(folder)
    if isinstance(started, str):
        raise SystemExit(started)
    try:
        warm = folder / "warm.csv"
        _sample(sample, 8, warm)
        _cli("ingest", str(warm), "--db", str(folder / "warm.db"), "--scheduler", started.address)
        result = _run(
            "dask 2 workers", sample, str(folder / "dask.db"), ["--scheduler", started.address]
        )
        return result, _worker_rss(started.address)
    finally:
        started.stop()


def main() -> int:
    """Run the ingests, print the table and the check; 1 when the runs disagree."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", type=Path, help="a FA-KES-format CSV (fakes-train.csv)")
    ap.add_argument("--limit", type=int, default=300, help="first N rows (default 300)")
    ap.add_argument("--pg", metavar="URL", help="an empty PostgreSQL database: postgresql://...")
    ap.add_argument("--keep", type=Path, help="keep the stores in this folder")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="warcheck-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    sample = folder / "sample.csv"
    n = _sample(args.csv, args.limit, sample)
    print(f"{n} articles of {args.csv}; {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    runs = [_run("1 process", sample, str(folder / "one.db"), ["--workers", "0"])]
    dask_result, rss = _dask_run(sample, folder)
    runs.append(dask_result)
    if args.pg:
        runs.append(_run("postgresql", sample, args.pg, ["--workers", "0"]))
    _print(runs, n, rss, Path(runs[0]["db"]))
    rate, parquet_rate, parquet = _writer_alone(sample, folder)
    print(f"the one writer alone, rows analysed beforehand: SQLite {rate:.0f} articles/s, "
          f"Parquet shards {parquet_rate:.0f} articles/s")  # fmt: skip
    print(f"Parquet shards (articles, claims, mentions; zstd): {parquet / 1024:.1f} KiB/article")
    print(f"load after the runs {os.getloadavg()[0]:.2f}")
    return _check(runs)


def _print(runs: list[dict[str, Any]], n: int, rss: list[int], sqlite_db: Path) -> None:
    print(f"{'run':<16} {'seconds':>8} {'articles/s':>10} {'articles':>8} {'claims':>7} "
          f"{'incidents':>9}")  # fmt: skip
    for r in runs:
        print(f"{r['name']:<16} {r['seconds']:>8.1f} {n / r['seconds']:>10.1f} "
              f"{r['articles']:>8} {r['claims']:>7} {len(r['incidents']):>9}")  # fmt: skip
    size = sum(p.stat().st_size for p in sqlite_db.parent.glob(sqlite_db.name + "*"))
    print(f"SQLite store: {size / max(runs[0]['articles'], 1) / 1024:.1f} KiB per article "
          f"({size / 1e6:.1f} MB, cross-checked)")  # fmt: skip
    print("Dask workers' resident memory after the run: "
          + ", ".join(f"{b / 2**20:.0f} MiB" for b in rss))  # fmt: skip


def _check(runs: list[dict[str, Any]]) -> int:
    first = runs[0]
    bad = 0
    for r in runs[1:]:
        same = (r["articles"], r["claims"], r["incidents"]) == (
            first["articles"], first["claims"], first["incidents"])  # fmt: skip
        print(f"check {r['name']} against {first['name']}: "
              + ("same articles, claims and incidents" if same else "DIFFERENT"))  # fmt: skip
        bad += not same
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
