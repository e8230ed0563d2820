"""Speed of the many-article readers (warcheck.read.sources), next to analysis.

Usage: python benchmarks/reading.py [FAKES.csv] [--lines N] [--repeat R]

Reads the FA-KES CSV (R times) and a JSON Lines file of N articles made from
its texts in a temporary folder (plain and gzipped), and prints items/s and
microseconds per item for each; analysis takes about 4 ms an article, so
reading should be a small fraction of that. Without a CSV, the bundled test
fixture is used. The peak resident memory is printed last.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "data" / "fakes" / "fakes-train.csv"
FALLBACK = HERE.parent / "tests" / "fixtures" / "fakes-sample.csv"


def timed(label: str, sources: list[str], repeat: int) -> None:
    """Read ``sources`` ``repeat`` times and print the rate."""
    from warcheck.read.items import Item
    from warcheck.read.sources import iter_items

    t0 = time.perf_counter()
    items = problems = 0
    for _ in range(repeat):
        for got in iter_items(sources):
            if isinstance(got, Item):
                items += 1
            else:
                problems += 1
    elapsed = time.perf_counter() - t0
    print(
        f"{label:<28} {items:>7} items {problems:>3} problems  {items / elapsed:>9,.0f} items/s"
        f"  {elapsed / items * 1e6:>6.0f} µs/item"
    )


def main() -> None:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", type=Path)
    ap.add_argument("--lines", type=int, default=10_000, help="articles in the JSON Lines file")
    ap.add_argument("--repeat", type=int, default=5, help="passes over the CSV")
    args = ap.parse_args()
    path = args.csv or (DEFAULT if DEFAULT.exists() else FALLBACK)
    import warcheck.read.sources  # noqa: F401 - imports out of the timings

    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    print(f"data: {path} ({len(rows)} rows)")
    timed("FA-KES CSV", [str(path)], args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "articles.jsonl"
        with jsonl.open("w", encoding="utf-8") as out:
            for n in range(args.lines):
                row = rows[n % len(rows)]
                record = {
                    "id": str(n),
                    "title": row["article_title"],
                    "text": row["article_content"],
                    "outlet": row["source"],
                    "published": row["date"],
                }
                out.write(json.dumps(record) + "\n")
        zipped = jsonl.with_suffix(".jsonl.gz")
        zipped.write_bytes(gzip.compress(jsonl.read_bytes()))
        size = jsonl.stat().st_size / 1e6
        timed(f"JSON Lines ({size:.0f} MB)", [str(jsonl)], 1)
        timed("JSON Lines, gzipped", [str(zipped)], 1)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
