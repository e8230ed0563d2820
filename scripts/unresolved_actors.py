"""List the actors a corpus names that the knowledge files lack, for review into actors.json.

Usage: python scripts/unresolved_actors.py SOURCE... [--min N] [--format auto|csv|...]

Analyses every article of the sources (a CSV such as FA-KES, JSON Lines, a folder of
texts: whatever ``warcheck.read_items`` reads) and collects the actor mentions found by
the form of their names but absent from the knowledge files (``resolved_by ==
"unknown"``: "the al-Abbas Brigade", "Ministry of Health", "spokesman John Doe").
Prints, most frequent first, one ``actors.json`` entry per name (``id``, ``name``,
``kind``, ``camp``, ``aliases``, ``labels``, ``source``), with ``count`` (mentions),
``articles`` and an ``example`` sentence for the reviewer; ``kind`` is ``""`` when the
words do not tell it and ``camp`` is ``"neutral"`` until reviewed. Drop the review
fields, fix kind and camp, and paste the entries into ``actors.json``. An item that
cannot be read or analysed is reported on stderr with where it is and why, and the run
goes on; the exit status is then 1 (2 for a usage error).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import warcheck

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class _Seen:
    name: str
    kind: str
    forms: dict[str, int] = field(default_factory=dict)
    count: int = 0
    articles: set[int] = field(default_factory=set)
    example: str = ""


def _key(name: str) -> str:
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).lower().replace("\u2019", "'")


def _slug(name: str) -> str:
    return _NOT_SLUG.sub("_", _key(name).replace("'", "")).strip("_")


def collect(
    analyses: Iterable[warcheck.Analysis], where: str = "the corpus"
) -> list[dict[str, Any]]:
    """The unknown actors of ``analyses`` as ``actors.json`` entries, most mentioned first."""
    seen: dict[str, _Seen] = {}
    for number, analysis in enumerate(analyses):
        text = analysis.article.text
        for m in analysis.actors:
            if m.resolved_by != "unknown":
                continue
            s = seen.setdefault(_key(m.text), _Seen(m.name or m.text, m.kind or ""))
            s.forms[m.text] = s.forms.get(m.text, 0) + 1
            s.count += 1
            s.articles.add(number)
            if not s.example:
                sentence = next((x for x in analysis.sentences if x.start <= m.start < x.end), None)
                s.example = (sentence.text if sentence else text[m.start : m.end]).strip()
    out = []
    for s in sorted(seen.values(), key=lambda s: (-s.count, s.name)):
        forms = sorted(s.forms, key=lambda f: -s.forms[f])
        out.append(
            {
                "id": _slug(forms[0]),
                "name": forms[0],
                "kind": s.kind,
                "camp": "neutral",
                "aliases": forms,
                "labels": [],
                "source": f"REVIEW: found by its form in {where}; give the reference",
                "count": s.count,
                "articles": len(s.articles),
                "example": s.example[:300],
            }
        )
    return out


def _analyses(sources: list[str], fmt: str, skipped: list[str]) -> Iterable[warcheck.Analysis]:
    """The analyses of the items read; each item that cannot be read or analysed is reported."""
    for item in warcheck.read_items(sources, format=fmt):
        if not isinstance(item, warcheck.Item):
            skipped.append(str(item))
            print(f"unresolved_actors.py: skipped {item}", file=sys.stderr)
            continue
        try:
            yield warcheck.analyze(item.content, published=item.published)
        except warcheck.InputError as err:
            skipped.append(f"{item.where}: {err}")
            print(f"unresolved_actors.py: skipped {item.where}: {err}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Run the listing and print the JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sources", nargs="+")
    ap.add_argument("--min", type=int, default=1, help="leave out names seen fewer times")
    ap.add_argument("--format", default="auto", help="input format (see warcheck read_items)")
    args = ap.parse_args(argv)
    skipped: list[str] = []
    analyses = _analyses(args.sources, args.format, skipped)
    found = [e for e in collect(analyses, ", ".join(args.sources)) if e["count"] >= args.min]
    json.dump({"actors": found}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 1 if skipped else 0


if __name__ == "__main__":
    from warcheck.errors import run_main

    sys.exit(run_main("unresolved_actors.py", main))
