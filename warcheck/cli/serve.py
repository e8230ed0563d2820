"""``warcheck serve``: the local web app and REST API over a store."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import warcheck

_EPILOG = """\
examples:
  warcheck serve --db war.db                      # http://127.0.0.1:8000/, read-only
  warcheck serve --db war.db --writable           # the analyse page stores what it analyses
  warcheck serve --db war.db --tile-url 'https://tile.example.org/{z}/{x}/{y}.png'
  warcheck serve --db war.db --host 0.0.0.0 --allow-remote   # the whole network can read it

The pages work offline: Leaflet is bundled and the map has no background tiles
unless --tile-url is given. The API is under /api/, its OpenAPI document at /openapi.json.
"""


def add_parser(sub: Any) -> None:
    """Register the ``serve`` command."""
    sv = sub.add_parser(
        "serve",
        help="a local web app and REST API over a store",
        description="Serve the store's incidents, articles, claims, actors and outlets as web "
        "pages and a REST API. Read-only and on loopback unless told otherwise.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sv.add_argument(
        "--db",
        default="warcheck.db",
        metavar="FILE|URL",
        help="the store's SQLite file (default: warcheck.db; must exist) or postgresql:// URL",
    )
    sv.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    sv.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    sv.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a --host other than loopback (prints a warning)",
    )
    sv.add_argument(
        "--writable",
        action="store_true",
        help="store articles posted to the analyse page and POST /api/analyze",
    )
    sv.add_argument(
        "--tile-url",
        default="",
        metavar="URL",
        help="Leaflet tile URL template for the maps (default: none, offline)",
    )
    sv.add_argument(
        "--tile-attribution",
        default="",
        metavar="TEXT",
        help="the attribution the tile provider requires",
    )
    sv.add_argument(
        "--max-upload",
        type=int,
        default=2_000_000,
        metavar="BYTES",
        help="largest request body accepted (default: 2000000)",
    )
    sv.set_defaults(run=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    """Start the server (needs the ``web`` extra: ``pip install 'warcheck[web]'``)."""
    try:
        from warcheck.web import Settings
        from warcheck.web.server import serve
    except ImportError as err:
        raise warcheck.InputError(
            f"warcheck serve needs the web extra ({err.name} is missing): "
            "python3 -m pip install 'warcheck[web]'"
        ) from None
    settings = Settings(
        db=args.db if "://" in args.db else Path(args.db),  # a Path would fold a URL's "//"
        writable=args.writable,
        tile_url=args.tile_url,
        tile_attribution=args.tile_attribution,
        max_upload=args.max_upload,
    )
    serve(settings, host=args.host, port=args.port, allow_remote=args.allow_remote)
    return 0
