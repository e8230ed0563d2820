"""Hash the JSON output of the seed article and of every article of a FA-KES-format CSV.

Usage: python scripts/output_hashes.py [FAKES.csv] [--out FILE] [--compare FILE]

Used around refactors: record the hashes before a change and compare after
it; a refactor that is meant to move code must leave every hash unchanged.
Each line is ``<name> <sha256 of the canonical JSON>``; the last line is the
hash of all of them. Articles are read as ``warcheck eval fakes`` reads them
(title line and content, with the outlet).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT = ROOT.parent / "shared" / "data" / "fakes" / "fakes-train.csv"


def digest(doc: object) -> str:
    """Return the sha256 of a JSON document written canonically."""
    text = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def hashes(path: Path) -> list[tuple[str, str]]:
    """Return (name, hash) for the seed and every row of ``path``."""
    import warcheck
    from warcheck.evaluation.fakes import article_text, rows

    seed = (ROOT / "examples" / "seed-article.txt").read_text("utf-8")
    out = [("seed", digest(warcheck.analyze(seed, published="2017-10-05").to_dict()))]
    for i, row in enumerate(rows(path)):
        try:
            doc = warcheck.analyze(article_text(row), outlet=row.get("source") or None).to_dict()
        except warcheck.WarcheckError as err:
            doc = {"error": str(err)}
        out.append((f"row{i}", digest(doc)))
    return out


def main() -> int:
    """Print or compare the hashes."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--out", type=Path, help="write the hashes to this file")
    ap.add_argument("--compare", type=Path, help="compare with hashes written earlier")
    args = ap.parse_args()
    found = hashes(args.csv)
    total = hashlib.sha256("".join(h for _, h in found).encode()).hexdigest()
    lines = [f"{name} {h}" for name, h in found] + [f"all {total}"]
    if args.out:
        args.out.write_text("\n".join(lines) + "\n")
    if args.compare:
        before = dict(line.split() for line in args.compare.read_text().splitlines())
        changed = [n for n, h in found if before.get(n) != h]
        print(f"{len(found)} documents, {len(changed)} changed: {' '.join(changed[:20])}")
        return 1 if changed else 0
    print(f"all {total}")
    return 0


if __name__ == "__main__":
    from warcheck.errors import run_main

    sys.exit(run_main("output_hashes.py", main))
