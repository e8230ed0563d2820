"""Check casualty figures against FA-KES crowd facts (development only).

Run from the repository root:
``python scripts/dev_casualties.py [--errors even|odd] [--key civilians] [--n 30]``.
Design on even rows, check on odd rows; reports exact-match accuracy of
nb_civilians, nb_children, nb_women and nb_noncivilians and the mean time per
article of find_casualties + headline_figures.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warcheck.analysis.casualties import find_casualties
from warcheck.analysis.tolls import headline_figures  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "fakes" / "fakes-train.csv"
KEYS = {
    "civilians": "nb_civilians",
    "children": "nb_children",
    "women": "nb_women",
    "noncivilians": "nb_noncivilians",
}


def main() -> None:
    """Print accuracy per split and, optionally, errors of one split."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--errors", choices=["even", "odd"], default=None)
    ap.add_argument("--key", default="civilians")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with open(args.data, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    texts = [r["article_content"] for r in rows]
    preds = [headline_figures(find_casualties(t), t) for t in texts]  # also warms caches
    runs = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for t in texts:
            headline_figures(find_casualties(t), t)
        runs.append((time.perf_counter() - t0) * 1000 / len(texts))
    for name, idx in (
        ("even", range(0, len(rows), 2)),
        ("odd", range(1, len(rows), 2)),
        ("all", range(len(rows))),
    ):
        accs = []
        for k, col in KEYS.items():
            ok = sum(1 for i in idx if getattr(preds[i], k) == int(rows[i][col]))
            accs.append(f"{k}={ok / len(idx):.3f}")
        print(f"{name:4s} (n={len(idx)}): " + " ".join(accs))
    zero = [sum(1 for r in rows if r[col] == "0") / len(rows) for col in KEYS.values()]
    print(
        "all-zero baseline (all rows): "
        + " ".join(f"{k}={z:.3f}" for k, z in zip(KEYS, zero, strict=True))
    )
    print(
        f"mean time per article: best {min(runs):.3f} ms, median {statistics.median(runs):.3f}"
        f" ms over {args.repeat} runs (find_casualties + headline_figures)"
    )
    if args.errors:
        start = 0 if args.errors == "even" else 1
        col = KEYS[args.key]
        shown = 0
        for i in range(start, len(rows), 2):
            gold = int(rows[i][col])
            if getattr(preds[i], args.key) != gold and shown < args.n:
                shown += 1
                text = rows[i]["article_content"]
                print(
                    f"\n### row {i} gold={gold} pred={getattr(preds[i], args.key)}  {text[:300]!r}"
                )
                for c in find_casualties(text):
                    print(f"   {c.start:5d} [{c.text}] {c.outcome} {c.group} {c.min}-{c.max}")


if __name__ == "__main__":
    from warcheck.errors import run_main

    sys.exit(run_main("dev_casualties.py", main))
