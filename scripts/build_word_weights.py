#!/usr/bin/env python3
"""Build ``warcheck/knowledge/data/word_weights.tsv.gz``: how common each English word is.

The cross-check compares articles by the words they share, weighting rare
words ("Kinston", "sarin") above common ones ("police", "killed"). Weights
learnt from the corpus being checked would change whenever an article is
added, so re-clustering only what new articles touch would not give what
clustering from scratch gives. Instead the weights come from general English:
wordfreq's Zipf frequencies (log10 of occurrences per billion words; wordfreq
3.1.1, data CC BY-SA 4.0, see NOTICE), needed only here (``pip install
.[build-data]``), never at run time.

Output: the most frequent words (lower case, letters and apostrophes/hyphens
only) and the numbers 0 to 2100 (years, ages, counts: wordfreq estimates
them from its digit statistics) with their Zipf frequency times 100 as an
integer, one per line
(``word<TAB>zipf100``), sorted by word; gzip with mtime 0, so a rebuild is
byte-identical. Words not in the file are rarer than every word in it.

Run: ``python scripts/build_word_weights.py [--check]``.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "warcheck" / "knowledge" / "data" / "word_weights.tsv.gz"
WORDS = 60_000
MIN_ZIPF = 2.0
NUMBERS = 2100
_WORD = re.compile(r"[a-z][a-z'-]*")


def build() -> bytes:
    """Return the gzip bytes of the table."""
    import wordfreq

    rows = []
    for word in wordfreq.top_n_list("en", WORDS, wordlist="best"):
        if not _WORD.fullmatch(word):
            continue
        zipf = wordfreq.zipf_frequency(word, "en", wordlist="best")
        if zipf >= MIN_ZIPF:
            rows.append(f"{word}\t{round(zipf * 100)}")
    for n in range(NUMBERS + 1):
        zipf = wordfreq.zipf_frequency(str(n), "en", wordlist="best")
        if zipf >= MIN_ZIPF:
            rows.append(f"{n}\t{round(zipf * 100)}")
    header = "# word\tzipf100 (wordfreq 3.1.1 Zipf frequency x 100; data CC BY-SA 4.0)\n"
    text = header + "\n".join(sorted(set(rows))) + "\n"
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
        f.write(text.encode("utf-8"))
    return buf.getvalue()


def main() -> int:
    """Write the table, or with --check compare it with the file on disk."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = ap.parse_args()
    data = build()
    if args.check:
        same = OUT.exists() and OUT.read_bytes() == data
        print("up to date" if same else f"{OUT} differs from a fresh build")
        return 0 if same else 1
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    from warcheck.errors import run_main

    sys.exit(run_main("build_word_weights.py", main))
