"""``warcheck ingest``, ``search`` and ``export``: the corpus store from the command line."""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import warcheck
from warcheck.cli.incidents import add_partition_option
from warcheck.cli.limits import add_limit_options, limits
from warcheck.cli.output import print_json
from warcheck.cli.progress import Progress

VOCABULARIES = warcheck.vocabularies()
COLUMN_FIELDS = tuple(f.name for f in dataclasses.fields(warcheck.ColumnMap))
"""The fields a ``--FIELD-column`` option names: those of :class:`warcheck.ColumnMap`."""
_DB_HELP = (
    "the store: a SQLite file (default: warcheck.db; created when missing) or a "
    "postgresql://USER@HOST:PORT/DB URL ('?host=/socket/dir' for a local socket)"
)

_INGEST_EPILOG = """\
examples:
  warcheck ingest fakes-train.csv                  # FA-KES layout: columns recognised
  warcheck ingest crawl.warc.gz feeds/ --db war.db --workers 2
  warcheck ingest big.parquet --scheduler tcp://10.0.0.5:8786  # on a Dask cluster
  warcheck ingest articles.jsonl --outlet Reuters  # outlet for items that name none
  warcheck ingest table.csv --text-column body --published-column day
  curl -s https://example.org/feed.xml | warcheck ingest - --format rss

An article already in the store (same canonical text, outlet and URL) is not
stored again, so rerunning an interrupted command resumes it. The same text
under another outlet is stored as a syndicated copy, linked to its twin.
The new articles' claims are then grouped into incidents and graded (see
'warcheck report'; --no-crosscheck skips it).
Exit status: 0 all stored or already there, 1 some items skipped (each
reported on stderr with where it is and why), 2 bad usage.
"""


def add_parser(sub: Any) -> None:
    """Register the ``ingest``, ``search`` and ``export`` commands."""
    _add_ingest(sub)
    se = sub.add_parser(
        "search",
        help="full-text search over the stored articles and claims",
        description=(
            "Search the store's articles (titles and texts) and claims with SQLite FTS5: "
            'words, "a phrase", OR, NOT, prefix*. Matches are shown between [ and ].'
        ),
    )
    se.add_argument("query", metavar="QUERY", help="what to look for, e.g. 'Aleppo barrel*'")
    se.add_argument("--db", default="warcheck.db", metavar="FILE|URL", help=_DB_HELP)
    se.add_argument("--limit", type=int, default=20, help="at most this many articles and claims")
    se.add_argument("--format", choices=("text", "json"), default="text")
    se.set_defaults(run=run_search)

    formats = "\n".join(f"  {k:<10} {v}" for k, v in VOCABULARIES["export_format"].items())
    ex = sub.add_parser(
        "export",
        help="write the store as JSON Lines, ACLED-style CSV or GeoJSON",
        description="Stream the store in an analysts' format to standard output or --out.",
        epilog="formats:\n" + formats,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ex.add_argument("--db", default="warcheck.db", metavar="FILE|URL", help=_DB_HELP)
    ex.add_argument("--format", required=True, choices=tuple(VOCABULARIES["export_format"]))
    ex.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    ex.set_defaults(run=run_export)


def _add_ingest(sub: Any) -> None:
    formats = "input format (default auto: detected per source); see 'warcheck vocab input_format'"
    ing = sub.add_parser(
        "ingest",
        help="analyse many articles and store them in a corpus database",
        description=(
            "Read every article of the SOURCEs (files, folders read recursively, '-' for stdin, "
            "http(s) URLs; plain text, HTML, CSV, JSON Lines, RSS/Atom, WARC; gzip too), "
            "analyse each and store it with its chain of custody in one SQLite file or PostgreSQL "
            "database."
        ),
        epilog=_INGEST_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ing.add_argument("sources", nargs="+", metavar="SOURCE", help="file, folder, '-' or URL")
    ing.add_argument(
        "--db", metavar="FILE|URL", help=_DB_HELP + "; with --out-parquet: only if given"
    )
    ing.add_argument(
        "--format", default="auto", choices=tuple(VOCABULARIES["input_format"]), help=formats
    )
    ing.add_argument("--outlet", metavar="NAME", help="outlet of items that name none")
    ing.add_argument("--published", metavar="YYYY-MM-DD", help="date of items that give none")
    ing.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="analysis processes (default 1; 0: none, analyse in the writer's process)",
    )
    _add_scale_options(ing)
    ing.add_argument("--fetch-links", action="store_true", help="read each feed entry's page")
    ing.add_argument("--allow-private", action="store_true", help="allow private-address URLs")
    ing.add_argument("--quiet", action="store_true", help="no progress bar, only problems")
    add_limit_options(ing)
    ing.add_argument(
        "--no-crosscheck",
        action="store_true",
        help="store only; do not group the new claims into incidents (run 'warcheck crosscheck')",
    )
    add_partition_option(ing)
    for field in COLUMN_FIELDS:
        ing.add_argument(
            f"--{field}-column", metavar="NAME", help=f"CSV column / JSON key of the {field}"
        )
    ing.set_defaults(run=run_ingest)


def _add_scale_options(ing: Any) -> None:
    """``--scheduler`` (a Dask cluster) and ``--out-parquet``/``--shard-items`` (Parquet shards)."""
    ing.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="analyse on this existing Dask cluster, e.g. tcp://HOST:8786 (pip install "
        "'warcheck[dask]'); this process reads and writes; --workers is then ignored",
    )
    ing.add_argument(
        "--out-parquet",
        metavar="DIR",
        help="write the analysed rows as Parquet shards (articles/, claims/, mentions/) under "
        "DIR instead of the database (besides it with --db); a rerun skips written shards",
    )
    ing.add_argument(
        "--shard-items",
        type=int,
        default=1000,
        metavar="N",
        help="input items per Parquet shard (default 1000; keep it when resuming)",
    )


