#!/usr/bin/env python3
"""Development check of the main place (``warcheck.analysis.main_place``) against FA-KES locations.

FA-KES (Abu Salem et al., ICWSM 2019, CC BY 4.0) gives each article's governorate.
Rules are designed on even rows and checked on odd rows; both figures are printed,
with the naive "first governorate named" baseline, for two inputs: title line +
content (``title_end`` = end of the title line), and the content alone.

Run: ``python scripts/dev_main_place.py [CSV] [--errors N]``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from warcheck.analysis import places  # noqa: E402
from warcheck.model import PlaceMention  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "fakes" / "fakes-train.csv"
# warcheck governorate -> FA-KES location value (Rif Dimashq counts as damascus).
FAKES = {
    "Aleppo": "aleppo", "Damascus": "damascus", "Rif Dimashq": "damascus", "Idlib": "idlib",
    "Deir ez-Zor": "deir ezzor", "Raqqa": "raqqa", "Homs": "homs", "Hasakah": "hasakeh",
    "Hama": "hama", "Daraa": "daraa", "Latakia": "lattakia", "Quneitra": "quneitra",
    "Tartus": "tartous", "As-Suwayda": "suwayda",
}  # fmt: skip

Picker = Callable[[Sequence[PlaceMention], str, int], PlaceMention | None]


def first_governorate(
    found: Sequence[PlaceMention], text: str, title_end: int = 0
) -> PlaceMention | None:
    """The naive baseline: the first mention in a Syrian governorate."""
    return next((m for m in found if places.governorate(m)), None)


def label(m: PlaceMention | None) -> str | None:
    gov = places.governorate(m) if m else None
    return FAKES.get(gov) if gov else None


def evaluate(
    rows: list[dict[str, str]], pick: Picker, with_title: bool
) -> tuple[float, float, list]:
    hits = [[0, 0], [0, 0]]
    errors = []
    for i, r in enumerate(rows):
        title = r["article_title"].strip()
        text = f"{title}\n\n{r['article_content']}" if with_title else r["article_content"]
        title_end = len(title) if with_title else 0
        got = label(pick(places.find_places(text), text, title_end))
        gold = r["location"].strip().lower()
        hits[i % 2][0] += got == gold
        hits[i % 2][1] += 1
        if got != gold and i % 2 == 0:
            errors.append((i, gold, got, title))
    return hits[0][0] / hits[0][1], hits[1][0] / hits[1][1], errors


def main(argv: list[str] | None = None) -> int:
    """Print accuracy on even and odd rows for the baseline and ``main_place``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--errors", type=int, default=0, help="print N errors on even rows")
    args = ap.parse_args(argv)
    csv.field_size_limit(sys.maxsize)
    with open(args.csv, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for with_title in (True, False):
        form = "title + content" if with_title else "content only"
        for name, pick in (
            ("first governorate", first_governorate),
            ("main_place", places.main_place),
        ):
            even, odd, errors = evaluate(rows, pick, with_title)
            print(f"{form:16} {name:18} even {even:.3f}  odd {odd:.3f}  (n={len(rows)})")
        if with_title:
            for i, gold, got, title in errors[: args.errors]:
                print(f"   row {i}: gold={gold} got={got} | {title[:90]}")
    return 0


if __name__ == "__main__":
    from warcheck.errors import run_main

    sys.exit(run_main("dev_main_place.py", main))
