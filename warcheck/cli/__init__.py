"""The ``warcheck`` command line: a thin layer over the library.

Every command prints a readable report by default and JSON with
``--format json`` / ``--json``. Problems with the input are one line on
stderr and exit code 2; nothing is half-written to stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Sequence
from typing import Any

import warcheck

VOCABULARIES = warcheck.vocabularies()

_EPILOG = """\
examples:
  warcheck analyze examples/seed-article.txt --published 2017-10-05
  warcheck analyze https://example.org/news.html --format json
  cat article.txt | warcheck analyze - --outlet "ANHA"
  warcheck eval fakes fakes-train.csv --json
  warcheck eval case2021 case2021-dev.tsv
  warcheck vocab event_type

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

    metrics = "\n".join(f"  {k:<24} {v}" for k, v in VOCABULARIES["eval_metric"].items())
    ev = sub.add_parser(
        "eval",
        help="evaluate on a public dataset (fakes, case2021)",
        description=textwrap.fill(
            "Evaluate warcheck on a public dataset file and print its metrics. 'fakes' reads a "
            "FA-KES CSV (columns article_content, location, date, nb_civilians, nb_children; "
            "article_title, source, actor and cause_of_death when present): each article, its "
            "title line and content, is analysed with its outlet and without its date, and the "
            "summary is compared with the crowd's facts. 'case2021' reads a CASE 2021 task-2 TSV "
            "of snippets with ACLED sub-event types.",
            width=78,
        ),
        epilog="metrics:\n" + metrics + "\n\nFigures measured so far: docs/evaluation.md.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ev.add_argument("dataset", choices=warcheck.DATASETS, help="dataset format of FILE")
    ev.add_argument("file", metavar="FILE", help="FA-KES CSV or CASE 2021 task-2 TSV")
    ev.add_argument("--json", action="store_true", help="print the metrics as JSON")

    vo = sub.add_parser(
        "vocab",
        help="list the closed vocabularies and what each term means",
        description="Print warcheck's closed vocabularies with a one-line definition per term.",
    )
    vo.add_argument("name", nargs="?", choices=sorted(VOCABULARIES), help="one vocabulary")
    vo.add_argument("--json", action="store_true", help="print as JSON")

    sub.add_parser("schema", help="print the JSON Schema of the analysis output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(_COMMANDS[args.command](args))
    except warcheck.WarcheckError as err:
        print(f"warcheck: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("warcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _analyze(args: argparse.Namespace) -> int:
    content, url = warcheck.read_source(args.source, allow_private=args.allow_private)
    analysis = warcheck.analyze(content, published=args.published, outlet=args.outlet, url=url)
    if args.format == "json":
        _print_json(analysis.to_dict())
    else:
        color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
        sys.stdout.write(warcheck.render_text(analysis, color=color))
    return 0


def _eval(args: argparse.Namespace) -> int:
    progress = _progress if sys.stderr.isatty() else None
    result = warcheck.evaluate(args.dataset, args.file, progress=progress)
    if args.json:
        _print_json(result)
    else:
        sys.stdout.write(warcheck.format_evaluation(result))
    return 0


def _vocab(args: argparse.Namespace) -> int:
    chosen = {args.name: VOCABULARIES[args.name]} if args.name else VOCABULARIES
    if args.json:
        _print_json(chosen)
        return 0
    for name, terms in chosen.items():
        print(name)
        width = max(len(t) for t in terms)
        for term, definition in terms.items():
            print(f"  {term:<{width}}  {definition}")
        print()
    return 0


def _schema(args: argparse.Namespace) -> int:
    sys.stdout.write(warcheck.json_schema())
    return 0


def _progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    end = "\n" if done >= total else ""
    bar = "#" * filled + "-" * (width - filled)
    print(f"\r[{bar}] {done}/{total}", end=end, file=sys.stderr, flush=True)


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


_COMMANDS = {"analyze": _analyze, "eval": _eval, "vocab": _vocab, "schema": _schema}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
