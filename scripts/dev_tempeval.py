"""Measure warcheck.analysis.time.times against TempEval-3 TimeML files (DATE timexes only).

Usage: python scripts/dev_tempeval.py [DIR_OR_FILES ...] [--show]

For every ``*.tml`` file, the text of the TEXT element (tags removed) is run
through :func:`warcheck.analysis.time.times.find_times` with the document creation time
(DCT) as the publication date. Gold items are the TIMEX3 of type DATE inside
TEXT. Reported:

* span recall: gold DATEs overlapped by a predicted date/range mention;
* span precision: predicted date/range mentions overlapping a gold DATE (and,
  more leniently, overlapping a gold TIMEX3 of any type);
* value accuracy: the predicted interval written as a TIMEX3 value (the
  smallest calendar unit containing it: day, ISO week, month, season, year,
  decade, century) equals the gold value, over span-matched gold DATEs and over all.

Development aid only: needs the TempEval files, not used by tests.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from warcheck.analysis.time.times import find_times  # noqa: E402
from warcheck.model import TimeMention  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "tempeval3"
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_SEASONS = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


@dataclass
class Gold:
    """A gold TIMEX3 with offsets into the plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str


def parse_tml(raw: str) -> tuple[str, date, list[Gold]]:
    """Return the plain TEXT, the DCT and the gold TIMEX3s of a TimeML document."""
    dct_m = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", raw, re.DOTALL)
    if dct_m is None:
        raise ValueError("no DCT")
    dct = date.fromisoformat(dct_m.group(1))
    body_m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.DOTALL)
    body = body_m.group(1) if body_m else ""
    out: list[str] = []
    length = 0
    golds: list[Gold] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _TAG.finditer(body):
        chunk = body[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1) == "":
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            golds.append(Gold(start, length, "", attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    out.append(body[pos:])
    text = "".join(out)
    for g in golds:
        g.text = text[g.start : g.end]
    return text, dct, golds


def timex_value(m: TimeMention) -> str | None:
    """Write a resolved mention as a TIMEX3 value: the smallest unit containing it."""
    if not m.resolved or m.value is None or m.end_value is None:
        return None
    a, b = date.fromisoformat(m.value), date.fromisoformat(m.end_value)
    if a == b:
        return a.isoformat()
    ya, wa, _ = a.isocalendar()
    yb, wb, _ = b.isocalendar()
    if m.precision == "week" and (ya, wa) == (yb, wb):
        return f"{ya}-W{wa:02d}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.year}-{a.month:02d}"
    if m.precision == "season" and a.month in _SEASONS and a.day == 1:
        months = (b.year - a.year) * 12 + b.month - a.month
        if months == 2:
            return f"{a.year}-{_SEASONS[a.month]}"
    if a.year == b.year:
        return str(a.year)
    if a.year // 10 == b.year // 10:
        return str(a.year // 10)
    if a.year // 100 == b.year // 100:
        return str(a.year // 100)
    return None


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Return True when two half-open spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    """Run the evaluation and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--show", action="store_true", help="print every gold and predicted item")
    args = ap.parse_args()
    paths = args.paths or [DEFAULT]
    files = sorted(p for path in paths for p in (path.glob("*.tml") if path.is_dir() else [path]))
    n_gold = n_found = n_value = n_pred = n_pred_ok = n_pred_any = 0
    for path in files:
        text, dct, golds = parse_tml(path.read_text(encoding="utf-8"))
        preds = [m for m in find_times(text, dct) if m.kind != "duration"]
        dates = [g for g in golds if g.type == "DATE"]
        if args.show:
            print(f"== {path.name} DCT {dct}")
        for g in dates:
            hit = [m for m in preds if overlaps((g.start, g.end), (m.start, m.end))]
            value = timex_value(hit[0]) if hit else None
            n_gold += 1
            n_found += bool(hit)
            n_value += value == g.value
            if args.show:
                mark = "ok " if value == g.value else ("val" if hit else "MISS")
                got = hit[0].text if hit else ""
                print(f"  {mark:4} gold {g.text!r} {g.value}  pred {got!r} {value}")
        for m in preds:
            n_pred += 1
            n_pred_ok += any(overlaps((g.start, g.end), (m.start, m.end)) for g in dates)
            any_hit = any(overlaps((g.start, g.end), (m.start, m.end)) for g in golds)
            n_pred_any += any_hit
            if args.show and not any_hit:
                print(f"  FP   pred {m.text!r} {timex_value(m)}")
    rows = [
        ("span recall (lenient)", n_found, n_gold),
        ("span precision vs DATE", n_pred_ok, n_pred),
        ("span precision vs any TIMEX3", n_pred_any, n_pred),
        ("value accuracy, matched spans", n_value, n_found),
        ("value accuracy, all gold DATEs", n_value, n_gold),
    ]
    print(f"files: {len(files)}  gold DATE timexes: {n_gold}  predicted date/range: {n_pred}")
    for label, num, den in rows:
        print(f"{label + ':':32} {num / max(den, 1):.3f} ({num}/{den})")


if __name__ == "__main__":
    from warcheck.errors import run_main

    sys.exit(run_main("dev_tempeval.py", main))
