"""Check read/plain_english.py against py3langid on development and foreign samples.

Usage: python scripts/calibrate_plain_english.py [--data DIR]

Samples are 1,000-character windows (offsets 0, 250, ... 2000) of every
development text under DIR (default ``../shared/data``: FA-KES, the
gun-violence incidents, GeoWebNews, CASE 2021 snippets alone and six at a
time, TempEval-3) and of the seed article, and the paragraphs of
``tests/fixtures/foreign-news.json``, with and without accents, shuffled and
mixed with English FA-KES sentences (10-60% of the sentences; seed 13).
Prints how many samples pass :func:`plainly_english`, how many of those
py3langid gives another language or a probability below 1.0 (both must be
0), and the smallest margin, in e-units of the log-odds, before py3langid's
rounded probability of "en" drops below 1.0.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SENTENCE = re.compile(r"(?<=[.!?])\s+")
FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "đ": "d", "æ": "ae"})


def development_texts(data: Path) -> list[tuple[str, str]]:
    """(source, text) of every development text."""
    from warcheck.evaluation.fakes import article_text, rows

    out = [("fakes", article_text(r)) for r in rows(data / "fakes" / "fakes-train.csv")]
    with open(data / "incidents" / "gun-violence-dev.jsonl", encoding="utf-8") as f:
        out += [("gva", json.loads(line)["text"]) for line in f if line.strip()]
    for art in ET.parse(data / "geoparsing" / "geowebnews.xml").getroot().iter("article"):
        node = art.find("text")
        if node is not None and node.text:
            out.append(("gwn", node.text))
    with open(data / "case2021" / "case2021-dev.tsv", encoding="utf-8", newline="") as f:
        snippets = [r["EventSnippet"] for r in csv.DictReader(f, delimiter="\t")]
    out += [("case", s) for s in snippets]
    out += [("case6", " ".join(snippets[i : i + 6])) for i in range(0, len(snippets), 6)]
    for path in sorted((data / "tempeval3").glob("*.tml")):
        m = re.search(r"<TEXT>(.*)</TEXT>", path.read_text("utf-8"), re.S)
        out.append(("te3", re.sub(r"<[^>]+>", "", m.group(1) if m else "")))
    out.append(("seed", (ROOT / "examples" / "seed-article.txt").read_text("utf-8")))
    return out


def fold(text: str) -> str:
    """``text`` without accents."""
    decomposed = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def foreign_samples(english: list[str], rng: random.Random, size: int) -> list[tuple[str, str]]:
    """Shuffled foreign paragraphs, and mixtures with English sentences."""
    paragraphs = json.loads((ROOT / "tests" / "fixtures" / "foreign-news.json").read_text("utf-8"))
    out = []
    for lang, para in paragraphs["paragraphs"].items():
        for variant, text in (("", para), ("-ascii", fold(para))):
            sents = SENTENCE.split(text.strip())
            for _ in range(8):
                rng.shuffle(sents)
                out.append((lang + variant, (" ".join(sents) + " ") * 6))
            for share in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6):
                for _ in range(6):
                    mix: list[str] = []
                    while len(" ".join(mix)) < 2 * size:
                        pool = english if rng.random() < share else sents
                        mix.append(rng.choice(pool))
                    out.append((f"{lang}{variant}+en{share}", " ".join(mix)))
    return out


def margin(ident: object, sample: str) -> float:
    """e-units of log-odds before py3langid's rounded probability of "en" drops below 1.0."""
    import numpy as np

    enc = ident._encode(sample)  # type: ignore[attr-defined]
    raw = np.asarray(ident._raw_score(enc), dtype=np.float64) / math.sqrt(len(enc) or 1)  # type: ignore[attr-defined]
    en = list(ident.nb_classes).index("en")  # type: ignore[attr-defined]
    others = np.delete(raw, en) - raw[en]
    return math.log(5e-5) - float(np.log(np.exp(others).sum()))


def main() -> None:
    """Build the samples, run both tests, print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    from warcheck.read import article
    from warcheck.read.article import LANGUAGE_CHARS as size
    from warcheck.read.plain_english import plainly_english

    windows = []
    for src, text in development_texts(args.data):
        text = article.read(text).text
        for off in range(0, min(max(1, len(text) - size + 1), 2001), 250):
            windows.append((src, text[off : off + size]))
    english = [s for src, t in windows if src == "fakes" for s in SENTENCE.split(t) if len(s) > 40]
    samples = windows + [
        (s, t[:size]) for s, t in foreign_samples(english, random.Random(13), size)
    ]
    ident = article._identifier()
    passed: Counter[str] = Counter()
    wrong: list[tuple[str, str, float, str]] = []
    least = math.inf
    for src, sample in samples:
        if not plainly_english(sample, size):
            continue
        passed[src.split("+")[0]] += 1
        lang, prob = ident.classify(sample)
        if (lang, round(float(prob), 4)) != ("en", 1.0):
            wrong.append((src, lang, round(float(prob), 4), sample[:80]))
        least = min(least, margin(ident, sample))
    print(f"{len(samples)} samples, {sum(passed.values())} plainly English: {dict(passed)}")
    print(f"py3langid not ('en', 1.0) on {len(wrong)} of them; least margin e^{least:.2f}")
    for row in wrong:
        print("  ", row)


if __name__ == "__main__":
    main()
