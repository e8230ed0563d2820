"""What the store costs: ingest articles/s (0, 1, 2 workers) next to bare analysis of the texts.

Usage: python benchmarks/ingest.py [FAKES.csv] [--scale N]

Reads the CSV once into memory, analyses every item with the bare pipeline
(one core), then ingests the same items into fresh stores with 1 and 2
workers, and prints articles/s, the store's cost over bare analysis, the
speed-up of 2 workers, the store's size per article, and peak memory. The
ingests read the items as a stream, as ``warcheck ingest`` does; with
``--scale N`` they are repeated N times under distinct outlets (each a
distinct article), so that peak memory can be compared as the corpus grows.
Without a CSV, the bundled test fixture is used.
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import warcheck
from warcheck.read.items import with_title

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "data" / "fakes" / "fakes-train.csv"
FALLBACK = HERE.parent / "tests" / "fixtures" / "fakes-sample.csv"


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _stream(path: Path, scale: int) -> Iterator[warcheck.Item | warcheck.Problem]:
    """The file's items, ``scale`` times over, the copies under outlets of their own."""
    for n in range(scale):
        for item in warcheck.read_items([str(path)]):
            if n and isinstance(item, warcheck.Item):
                item = dataclasses.replace(item, outlet=f"{item.outlet or 'outlet'} {n}")
            yield item


def main() -> None:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", type=Path)
    ap.add_argument("--scale", type=int, default=1, help="repeat the items N times")
    args = ap.parse_args()
    path = args.csv or (DEFAULT if DEFAULT.exists() else FALLBACK)
    base = [i for i in warcheck.read_items([str(path)]) if isinstance(i, warcheck.Item)]
    for item in base[:20]:  # warm-up: loads the knowledge files
        warcheck.analyze(with_title(item.title, item.content), outlet=item.outlet)
    t0 = time.perf_counter()
    for item in base:
        warcheck.analyze(
            with_title(item.title, item.content), published=item.published, outlet=item.outlet
        )
    bare = len(base) / (time.perf_counter() - t0)
    print(f"data: {path} ({len(base) * args.scale} items)")
    print(f"bare analysis:     {bare:7.1f} articles/s (one core)")
    rates = {}
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (0, 1, 2):
            db = Path(tmp) / f"w{workers}.db"
            t0 = time.perf_counter()
            with warcheck.Store.open(db) as store:
                report = store.ingest(_stream(path, args.scale), workers=workers)
            rates[workers] = report.stored / (time.perf_counter() - t0)
            size = sum(p.stat().st_size for p in Path(tmp).glob(f"w{workers}.db*"))
            print(
                f"ingest, {workers} workers: {rates[workers]:7.1f} "
                f"articles/s ({report.summary()}); store {size / max(report.stored, 1) / 1024:.1f}"
                " KB/article"
            )
    print(f"store cost over bare analysis, in-process (0 workers): {bare / rates[0] - 1:+.1%}")
    print(
        f"store cost over bare analysis (1 worker, writer overlapping): {bare / rates[1] - 1:+.1%}"
    )
    print(f"2 workers / 1 worker: {rates[2] / rates[1]:.2f}x")
    print(
        f"peak memory: this process {_peak_mb():.0f} MB, largest worker "
        f"{_peak_mb(resource.RUSAGE_CHILDREN):.0f} MB"
    )


if __name__ == "__main__":
    main()
