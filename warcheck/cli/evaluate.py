"""``warcheck eval``: score the analysis on a public dataset file."""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import Any

import warcheck
from warcheck.cli.output import print_json, progress_if_terminal

VOCABULARIES = warcheck.vocabularies()


def add_parser(sub: Any) -> None:
    """Register the ``eval`` command."""
    metrics = "\n".join(f"  {k:<24} {v}" for k, v in VOCABULARIES["eval_metric"].items())
    ev = sub.add_parser(
        "eval",
        help="evaluate on a public dataset (fakes, case2021, incidents)",
        description=textwrap.fill(
            "Evaluate warcheck on a public dataset file and print its metrics. 'fakes' reads a "
            "FA-KES CSV (columns article_content, location, date, nb_civilians, nb_children; "
            "article_title, source, actor and cause_of_death when present): each article, its "
            "title line and content, is analysed with its outlet and without its date, and the "
            "summary is compared with the crowd's facts. 'case2021' reads a CASE 2021 task-2 TSV "
            "of snippets with ACLED sub-event types. 'incidents' reads JSON Lines articles (text, "
            "title, outlet, published, id) with a gold 'incident' key: each article is analysed, "
            "the claims are clustered into incidents and each article goes to the incident of its "
            "main claim.",
            width=78,
        ),
        epilog="metrics:\n" + metrics + "\n\nFigures measured so far: docs/evaluation.md.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ev.add_argument("dataset", choices=warcheck.DATASETS, help="dataset format of FILE")
    ev.add_argument(
        "file", metavar="FILE", help="FA-KES CSV, CASE 2021 task-2 TSV or incidents JSON Lines"
    )
    ev.add_argument("--json", action="store_true", help="print the metrics as JSON")

    ev.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Evaluate and print the metrics."""
    result = warcheck.evaluate(args.dataset, args.file, progress=progress_if_terminal())
    if args.json:
        print_json(result)
    else:
        sys.stdout.write(warcheck.format_evaluation(result))
    return 0
