"""The ``warcheck`` command line: a thin layer over the library.

Every command prints a readable report by default and JSON with
``--format json`` / ``--json``. Problems with the input are one line on
stderr and exit code 2; nothing is half-written to stdout.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import warcheck
from warcheck.cli import (
    analyze,
    assess,
    corpus,
    evaluate,
    gazetteer,
    incidents,
    reference,
    references,
    serve,
)

_EPILOG = """\
examples:
  warcheck analyze examples/seed-article.txt --published 2017-10-05
  warcheck analyze https://example.org/news.html --format json
  cat article.txt | warcheck analyze - --outlet "ANHA"
  warcheck eval fakes fakes-train.csv --json
  warcheck eval case2021 case2021-dev.tsv
  warcheck ingest fakes-train.csv --db war.db && warcheck search Aleppo --db war.db
  warcheck report --db war.db --grade contested
  warcheck export --db war.db --format geojson --out claims.geojson
  warcheck reference import acled.csv --db war.db
  warcheck gazetteer import SY.zip       # villages from a GeoNames dump
  warcheck vocab event_type
  warcheck serve --db war.db           # web app on http://127.0.0.1:8000/

Every extracted item carries start/end character offsets into the article
text. JSON output follows the schema printed by `warcheck schema`.
"""


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for all sub-commands."""
    parser = argparse.ArgumentParser(
        prog="warcheck",
        description=(
            "Read conflict news and show, claim by claim, who says what happened, "
            "on whose word, and who else reports it. warcheck grades sourcing; it "
            "never declares what is true."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"warcheck {warcheck.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands = (analyze, corpus, incidents, assess, evaluate, gazetteer, reference, references)
    for module in (*commands, serve):
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(args.run(args))
    except warcheck.WarcheckError as err:
        print(f"warcheck: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("warcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
