#!/usr/bin/env python3
"""Build ``warcheck/knowledge/data/event_model.bin.gz``: the learned event typer.

The model (:mod:`warcheck.analysis.event_model`) is fitted by
:func:`warcheck.evaluation.event_training.fit_model` on the snippets of a CASE
2021 task-2 file, the examples of ``knowledge/data/event_examples.json`` and,
with ``--acled``, the names of the ACLED event categories file
(``acled_event_categories.csv``). The fit has no randomness and the file is
gzip with mtime 0, so the same inputs give the same bytes.

Run: ``python scripts/build_event_model.py CASE.tsv [--acled CSV] [--out FILE]``.
``--choose`` fits nothing to ship: it prints the weighing settings of
:mod:`warcheck.evaluation.case2021_choice` (chosen on the even rows and the
written sentences of ``event_sentences.json``), best first.
Cross-validated figures: ``warcheck eval case2021 CASE.tsv --cv``. A bad input
(missing, a directory, not UTF-8, not the expected columns) or an output that
cannot be written is one line on stderr and exit status 2; the output file is
written whole or not at all (a temporary file renamed into place).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "warcheck" / "knowledge" / "data" / "event_model.bin.gz"


def build(case: Path, acled: Path | None) -> bytes:
    """The model file's bytes fitted on these inputs."""
    from warcheck.evaluation.case2021 import read_snippets
    from warcheck.evaluation.event_training import (
        acled_examples,
        case_examples,
        extra_examples,
        fit_model,
    )

    examples = case_examples(read_snippets(case)) + extra_examples()
    if acled is not None:
        examples += acled_examples(acled)
    return fit_model(examples).to_bytes()


def main(argv: list[str] | None = None) -> int:
    """Fit the model and write it."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("case", type=Path, help="CASE 2021 task-2 TSV (id, EventSnippet, SubType)")
    ap.add_argument("--acled", type=Path, help="ACLED acled_event_categories.csv")
    ap.add_argument("--out", type=Path, default=OUT, help=f"output file (default {OUT})")
    ap.add_argument("--choose", action="store_true", help="print the weighing settings, best first")
    args = ap.parse_args(argv)
    from warcheck.errors import WarcheckError

    if args.choose:
        return choose(args.case)
    try:
        data = build(args.case, args.acled)
        write(args.out, data)
    except (WarcheckError, OSError) as err:
        print(f"build_event_model.py: error: {_message(err)}", file=sys.stderr)
        return 2
    print(f"{args.out}: {len(data):,} bytes")
    return 0


def choose(case: Path) -> int:
    """Print every weighing setting's weighted F1 on the choice pool, best first."""
    from warcheck.errors import WarcheckError
    from warcheck.evaluation.case2021_choice import choose as table

    try:
        rows = table(case)
    except WarcheckError as err:
        print(f"build_event_model.py: error: {err}", file=sys.stderr)
        return 2
    print("weighted F1  rule_weight  rule_base")
    for f1, weight, base in rows:
        print(f"{f1:.4f}       {weight:<11}  {base}")
    return 0


def write(out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` whole: a temporary file beside it, renamed into place."""
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise OSError(err.errno, err.strerror, str(out)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _message(err: Exception) -> str:
    if isinstance(err, OSError) and err.filename is not None:
        return f"cannot write {err.filename}: {err.strerror}"
    return str(err)


if __name__ == "__main__":
    sys.exit(main())
