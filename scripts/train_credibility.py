"""Train the credibility models on a FA-KES training CSV and write the shipped model file.

Usage: python scripts/train_credibility.py TRAIN.csv [--out FILE]

Writes ``warcheck/credibility/fakes-model.json`` (or FILE): the full model and
the model without the outlet's name and camp, each with its model and setting
chosen by 5-fold stratified cross-validation (fixed seed) on TRAIN.csv only, and the
cross-validated scores. No randomness beyond the seeded folds: the same file
gives the same bytes. The shipped file was trained on FA-KES's fakes-train.csv.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from warcheck.evaluation.credibility import build_model

OUT = Path(__file__).resolve().parent.parent / "warcheck" / "credibility" / "fakes-model.json"


def main(argv: list[str] | None = None) -> int:
    """Train and write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", metavar="TRAIN.csv")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.write_text(build_model(args.train), "utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    from warcheck.errors import run_main

    sys.exit(run_main("train_credibility.py", main))
