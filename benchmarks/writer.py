"""What one stored article costs outside the analysis: its rows in the worker, the writer here.

Usage: python benchmarks/writer.py [FAKES.csv] [--repeat R] [--db FILE|postgresql://...]

Analyses every item of the CSV once, then times, each R times (the least
CPU time kept, so a shared machine's load weighs little):

- ``rows``: taking each analysis apart into the rows the store writes
  (:func:`warcheck.corpus.rows.article_rows`, in the worker during an ingest),
  and apart, its steps: the document's JSON, its compression, the claims'
  rows and the mentions' rows;
- ``pickle``: pickling those rows in batches as a worker hands them back, and
  ``unpickle``: reading them back, as the parent does;
- ``writer``: the writer storing them all into a fresh store (the parent's
  share of an ingest: rows, claims, mentions, full-text entries, commits).

Each figure is CPU milliseconds per article of this process (the writer's
thread included), with the store's size per article.
"""

from __future__ import annotations

import argparse
import pickle
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import warcheck
from warcheck.analysis.pipeline import analyze_article
from warcheck.corpus import analysis_json, documents
from warcheck.corpus import rows as corpus_rows
from warcheck.corpus.ingest import BATCH
from warcheck.corpus.rows import ArticleRows, Options, article_rows
from warcheck.corpus.schema import connect
from warcheck.corpus.writer import Writer
from warcheck.read.article import read
from warcheck.read.items import Item, with_title

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "data" / "fakes" / "fakes-train.csv"
FALLBACK = HERE.parent / "tests" / "fixtures" / "fakes-sample.csv"


def _analyses(path: Path) -> list[tuple[Item, Any]]:
    items = [i for i in warcheck.read_items([str(path)]) if isinstance(i, Item)]
    out = []
    for item in items:
        text = with_title(item.title, item.content)
        article = read(text, published=item.published, outlet=item.outlet, url=item.url)
        out.append((item, analyze_article(article)))
    return out


def _least(repeat: int, step: Callable[[], Any]) -> tuple[float, Any]:
    """The least CPU seconds of ``repeat`` runs of ``step``, and its last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        c0 = time.process_time()
        result = step()
        best = min(best, time.process_time() - c0)
    return best, result


def _row_parts(analysed: list[tuple[Item, Any]], repeat: int, per: float) -> None:
    """The CPU of each step of :func:`article_rows`, timed apart."""
    docs = [analysis_json.dumps(a) for _, a in analysed]
    steps: dict[str, Callable[[], Any]] = {
        "document JSON": lambda: [analysis_json.dumps(a) for _, a in analysed],
        "compression": lambda: [documents.pack_json(d) for d in docs],
        "claim rows": lambda: [
            [corpus_rows._claim_row(c, None) for c in a.claims] for _, a in analysed
        ],
        "mention rows": lambda: [corpus_rows._mention_runs(a) for _, a in analysed],
    }
    for name, step in steps.items():
        print(f"  {name:<14}{_least(repeat, step)[0] * per:6.3f} ms/article")


def _fresh(location: str | None, tmp: str, n: int) -> str:
    if location is None:
        return str(Path(tmp) / f"replay{n}.db")
    if location.startswith("postgres"):
        conn = connect(location)
        conn.execute("TRUNCATE articles, outlets RESTART IDENTITY CASCADE")
        conn.close()
    else:
        for old in Path(location).parent.glob(Path(location).name + "*"):
            old.unlink()
    return location


def main() -> None:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", type=Path)
    ap.add_argument("--repeat", type=int, default=7, help="runs of each step (least CPU kept)")
    ap.add_argument("--db", help="store to write into, emptied first (default: a temporary file)")
    args = ap.parse_args()
    path = args.csv or (DEFAULT if DEFAULT.exists() else FALLBACK)
    analysed = _analyses(path)
    n, options = len(analysed), Options()
    per = 1000 / n

    cpu, rows = _least(args.repeat, lambda: [article_rows(i, options, a) for i, a in analysed])
    print(f"data: {path} ({n} articles)")
    print(f"rows      {cpu * per:6.3f} ms/article (worker), of which:")
    _row_parts(analysed, args.repeat, per)
    batches = [rows[k : k + BATCH] for k in range(0, n, BATCH)]
    cpu, pickled = _least(args.repeat, lambda: [pickle.dumps(b, -1) for b in batches])
    size = sum(len(p) for p in pickled) / n / 1024
    print(f"pickle    {cpu * per:6.3f} ms/article (worker), {size:.1f} KB/article")
    cpu, _ = _least(args.repeat, lambda: [pickle.loads(p) for p in pickled])
    print(f"unpickle  {cpu * per:6.3f} ms/article (parent)")
    with tempfile.TemporaryDirectory() as tmp:
        runs = iter(range(args.repeat))

        def replay() -> tuple[int, str]:
            location = _fresh(args.db, tmp, next(runs))
            conn = connect(location)
            report = Writer(conn).write(r for r in rows if isinstance(r, ArticleRows))
            conn.close()
            return report.stored, location

        cpu, (stored, location) = _least(args.repeat, replay)
        print(f"writer    {cpu * per:6.3f} ms/article (parent), {stored} stored", end="")
        if not location.startswith("postgres"):
            db = Path(location)
            size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
            print(f", store {size / stored / 1024:.1f} KB/article", end="")
        print()


if __name__ == "__main__":
    main()
