"""Resolution of recognised temporal expressions to calendar dates.

:func:`resolve` turns the fields that a rule of :mod:`warcheck.analysis.time.rules`
parsed into a first and last day, a precision and an anchor. Conventions:

* ``anchor="absolute"``: the expression names its year ("5 April 2017").
* ``anchor="published"``: relative to the publication date ("yesterday",
  "on Sunday", "last month", "April 5" without a year, "on the 3rd").
* ``anchor="previous"``: anaphoric, relative to the previous resolved date or
  range mention ("the 18th of the same month", "the next day", "two days
  later"). Anaphoric expressions never fall back to the publication date.
* ``anchor="none"``: relative with nothing to anchor it; ``resolved`` is false
  and ``value``/``end_value`` are ``None``. Durations ("for three days") are
  always of this form.
* Past bias: news reports past events, so a weekday, a yearless date or a bare
  month resolves to the most recent one on or before the publication date,
  unless the clause before it has a future marker ("will", "scheduled",
  "next" ...), in which case it resolves to the first on or after it. A
  yearless day at most 45 days after publication ("the June 3 poll" in a May
  article) is taken as upcoming rather than eleven months old. The
  publication day itself counts for a bare weekday ("on Friday" in a Friday
  article is that day: wire copy names the current day by its weekday);
  "last Friday" is always strictly before, "next Friday" strictly after, and
  "this Friday" is the Friday of the publication week.
* "On the 3rd" is the 3rd of the month of the previous mention when one with
  day or month precision comes shortly before, else of the publication month,
  or of the month before when the 3rd is still to come: never after the
  publication date.
* Parts: early/mid/late month = days 1-10 / 11-20 / 21-end, "the first week
  of" = days 1-7 ... "the last week of" = the last 7 days, halves of a month =
  1-15 / 16-end (all precision "week"); early/mid/late year = Jan-Apr /
  May-Aug / Sep-Dec, halves and quarters of a year (precision "season").
  "Earlier this month" runs from the 1st to the day before publication.
  Seasons are meteorological; winter Y runs December Y to February Y+1.
* "since X" is a range from the start of X to the publication date; without a
  publication date its ``end_value`` is ``None`` (open-ended) but its start is
  still given.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from warcheck.analysis.time import calendar_words as cw
from warcheck.analysis.time import relative
from warcheck.analysis.time.readings import Fields
from warcheck.analysis.time.resolution import (
    Context,
    Resolved,
    absolute,
    cal_bounds,
    is_future,
    unresolved,
    with_anchor,
)

__all__ = ["Context", "Resolved", "resolve"]

_SOON_DAYS = 45  # a yearless day at most this far after publication is taken as upcoming


def resolve(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    """Resolve parsed fields at text offset ``pos``; ``None`` drops the mention.

    A date moved beyond the calendar ("500 decades ago": a year before 1) is
    dropped too, not raised.
    """
    handler = _HANDLERS[f["type"]]
    try:
        result: Resolved | None = handler(f, ctx, pos)
    except (ValueError, OverflowError):  # "year N is out of range", "date value out of range"
        return None
    return result


def _pick_year(m: int, d: int | None, rel: str | None, pub: date, future: bool) -> int:
    """The year of a yearless month or day relative to the publication date."""
    key, now = (m, d or 0), (pub.month, pub.day if d else 0)
    if rel == "last":
        return pub.year if key < now else pub.year - 1
    if rel == "next":
        return pub.year if key > now else pub.year + 1
    if rel == "this":
        return pub.year
    if future:
        return pub.year if key >= now else pub.year + 1
    if d is not None:  # "the June 3 poll" in a May article: upcoming, not a year ago
        for year in (pub.year, pub.year + 1):
            ahead = cw.safe_date(year, m, d)
            if ahead is not None and 0 < (ahead - pub).days <= _SOON_DAYS:
                return year
    return pub.year if key <= now else pub.year - 1


def _cal(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    y, m, d, part, rel = f.get("y"), f.get("m"), f.get("d"), f.get("mod"), f.get("rel")
    precision = "day" if d else "month"
    if y is not None:
        return cal_bounds(y, m, d, part)
    assert m is not None
    pub = ctx.published
    if f.get("yrel") is not None:  # "March this year", "June last year"
        if pub is None:
            return unresolved(precision=precision)
        return with_anchor(cal_bounds(pub.year + f["yrel"], m, d, part), "published")
    if rel != "same" and pub is not None:
        year = _pick_year(m, d, rel, pub, is_future(ctx, pos))
        return with_anchor(cal_bounds(year, m, d, part), "published")
    if ctx.prev is not None and ctx.prev.first is not None and rel in (None, "same"):
        return with_anchor(cal_bounds(ctx.prev.first.year, m, d, part), "previous")
    return unresolved(precision=precision)


def _numeric(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    options = [date(f["y"], mo, d) for mo, d in f["options"]]
    pub = ctx.published
    if pub is not None and len(options) == 2:
        past = [o for o in options if o <= pub]
        if len(past) == 1:
            options = past
    return absolute(options[0], options[0], "day")


def _day_range(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    a = _cal({"y": f["y"], "m": f["m"], "d": f["d1"]}, ctx, pos)
    b = _cal({"y": f["y"], "m": f["m"], "d": f["d2"]}, ctx, pos)
    if a is None or b is None or a.first is None or b.last is None:
        return unresolved("range")
    if b.last < a.first:  # yearless range picked across a year end
        return unresolved("range")
    return Resolved("range", a.first, b.last, "day", a.anchor)


def _year_range(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    return absolute(date(f["y"], 1, 1), date(f["y2"], 12, 31), "year", "range")


def _decade(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    y, part = f["y"], f["mod"]
    lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(part or "", (0, 9))
    return absolute(date(y + lo, 1, 1), date(y + hi, 12, 31), "year", "range")


def _century(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    y, part = f["y"], f["mod"]
    lo, hi = {"early": (0, 32), "mid": (33, 65), "late": (66, 99)}.get(part or "", (0, 99))
    return absolute(date(max(1, y + lo), 1, 1), date(y + hi, 12, 31), "year", "range")


def _season_at(name: str, year: int) -> tuple[date, date]:
    month, length = cw.SEASONS[name]
    end_year, end_month = cw.add_months(date(year, month, 1), length - 1)
    return date(year, month, 1), cw.month_end(end_year, end_month)


def _season(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    name, rel = f["s"], f["rel"]
    if f["y"] is not None:
        first, last = _season_at(name, f["y"])
        return absolute(first, last, "season")
    if rel == "same":
        if ctx.prev is None or ctx.prev.first is None:
            return unresolved(precision="season")
        first, last = _season_at(name, ctx.prev.first.year)
        return Resolved("date", first, last, "season", "previous")
    pub = ctx.published
    if pub is None:
        return unresolved(precision="season")
    options = [_season_at(name, y) for y in range(pub.year - 2, pub.year + 2)]
    if rel == "last":
        pick = [o for o in options if o[1] < pub][-1]
    elif rel == "next":
        pick = [o for o in options if o[0] > pub][0]
    elif rel == "this":
        within = [o for o in options if o[0] <= pub <= o[1]]
        pick = within[0] if within else _season_at(name, pub.year)
    elif is_future(ctx, pos):
        pick = [o for o in options if o[1] >= pub][0]
    else:
        pick = [o for o in options if o[0] <= pub][-1]
    return Resolved("date", pick[0], pick[1], "season", "published")


def _fallback(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    return _parsed(f["span"], ctx.language)


@lru_cache(maxsize=4096)
def _parsed(span: str, language: str) -> Resolved | None:
    import dateparser  # slow import: only for non-English texts

    settings: dict[str, Any] = {"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        parsed = dateparser.parse(span, languages=[language], settings=settings)
    except (ValueError, LookupError):
        return None
    year = re.search(r"\d{4}", span)
    if parsed is None or year is None or parsed.year != int(year.group()):
        return None
    day = parsed.date()
    return absolute(day, day, "day")


_ORDER = {"none": 3, "previous": 2, "published": 1, "absolute": 0}


def _range(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    a_f, b_f = dict(f["a"]), f["b"]
    b = resolve(b_f, ctx, pos)
    if a_f["type"] == "cal" and b_f["type"] == "cal" and b_f.get("y") and not a_f.get("y"):
        a_f["y"] = b_f["y"]
        if (
            a_f.get("m")
            and b_f.get("m")
            and (a_f["m"], a_f.get("d") or 0)
            > (
                b_f["m"],
                b_f.get("d") or 0,
            )
        ):
            a_f["y"] -= 1
    a = resolve(a_f, ctx, pos)
    if a is None or b is None or a.first is None or b.last is None or b.last < a.first:
        return unresolved("range", a.precision if a else "day")
    anchor = max(a.anchor, b.anchor, key=_ORDER.__getitem__)
    precision = max(a.precision, b.precision, key=cw.PRECISION_RANK.__getitem__)
    return Resolved("range", a.first, b.last, precision, anchor)


def _since(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    a = resolve(f["a"], ctx, pos)
    if a is None or a.first is None:
        return unresolved("range", a.precision if a else "day")
    pub = ctx.published
    if pub is None or pub < a.first:
        return Resolved("range", a.first, None, a.precision, a.anchor)
    anchor = "published" if a.anchor == "absolute" else a.anchor
    return Resolved("range", a.first, pub, a.precision, anchor)


_HANDLERS: dict[str, Any] = {
    "cal": _cal,
    "numeric": _numeric,
    "dayrange": _day_range,
    "yrange": _year_range,
    "decade": _decade,
    "century": _century,
    "season": _season,
    "dayword": relative.dayword,
    "weekday": relative.weekday,
    "relunit": relative.relunit,
    "ago": relative.ago,
    "anaday": relative.anaday,
    "nthof": relative.nthof,
    "onthe": relative.onthe,
    "rolling": relative.rolling,
    "duration": relative.duration,
    "fallback": _fallback,
    "range": _range,
    "since": _since,
}
