"""``warcheck gazetteer``: import, list and remove local gazetteers (GeoNames dumps)."""

from __future__ import annotations

import argparse
import textwrap
from typing import Any

import warcheck
from warcheck.cli.output import print_json

_DESCRIPTION = (
    "warcheck's bundled gazetteer holds every country, first-level units, every Syrian "
    "place and the larger towns of the world. To reach villages, import a GeoNames "
    "country dump: download XX.zip for a country (its ISO code, e.g. SY.zip, EG.zip) "
    "from https://download.geonames.org/export/dump/ (allCountries.zip for the whole "
    "world: large), then run 'warcheck gazetteer import XX.zip'. The file (zip or the "
    ".txt inside it) is read as a stream; its populated places and administrative "
    "units that the bundled index lacks, with their alternate names, are written to "
    "a local index in your data folder ($WARCHECK_DATA_DIR/gazetteer, else "
    "~/.local/share/warcheck/gazetteer), never into the package. Every later analysis "
    "reads it after the bundled index: a village found only there is resolved to it; "
    "a name shared with a bundled place goes to the bundled one unless the article's "
    "other places lie in the village's country or province. Nothing is downloaded "
    "by warcheck itself. GeoNames data is CC BY 4.0 (geonames.org)."
)
_EPILOG = """\
examples:
  warcheck gazetteer import SY.zip            # Syria's villages
  warcheck gazetteer import EG.txt --name egypt
  warcheck gazetteer list
  warcheck gazetteer remove egypt
"""


def add_parser(sub: Any) -> None:
    """Register the ``gazetteer`` command and its sub-commands."""
    gz = sub.add_parser(
        "gazetteer",
        help="import GeoNames country dumps to find villages (local gazetteers)",
        description=textwrap.fill(_DESCRIPTION, width=78),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = gz.add_subparsers(dest="action", metavar="ACTION")
    imp = actions.add_parser(
        "import",
        help="import a GeoNames dump (XX.zip or XX.txt)",
        description="Import a GeoNames dump (19 tab-separated columns, see "
        "download.geonames.org/export/dump/readme.txt) as a local gazetteer.",
    )
    imp.add_argument(
        "file", metavar="FILE", help="GeoNames dump: XX.zip, XX.txt or allCountries.zip"
    )
    imp.add_argument(
        "--name", help="name of the local gazetteer (default: the file's stem, e.g. SY)"
    )
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.set_defaults(run=run_import)
    ls = actions.add_parser("list", help="list the local gazetteers")
    ls.add_argument("--json", action="store_true", help="print as JSON")
    ls.set_defaults(run=run_list)
    rm = actions.add_parser("remove", help="delete a local gazetteer")
    rm.add_argument("name", help="its name, as 'warcheck gazetteer list' shows it")
    rm.set_defaults(run=run_remove)
    gz.set_defaults(run=lambda args: _usage(gz))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def run_import(args: argparse.Namespace) -> int:
    """Import a dump and report what was kept."""
    report = warcheck.import_gazetteer(args.file, name=args.name)
    if args.json:
        print_json(report)
        return 0
    print(
        f"imported {report['name']}: {report['places']} populated places and "
        f"{report['units']} administrative units from {report['read']} lines "
        f"({report['already']} already bundled) -> {report['path']}"
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    """List the local gazetteers."""
    found = warcheck.gazetteers()
    if args.json:
        print_json(found)
        return 0
    if not found:
        print("no local gazetteers (import one: warcheck gazetteer import XX.zip)")
    for g in found:
        print(
            f"{g['name']:<16} {g['rows']:>9} rows  {g['bytes'] / 1e6:7.2f} MB  "
            f"from {g.get('source', '?')} ({g.get('imported', '?')})  {g['file']}"
        )
    return 0


def run_remove(args: argparse.Namespace) -> int:
    """Delete a local gazetteer."""
    print(f"removed {warcheck.remove_gazetteer(args.name)}")
    return 0
