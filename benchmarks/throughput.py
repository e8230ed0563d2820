"""Throughput of the default pipeline on one core.

Usage: python benchmarks/throughput.py [FAKES.csv] [--seconds S] [--spacy-model NAME]

Analyses the FA-KES article texts repeatedly in this process (one core) and
prints articles/s and words/s, excluding start-up (imports and the first
pass, which loads the data files), and the peak resident memory. If spaCy and
its small English model are installed, their words/s on the same texts is
printed beside ours for scale (``--spacy-model`` names the model package when it
is not ``en_core_web_sm``; set OMP_NUM_THREADS=1 to keep spaCy on one core).
Without a CSV, the bundled test fixture is used.
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "data" / "fakes" / "fakes-train.csv"
FALLBACK = HERE.parent / "tests" / "fixtures" / "fakes-sample.csv"
# Reading plus these stages is what `warcheck analyze` did before claims existed.
MENTION_STAGES = {"sentences", "actors", "operations", "places", "times", "casualties"}


def load_texts(path: Path) -> list[tuple[str, str]]:
    """Return (content, outlet) pairs from a FA-KES-format CSV."""
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", newline="") as f:
        return [(r["article_content"], r.get("source", "")) for r in csv.DictReader(f)]


def main() -> None:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", type=Path)
    ap.add_argument("--seconds", type=float, default=8.0, help="minimum timed duration of each run")
    ap.add_argument("--spacy-model", default="en_core_web_sm", help="spaCy model to compare with")
    args = ap.parse_args()
    path = args.csv or (DEFAULT if DEFAULT.exists() else FALLBACK)
    texts = load_texts(path)
    words = sum(len(t.split()) for t, _ in texts)

    t0 = time.perf_counter()
    import warcheck

    for text, outlet in texts:  # warm-up pass: loads gazetteer, lexicons, models
        warcheck.analyze(text, outlet=outlet or None)
    startup = time.perf_counter() - t0

    print(f"data: {path} ({len(texts)} articles, {words / len(texts):.0f} words each on average)")
    print(f"start-up and first pass: {startup:.2f} s")
    from warcheck.analysis.pipeline import STAGES, analyze_article
    from warcheck.read.article import read

    mentions = [s for s in STAGES if s.name in MENTION_STAGES]
    for label, stages in (("mentions only (issue 2)", mentions), ("full pipeline", STAGES)):
        n = w = 0
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < args.seconds:
            for text, outlet in texts:
                analyze_article(read(text, outlet=outlet or None), stages)
            n += len(texts)
            w += words
        elapsed = time.perf_counter() - t0
        rate = f"{n / elapsed:.0f} articles/s, {w / elapsed:,.0f} words/s"
        print(f"warcheck, {label}: {rate} on one core")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss_mb:.0f} MB")
    _spacy(texts, words, args.spacy_model)


def _spacy(texts: list[tuple[str, str]], words: int, model: str) -> None:
    try:
        import spacy  # type: ignore[import-not-found]

        nlp = spacy.load(model)
    except Exception:  # noqa: BLE001 - any failure just means "not installed"
        print(f"spaCy {model}: not installed (pip install spacy and the model to compare)")
        return
    t0 = time.perf_counter()
    for _ in nlp.pipe((t for t, _ in texts), batch_size=64):
        pass
    elapsed = time.perf_counter() - t0
    print(f"spaCy {model}: {words / elapsed:,.0f} words/s on the same texts")


if __name__ == "__main__":
    main()
