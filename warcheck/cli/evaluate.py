"""``warcheck eval``: score the analysis on a public dataset file."""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import Any

import warcheck
from warcheck.cli.output import print_json, progress_if_terminal

VOCABULARIES = warcheck.vocabularies()


_DESCRIPTION = (
    "Evaluate warcheck on a public dataset file and print its metrics. 'fakes' reads a "
    "FA-KES CSV (columns article_content, location, date, nb_civilians, nb_children; "
    "article_title, source, actor and cause_of_death when present): each article, its "
    "title line and content, is analysed with its outlet and without its date, and the "
    "summary is compared with the crowd's facts. 'case2021' reads a CASE 2021 task-2 TSV "
    "of snippets with ACLED sub-event types. 'main-event' reads JSON Lines of articles "
    "with a hand-read main event (benchmarks/main_event/) and scores the summary's "
    "main event field by field; --half picks half a or b (c1 or c2 of the unseen "
    "set), --csv, --jsonl and --xml give the FA-KES CSV, JSON Lines and GeoWebNews "
    "files its rows, records and articles refer to. "
    "'incidents' reads JSON Lines articles (text, "
    "title, outlet, published, id) with a gold 'incident' key: each article is analysed, "
    "the claims are clustered into incidents and each article goes to the incident of its "
    "main claim. "
    "'geoparsing' reads a GeoWebNews XML file "
    "(articles with annotated toponyms, offsets and coordinates): the place stage runs on "
    "each article and its place mentions are scored for detection (exact and overlapping "
    "spans) and resolution (within 161 km). "
    "'credibility' trains the credibility model on --train (a FA-KES CSV with labels) and "
    "scores it on --test: accuracy, F1, ROC AUC and Brier score with and without the "
    "outlet's name and camp, leave-one-outlet-out on the training file, a reliability "
    "table, and per article the probability and its top reasons (--json)."
)


def add_parser(sub: Any) -> None:
    """Register the ``eval`` command."""
    metrics = "\n".join(f"  {k:<24} {v}" for k, v in VOCABULARIES["eval_metric"].items())
    ev = sub.add_parser(
        "eval",
        help="evaluate on a dataset (" + ", ".join(warcheck.DATASETS) + ")",
        description=textwrap.fill(_DESCRIPTION, width=78),
        epilog="metrics:\n" + metrics + "\n\nFigures measured so far: docs/evaluation.md.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ev.add_argument("dataset", choices=warcheck.DATASETS, help="dataset format of FILE")
    ev.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        help="FA-KES CSV, CASE 2021 TSV, JSON Lines or GeoWebNews XML (credibility: --test)",
    )
    ev.add_argument("--json", action="store_true", help="print the metrics as JSON")
    ev.add_argument(
        "--half",
        choices=("all", "a", "b", "c1", "c2", "even", "odd"),
        default="all",
        help="half to score: main-event a or b (unseen set: c1 or c2); "
        "geoparsing even (development) or odd (held out)",
    )
    ev.add_argument(
        "--csv", metavar="CSV", help="main-event: the FA-KES-format CSV whose rows items refer to"
    )
    ev.add_argument(
        "--jsonl",
        metavar="JSONL",
        help="main-event: the JSON Lines articles (id, text, title...) items refer to",
    )
    ev.add_argument(
        "--xml", metavar="XML", help="main-event: the GeoWebNews XML whose articles items refer to"
    )
    ev.add_argument("--train", metavar="CSV", help="credibility: the labelled training CSV")
    ev.add_argument("--test", metavar="CSV", help="credibility: the labelled test CSV")
    ev.add_argument(
        "--cv",
        action="store_true",
        help="case2021: k-fold cross-validation of the rules, the event model and both, "
        "and the model trained on the even rows scored on the odd rows",
    )
    ev.add_argument("--folds", type=int, default=5, help="--cv: number of folds (default 5)")
    ev.add_argument("--seed", type=int, default=0, help="--cv: seed fixing the folds (default 0)")
    ev.set_defaults(run=run, parser=ev)


def run(args: argparse.Namespace) -> int:
    """Evaluate and print the metrics."""
    path = args.test or args.file
    if path is None:
        args.parser.error("give FILE (credibility: --test CSV)")
    result = warcheck.evaluate(
        args.dataset,
        path,
        progress=progress_if_terminal(),
        half=args.half,
        csv=args.csv,
        jsonl=args.jsonl,
        xml=args.xml,
        train=args.train,
        cv=args.cv,
        folds=args.folds,
        seed=args.seed,
    )
    if args.json:
        print_json(result)
    else:
        sys.stdout.write(warcheck.format_evaluation(result))
    return 0
