"""The same FA-KES articles into SQLite and into PostgreSQL: same store, same incidents; speed.

Usage: python benchmarks/scale_check.py FAKES.csv [--rows 300] [--pg URL]

Takes the CSV's first ``--rows`` articles and, for each engine, ingests them
into a fresh store (``Store.ingest``, 1 analysis worker, as ``warcheck
ingest``) and cross-checks them, then prints the counts of articles, claims,
mentions and incidents, whether the incidents agree (each incident as
``(n_claims, n_articles, n_origins, grade, event_type, date_from, place)``,
sorted, and as the ``warcheck report --format json`` of every incident but
its ``updated_at``), and articles/s: of the whole ingest, and of the writing
alone (the same analysed rows written again into a fresh store, so the
analysis is left out). Without ``--pg`` a throwaway PostgreSQL server is
started on a unix socket (``tests/postgres_server.py``) and removed at the
end; with ``--pg URL`` the database must be empty.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import warcheck
from warcheck.corpus.ingest import analysed
from warcheck.corpus.rows import Options
from warcheck.corpus.writer import Writer

HERE = Path(__file__).resolve().parent


def _first_rows(src: Path, rows: int, out: Path) -> Path:
    csv.field_size_limit(1 << 30)
    with (
        src.open(encoding="utf-8", newline="") as f,
        out.open("w", encoding="utf-8", newline="") as g,
    ):
        reader = csv.DictReader(f)
        writer = csv.DictWriter(g, fieldnames=reader.fieldnames or [])
        writer.writeheader()
        for n, row in enumerate(reader):
            if n >= rows:
                break
            writer.writerow(row)
    return out


def _server() -> Any:
    spec = importlib.util.spec_from_file_location(
        "postgres_server", HERE.parent / "tests" / "postgres_server.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["postgres_server"] = module
    spec.loader.exec_module(module)
    return module.start()


def _ingest(location: str, csv_path: Path) -> dict[str, Any]:
    with warcheck.Store.open(location) as store:
        t0 = time.perf_counter()
        report = store.ingest(warcheck.read_items([str(csv_path)]), workers=1)
        took = time.perf_counter() - t0
        t0 = time.perf_counter()
        warcheck.cross_check(store)
        crosscheck = time.perf_counter() - t0
        incidents = [store.incident(i["id"]) or {} for i in store.incidents(limit=None)]
        counts = {t: store.count(t) for t in ("articles", "claims", "mentions", "incidents")}
    for incident in incidents:
        incident.pop("updated_at", None)
        for claim in incident.get("claims", []):
            claim["history"] = [h["grade"] for h in claim["history"]]
    keys = ("n_claims", "n_articles", "n_origins", "grade", "event_type", "date_from", "place")
    return {
        "counts": counts,
        "stored": report.stored,
        "report_line": report.summary(),
        "seconds": took,
        "crosscheck": crosscheck,
        "summary": sorted(tuple(str(i[k]) for k in keys) for i in incidents),
        "report": incidents,
    }


def _write_rate(location: str, results: list[Any]) -> float:
    with warcheck.Store.open(location) as store:
        t0 = time.perf_counter()
        Writer(store.conn).write(results)
        return len(results) / (time.perf_counter() - t0)


def main() -> None:
    """Run the check and print the comparison."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", type=Path)
    ap.add_argument("--rows", type=int, default=300)
    ap.add_argument("--pg", metavar="URL", help="an empty PostgreSQL database (default: throwaway)")
    args = ap.parse_args()
    server = None if args.pg else _server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            part = _first_rows(args.csv, args.rows, Path(tmp) / "part.csv")
            pg = [args.pg] if args.pg else [server.new_database(), server.new_database()]
            runs = {"sqlite": _ingest(str(Path(tmp) / "a.db"), part),
                    "postgresql": _ingest(pg[0], part)}  # fmt: skip
            items = warcheck.read_items([str(part)])
            results = list(analysed(items, Options(), is_known=lambda _: False, workers=0))
            rates = {"sqlite": _write_rate(str(Path(tmp) / "b.db"), results)}
            if len(pg) > 1:
                rates["postgresql"] = _write_rate(pg[1], results)
    finally:
        if server is not None:
            server.stop()
    _print(runs, rates, args.rows)


def _print(runs: dict[str, dict[str, Any]], rates: dict[str, float], rows: int) -> None:
    print(f"first {rows} rows of the CSV")
    for name, run in runs.items():
        c = run["counts"]
        print(
            f"{name:>10}: {c['articles']} articles, {c['claims']} claims, {c['mentions']} "
            f"mentions, {c['incidents']} incidents; ingest {run['stored'] / run['seconds']:.1f} "
            f"articles/s ({run['seconds']:.1f} s), cross-check {run['crosscheck']:.1f} s"
            + (f"; writing alone {rates[name]:.0f} articles/s" if name in rates else "")
        )
        print(f"{'':>10}  ingest: {run['report_line']}")
    a, b = runs["sqlite"], runs["postgresql"]
    print("same counts:", a["counts"] == b["counts"])
    print("same incidents (sorted n_claims, n_articles, n_origins, grade, ...):",
          a["summary"] == b["summary"])  # fmt: skip
    print("same report JSON of every incident (ids, claims, grades, origins):",
          a["report"] == b["report"])  # fmt: skip


if __name__ == "__main__":
    main()
