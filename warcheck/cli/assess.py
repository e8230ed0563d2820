"""``warcheck assess``: the credibility model over a store, every article in context."""

from __future__ import annotations

import argparse
from typing import Any

import warcheck
from warcheck.cli.output import print_json

_EPILOG = """\
examples:
  warcheck assess --db war.db                   # assess every stored article
  warcheck assess --db war.db --article 12      # show one article's stored assessment
  warcheck assess --db war.db --article 12 --json

What the number is: the probability that FA-KES (Abu Salem et al., 2019)
would label the article credible, i.e. that its facts (casualties, place,
date, actor, cause) would match one documentation centre's records. It is
learned from warcheck's analysis and from how other stored outlets report
the same incident, by the model that never sees the outlet or its camp.
It is not a verdict on the article, its outlet or any camp.
"""


def add_parser(sub: Any) -> None:
    """Register the ``assess`` command."""
    cmd = sub.add_parser(
        "assess",
        help="assess every stored article with the credibility model (not a verdict)",
        description=(
            "Assess each stored article against all the others with the credibility model "
            "(FA-KES labels, outlet-blind) and store the probability with its reasons; "
            "the web app's article pages show it."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cmd.add_argument("--db", default="warcheck.db", metavar="FILE", help="the store (warcheck.db)")
    cmd.add_argument("--article", type=int, metavar="ID", help="show this article's assessment")
    cmd.add_argument("--json", action="store_true", help="print JSON")
    cmd.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Assess the store, or show one article's stored assessment."""
    with warcheck.Store.open(args.db, create=False) as store:
        if args.article is not None:
            return _show(store, args.article, as_json=args.json)
        n = warcheck.assess_store(store)
    if args.json:
        print_json({"assessed": n, "db": args.db})
    else:
        print(f"{args.db}: assessed {n} articles (see 'warcheck assess --article ID')")
    return 0


def _show(store: warcheck.Store, article_id: int, *, as_json: bool) -> int:
    found = store.assessment(article_id)
    if found is None:
        known = store.article(article_id) is not None
        why = "not assessed yet (run 'warcheck assess')" if known else "no such article"
        raise warcheck.InputError(f"article {article_id}: {why}")
    if as_json:
        print_json(found)
        return 0
    print(f"article {article_id}: {found['probability']:.2f}, {found['label']}")
    for r in found["reasons"]:
        spans = "; ".join(f"“{s['text']}” ({s['start']}-{s['end']})" for s in r["spans"][:3])
        print(f"  towards {r['towards']}: {r['reason']}" + (f" [{spans}]" if spans else ""))
        for note in r["incidents"][:2]:
            print(f"    {note}")
    return 0
