"""``warcheck vocab`` and ``warcheck schema``: the closed vocabularies and the output schema."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import warcheck
from warcheck.cli.output import print_json

VOCABULARIES = warcheck.vocabularies()


def add_parser(sub: Any) -> None:
    """Register the ``vocab`` and ``schema`` commands."""
    vo = sub.add_parser(
        "vocab",
        help="list the closed vocabularies and what each term means",
        description="Print warcheck's closed vocabularies with a one-line definition per term.",
    )
    vo.add_argument("name", nargs="?", choices=sorted(VOCABULARIES), help="one vocabulary")
    vo.add_argument("--json", action="store_true", help="print as JSON")

    vo.set_defaults(run=run_vocab)
    sc = sub.add_parser("schema", help="print the JSON Schema of the analysis output")
    sc.set_defaults(run=run_schema)


def run_vocab(args: argparse.Namespace) -> int:
    """Print one or every vocabulary with its definitions."""
    chosen = {args.name: VOCABULARIES[args.name]} if args.name else VOCABULARIES
    if args.json:
        print_json(chosen)
        return 0
    for name, terms in chosen.items():
        print(name)
        width = max(len(t) for t in terms)
        for term, definition in terms.items():
            print(f"  {term:<{width}}  {definition}")
        print()
    return 0


def run_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of the analysis document."""
    sys.stdout.write(warcheck.json_schema())
    return 0
