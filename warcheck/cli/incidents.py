"""``warcheck crosscheck`` and ``warcheck report``: incidents, origins, contradictions, grades."""

from __future__ import annotations

import argparse
import datetime
import sys
from typing import Any

import warcheck
from warcheck.cli.output import print_json

VOCABULARIES = warcheck.vocabularies()
_DB_HELP = "the store: a SQLite file (default: warcheck.db) or a postgresql://USER@HOST:PORT/DB URL"
FILTERS = ("date_from", "date_to", "place", "actor", "event_type", "grade", "outlet", "camp")

_REPORT_EPILOG = """\
examples:
  warcheck report --db war.db                          # every incident, latest first
  warcheck report --db war.db --grade contested --date-from 2017-04-01 --date-to 2017-04-30
  warcheck report --db war.db --incident 328 --format json

Grades (warcheck vocab grade): confirmed, fair, weak, contested, discounted,
not_assessed. An incident is contested when any of its claims is, else it
takes its claims' best grade. warcheck grades sourcing and corroboration; it
never declares what is true.
"""


def add_parser(sub: Any) -> None:
    """Register the ``crosscheck`` and ``report`` commands."""
    cc = sub.add_parser(
        "crosscheck",
        help="group the store's claims into incidents, find copies and contradictions, grade",
        description=(
            "Cluster the stored claims into incidents, tell independent origins from copies, "
            "name the contradictions and grade every claim with its evidence. 'warcheck ingest' "
            "does this for the articles it adds; run it to redo everything (--full)."
        ),
    )
    cc.add_argument("--db", default="warcheck.db", metavar="FILE|URL", help=_DB_HELP)
    cc.add_argument("--full", action="store_true", help="redo every incident, not only new ones")
    add_partition_option(cc)
    cc.add_argument(
        "--workers", type=int, default=1, metavar="N", help="processes for the partitions (1)"
    )
    cc.add_argument("--json", action="store_true", help="print the counts as JSON")
    cc.set_defaults(run=run_crosscheck)

    rep = sub.add_parser(
        "report",
        help="show incidents with their claims, sources, grades and contradictions",
        description="Print the store's incidents (or one) as readable text or JSON.",
        epilog=_REPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rep.add_argument("--db", default="warcheck.db", metavar="FILE|URL", help=_DB_HELP)
    rep.add_argument("--incident", type=int, metavar="ID", help="only this incident")
    rep.add_argument("--format", choices=("text", "json"), default="text")
    rep.add_argument("--limit", type=int, default=50, help="at most this many incidents (50)")
    rep.add_argument("--offset", type=int, default=0, help="skip this many first")
    rep.add_argument("--grade", choices=tuple(VOCABULARIES["grade"]), help="only this grade")
    rep.add_argument("--event-type", choices=tuple(VOCABULARIES["event_type"]), metavar="TYPE")
    for name in ("date_from", "date_to"):
        rep.add_argument(f"--{name.replace('_', '-')}", metavar="YYYY-MM-DD", dest=name)
    for name in ("place", "actor", "outlet", "camp"):
        rep.add_argument(f"--{name}", metavar=name.upper(), help=f"only incidents with this {name}")
    rep.set_defaults(run=run_report)


def add_partition_option(parser: Any) -> None:
    """``--partition months|blocks``, for ``crosscheck`` and the cross-check ``ingest`` runs."""
    parser.add_argument(
        "--partition",
        choices=("months", "blocks"),
        help="cluster by partitions: months (an incremental run reads only the months the new "
        "articles reach; links across months are lost) or blocks (exact, reads everything); "
        "switching to or from it, run once with --full",
    )


def run_crosscheck(args: argparse.Namespace) -> int:
    """Cross-check the store; print what was done."""
    with warcheck.Store.open(args.db, create=False) as store:
        partition = args.partition or ("blocks" if args.workers > 1 else None)
        report = warcheck.cross_check(
            store, full=args.full, partition=partition, workers=args.workers
        )
        total = store.count("incidents")
    if args.json:
        print_json({**vars(report), "incidents_in_store": total})
    else:
        print(summary(args.db, report, total))
    return 0


def summary(db: str, report: warcheck.CrosscheckReport, total: int) -> str:
    """One line on what a cross-check did."""
    return (
        f"{db}: cross-checked {report.new_articles} new of {report.articles} articles; "
        f"{report.incidents} incidents written ({report.claims} claims), {total} in the store"
    )


def run_report(args: argparse.Namespace) -> int:
    """Print the incidents as text or JSON."""
    for name in ("date_from", "date_to"):
        if getattr(args, name) is not None:
            setattr(args, name, _day(getattr(args, name), f"--{name.replace('_', '-')}"))
    with warcheck.Store.open(args.db, create=False) as store:
        if args.incident is not None:
            one = store.incident(args.incident)
            if one is None:
                raise warcheck.InputError(f"no incident {args.incident} in {args.db}")
            incidents = [one]
        else:
            filters = {k: getattr(args, k) for k in FILTERS}
            page = store.incidents(limit=args.limit, offset=args.offset, **filters)
            incidents = [store.incident(i["id"]) or i for i in page]
    if args.format == "json":
        print_json({"incidents": incidents})
        return 0
    if not incidents:
        print("no incidents (run 'warcheck crosscheck' after ingesting articles)")
    for inc in incidents:
        sys.stdout.write(incident_text(inc) + "\n")
    return 0


def _day(value: str, option: str) -> str:
    """A date filter as ``YYYY-MM-DD`` (the stored dates compare as text), or InputError."""
    try:
        return datetime.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        message = f"{option} {value!r} is not a date in the form YYYY-MM-DD"
        raise warcheck.InputError(message) from None


def incident_text(inc: dict[str, Any]) -> str:
    """An incident as readable text: headline, claims, contradictions, origins, matches."""
    when = inc["date_from"] or "?"
    if inc["date_to"] and inc["date_to"] != inc["date_from"]:
        when += f" to {inc['date_to']}"
    where = inc["place"] or "no place"
    if inc["latitude"] is not None:
        where += f" ({inc['latitude']:.3f}, {inc['longitude']:.3f}, {inc['geo_precision']})"
    lines = [
        f"Incident {inc['id']} · {inc['event_type'] or 'no event type'} · {when} · {where}"
        f" · {inc['grade'].upper()}",
        f"  {inc['n_articles']} articles, {inc['n_origins']} independent origins, "
        f"{inc['n_outlets']} outlets; camps: {', '.join(inc['camps']) or 'none'}",
    ]
    for c in inc.get("claims", ()):
        outlet = f"{c['outlet'] or 'unknown outlet'} ({c['camp'] or 'unknown camp'})"
        lines.append(
            f"  [{c['admiralty']} {c['grade']}] {outlet}, article {c['article_id']}: "
            f"{_short(c['text'])}\n      {c['reason']}"
        )
    for d in inc.get("contradictions", ()):
        lines.append(f"  conflict: {d['description']}")
    for o in inc.get("origins", ()):
        if o["copies"]:
            copies = ", ".join(
                f"{c['article']} ({c['outlet']}; {', '.join(c['links'])})" for c in o["copies"]
            )
            lines.append(f"  origin: article {o['article']} ({o.get('outlet')}) copied by {copies}")
    for m in inc.get("reference_matches", ()):
        lines.append(
            f"  reference: {m['dataset']} {m['upstream_id']} {m['date_from']} "
            f"{m['location'] or ''} score {m['score']:.2f}"
        )
    return "\n".join(lines) + "\n"


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
