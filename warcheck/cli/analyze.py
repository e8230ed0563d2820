"""``warcheck analyze``: one article, from a file, stdin or a URL."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import warcheck
from warcheck.cli.output import print_json


def add_parser(sub: Any) -> None:
    """Register the ``analyze`` command."""
    an = sub.add_parser(
        "analyze",
        help="analyse one article: actors, places, dates, casualties, claims",
        description=(
            "Analyse one article. SOURCE is a .txt or .html file, '-' for stdin, or an "
            "http(s) URL. Relative dates are resolved against the publication date: "
            "from --published, else a dateline or page metadata; without one they are "
            "reported as unresolved."
        ),
    )
    an.add_argument("source", metavar="SOURCE", help="file path, '-' for stdin, or http(s) URL")
    an.add_argument(
        "--published", metavar="YYYY-MM-DD", help="publication date (overrides the text)"
    )
    an.add_argument(
        "--outlet", metavar="NAME", help="outlet name or domain, e.g. 'SANA' or sana.sy"
    )
    an.add_argument(
        "--format", choices=("text", "json"), default="text", help="text for people (default), json"
    )
    an.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="highlight mentions with colours (default: when writing to a terminal)",
    )
    an.add_argument(
        "--allow-private",
        action="store_true",
        help="allow URLs that resolve to private or loopback addresses",
    )
    an.add_argument(
        "--credibility",
        action="store_true",
        help="add the credibility model's assessment (FA-KES labels; not a verdict): a section "
        'of the text report; with json, print {"analysis": ..., "credibility": ...}',
    )
    an.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Analyse the article and print the report or the JSON document."""
    content, url = warcheck.read_source(args.source, allow_private=args.allow_private)
    analysis = warcheck.analyze(content, published=args.published, outlet=args.outlet, url=url)
    assessment = warcheck.assess_credibility(analysis) if args.credibility else None
    if args.format == "json":
        doc = analysis.to_dict()
        print_json({"analysis": doc, "credibility": assessment} if assessment else doc)
    else:
        color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
        sys.stdout.write(warcheck.render_text(analysis, color=color))
        if assessment:
            sys.stdout.write(_assessment_text(assessment))
    return 0


def _assessment_text(assessment: dict[str, Any]) -> str:
    lines = [
        "",
        "CREDIBILITY MODEL (a model of FA-KES's labels, not a verdict)",
        f"  {assessment['what']}",
        f"  probability credible: {assessment['probability_credible']:.2f} "
        f"(without the outlet and its camp: "
        f"{assessment['probability_credible_without_outlet']:.2f})",
    ]
    for r in assessment["reasons"]:
        where = ", ".join(
            f'"{_short(s["text"])}" [{s["start"]}:{s["end"]}]' for s in r["spans"][:3]
        )
        lines.append(f"  {r['towards']:>12}: {r['reason']}" + (f"; {where}" if where else ""))
    return "\n".join(lines) + "\n"


def _short(text: str, width: int = 50) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