def _again(
    args: argparse.Namespace, columns: warcheck.ColumnMap | None
) -> Callable[[], Iterator[Any] | None]:
    """The sources' items read again, for the bar's total: local files and folders only.

    Standard input cannot be read twice and URLs are not fetched twice: with
    either, no total. Feeds are read without fetching their links (one item
    per entry either way).
    """

    def again() -> Iterator[Any] | None:
        if any(s == "-" or "://" in s for s in args.sources):
            return None
        return warcheck.read_items(args.sources, format=args.format, columns=columns)

    return again


def run_ingest(args: argparse.Namespace) -> int:
    """Ingest the sources; print the summary; exit 1 when some items were skipped."""
    if args.workers < 0:
        raise warcheck.InputError("--workers must be 0 (analyse in this process) or more")
    if args.partition and args.no_crosscheck:
        raise warcheck.InputError("--partition is for the cross-check; --no-crosscheck skips it")
    if args.published is not None:
        args.published = warcheck.check_published(args.published, "--published")
    given = warcheck.ColumnMap(**{f: getattr(args, f"{f}_column") for f in COLUMN_FIELDS})
    columns = given if given.given() else None
    passed: Counter[str] = Counter()
    items = warcheck.read_items(
        args.sources,
        format=args.format,
        columns=columns,
        fetch_links=args.fetch_links,
        allow_private=args.allow_private,
        skipped=passed,
    )
    items = _not_empty(items, args.sources, passed)
    progress = Progress(sys.stderr, show=False if args.quiet else None)
    progress.count(_again(args, columns))
    if args.out_parquet and args.db is None:
        report = _ingest(args, items, progress, None)
        checked, where = None, args.out_parquet
    else:
        args.db = args.db or "warcheck.db"
        with warcheck.Store.open(args.db) as store:
            report = _ingest(args, items, progress, store)
            checked = None
            if not args.no_crosscheck:
                checked = warcheck.cross_check(store, partition=args.partition)
        where = args.db + (f" and {args.out_parquet}" if args.out_parquet else "")
    passed_over = ", ".join(f"{n} {why}" for why, n in sorted(passed.items()))
    note = f" (passed over: {passed_over})" if passed_over else ""
    print(f"{where}: {report.summary()}{note}", file=sys.stderr)
    if checked is not None:
        print(
            f"{args.db}: {checked.incidents} incidents updated from {checked.new_articles} new "
            "articles",
            file=sys.stderr,
        )
    return 1 if report.skipped else 0


def _not_empty(items: Iterator[Any], sources: list[str], passed: Counter[str]) -> Iterator[Any]:
    """The items, or an input error (exit 2, no store made) when the sources hold none."""
    first = next(items, None)
    if first is None:
        over = ", ".join(f"{n} {why}" for why, n in sorted(passed.items()))
        note = f" (passed over: {over})" if over else ""
        raise warcheck.InputError(f"0 articles found in {', '.join(sources)}{note}")
    return itertools.chain([first], items)


def _ingest(args: argparse.Namespace, items: Any, progress: Progress, store: Any) -> Any:
    """Into the store, or Parquet shards (and the store when there is one); the report."""
    common = {
        "outlet": args.outlet,
        "published": args.published,
        "workers": args.workers,
        "on_result": progress,
        "scheduler": args.scheduler,
        "limits": limits(args),
    }
    try:
        if args.out_parquet:
            return warcheck.ingest_parquet(
                items, args.out_parquet, shard_items=args.shard_items, store=store, **common
            )
        return store.ingest(items, **common)
    finally:
        progress.done()


def run_search(args: argparse.Namespace) -> int:
    """Print the hits, or the JSON list of them."""
    with warcheck.Store.open(args.db, create=False) as store:
        hits = store.search(args.query, limit=args.limit)
    if args.format == "json":
        print_json({"query": args.query, "hits": [h.to_dict() for h in hits]})
        return 0
    if not hits:
        print(f"no matches for {args.query!r}")
    for hit in hits:
        where = f"article {hit.article_id}" + (f", claim {hit.claim_id}" if hit.claim_id else "")
        about = " · ".join(str(v) for v in (hit.outlet, hit.published, hit.event_type) if v)
        print(f"{where}  {about}\n  {hit.title or ''}\n  {hit.snippet}\n")
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Stream the export to --out or standard output.

    ``--out`` is written whole or not at all: the export goes to ``FILE.part``,
    renamed over ``FILE`` when it is complete, so a failed or interrupted export
    leaves an existing ``FILE`` as it was.
    """
    with warcheck.Store.open(args.db, create=False) as store:
        if args.out is None:
            store.export(args.format, sys.stdout)
            return 0
        part = f"{args.out}.part"
        try:
            out = open(part, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as err:
            raise warcheck.InputError(f"cannot write {args.out}: {err.strerror}") from None
        try:
            with out:
                n = store.export(args.format, out)
            os.replace(part, args.out)
        except OSError as err:
            Path(part).unlink(missing_ok=True)
            raise warcheck.InputError(f"cannot write {args.out}: {err.strerror}") from None
        except BaseException:
            Path(part).unlink(missing_ok=True)
            raise
    print(f"{args.out}: {n} records", file=sys.stderr)
    return 0
