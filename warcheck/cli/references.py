"""``warcheck reference import``: ACLED and UCDP GED events into the store, for the cross-check."""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterator
from typing import Any

import warcheck
from warcheck.cli.output import print_json

VOCABULARIES = warcheck.vocabularies()
_DB_HELP = (
    "the store: a SQLite file (default: warcheck.db; created when missing) or a "
    "postgresql://USER@HOST:PORT/DB URL ('?host=/socket/dir' for a local socket)"
)
_EPILOG = """\
examples:
  warcheck reference import acled-syria-2017.csv --db war.db
  warcheck reference import ged231.csv.gz --db war.db --format ucdp --json

An event already stored (same dataset and upstream id, same content) is not
stored again; one a later export revised is updated. Exit status: 0 every row
read, 1 some rows skipped (each reported on stderr with its row number),
2 bad usage or a file that is neither format.
"""


def add_parser(sub: Any) -> None:
    """Register the ``reference`` command and its ``import`` sub-command."""
    ref = sub.add_parser(
        "reference",
        help="reference event data (ACLED, UCDP GED) the cross-check matches claims to",
        description="Reference event datasets the cross-check matches claims to.",
    )
    actions = ref.add_subparsers(dest="action", metavar="ACTION", required=True)
    formats = "\n".join(f"  {k:<6} {v}" for k, v in VOCABULARIES["reference_format"].items())
    imp = actions.add_parser(
        "import",
        help="store the events of an ACLED CSV export or a UCDP GED CSV file",
        description="Read an ACLED or UCDP GED CSV file (gzip too) and store its events.",
        epilog=_EPILOG + "\nformats:\n" + formats,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("file", metavar="FILE", help="the CSV file (.csv or .csv.gz)")
    imp.add_argument("--db", default="warcheck.db", metavar="FILE|URL", help=_DB_HELP)
    imp.add_argument(
        "--format", default="auto", choices=tuple(VOCABULARIES["reference_format"]), help="dataset"
    )
    imp.add_argument("--json", action="store_true", help="print the counts as JSON")
    imp.set_defaults(run=run_import)


class _Counted:
    """The events of a reading as store rows, problems reported and counted on the way."""

    def __init__(self, items: Iterator[Any]) -> None:
        self.items = items
        self.read = 0
        self.skipped = 0

    def rows(self) -> Iterator[dict[str, Any]]:
        for item in self.items:
            if isinstance(item, warcheck.Problem):
                self.skipped += 1
                print(f"warcheck: skipped {item}", file=sys.stderr)
                continue
            self.read += 1
            yield item.to_row()


def run_import(args: argparse.Namespace) -> int:
    """Import the file's events; print the counts; exit 1 when rows were skipped."""
    items = warcheck.read_reference(args.file, format=args.format)
    first = next(items, None)  # a file that is not the format fails here, before the store
    counted = _Counted(itertools.chain([first] if first is not None else [], items))
    with warcheck.Store.open(args.db) as store:
        changed = store.import_reference(counted.rows(), file=args.file)
    result = {
        "file": args.file,
        "db": args.db,
        "read": counted.read,
        "stored": changed,
        "already": counted.read - changed,
        "skipped": counted.skipped,
    }
    if args.json:
        print_json(result)
    else:
        print(
            f"{args.file}: {counted.read} events read, {changed} stored or updated, "
            f"{counted.read - changed} already there, {counted.skipped} rows skipped"
        )
    return 1 if counted.skipped else 0
