"""Resolvers of expressions relative to the publication date or to the previous mention.

Day words ("yesterday"), weekdays ("last Friday"), relative units ("earlier this month"),
counts ("three days ago", "two weeks later"), anaphoric days ("the next day", "the 18th of
the same month", "on the 3rd"), rolling windows ("the past three days") and durations.
Conventions in :mod:`warcheck.analysis.time.resolve`.
"""

from __future__ import annotations

from datetime import timedelta

from warcheck.analysis.time import calendar_words as cw
from warcheck.analysis.time.readings import Fields
from warcheck.analysis.time.resolution import (
    Context,
    Resolved,
    cal_bounds,
    is_future,
    unresolved,
    with_anchor,
)

_NEAR_PREVIOUS = 300  # characters within which "on the 3rd" takes the previous mention's month


def dayword(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    """Day words, days from publication: "yesterday", "today", "the day after tomorrow"."""
    if ctx.published is None:
        return unresolved()
    day = ctx.published + timedelta(days=f["offset"])
    return Resolved("date", day, day, "day", "published")


def weekday(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    """Weekdays: the most recent one (or the next, after a future marker), "last", "this" ..."""
    wd, rel = f["wd"], f["rel"]
    if rel in ("the following", "the next", "the previous"):
        if ctx.prev is None or ctx.prev.first is None:
            return unresolved()
        base, anchor = ctx.prev.first, "previous"
        back = rel == "the previous"
        strict = True
    else:
        if ctx.published is None:
            return unresolved()
        base, anchor = ctx.published, "published"
        if rel == "this":
            day = cw.week_bounds(base)[0] + timedelta(days=wd)
            return Resolved("date", day, day, "day", anchor)
        back = rel == "last" or (rel is None and not is_future(ctx, pos))
        strict = rel in ("last", "next")
    delta = (base.weekday() - wd) % 7 if back else (wd - base.weekday()) % 7
    if strict and delta == 0:
        delta = 7
    day = base - timedelta(days=delta) if back else base + timedelta(days=delta)
    return Resolved("date", day, day, "day", anchor)


def relunit(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    """Relative units: "last week", "this month", "earlier this year", "the same week"."""
    rel, unit, part = f["rel"], f["u"], f["part"]
    precision = cw.UNIT_PRECISION.get(unit, "week")
    anaphoric = rel in ("previous", "following", "same")
    if anaphoric:
        if ctx.prev is None or ctx.prev.first is None:
            return unresolved(precision=precision)
        if cw.PRECISION_RANK[ctx.prev.precision] > cw.PRECISION_RANK[precision]:
            return unresolved(precision=precision)
        base, anchor = ctx.prev.first, "previous"
    else:
        if ctx.published is None:
            return unresolved(precision=precision)
        base, anchor = ctx.published, "published"
    if unit == "weekend":
        saturday = cw.week_bounds(base)[0] + timedelta(days=5)
        if rel in ("last", "previous", "past") or (
            rel == "the" and base.weekday() < 5 and not is_future(ctx, pos)
        ):
            saturday -= timedelta(days=7)
        elif rel in ("next", "following") and base.weekday() >= 5:
            saturday += timedelta(days=7)
        return Resolved("date", saturday, saturday + timedelta(days=1), "week", anchor)
    if rel == "past":  # rolling: "the past week" = the seven days up to publication
        return Resolved("range", cw.shift(base, unit, -1), base, precision, anchor)
    offset = {"last": -1, "previous": -1, "next": 1, "following": 1}.get(rel, 0)
    first, last = cw.unit_bounds(cw.shift(base, unit, offset), unit)
    if part == "earlier" and offset == 0 and not anaphoric:
        last = max(first, base - timedelta(days=1))
    elif part == "later" and offset == 0 and not anaphoric:
        first = min(last, base + timedelta(days=1))
    elif part and part not in ("earlier", "later") and unit in ("month", "year"):
        res = cal_bounds(first.year, first.month if unit == "month" else None, None, part)
        return with_anchor(res, anchor)
    return Resolved("date", first, last, precision, anchor)


_VAGUE_PRECISION = {"hour": "day", "day": "week", "week": "month", "month": "season"}


def ago(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    """Counts of units from publication ("ago") or from the previous date ("later")."""
    unit, (lo, hi), sign = f["u"], f["n"], f["sign"]
    precision = cw.UNIT_PRECISION.get(unit, "year")
    if lo != hi:
        precision = _VAGUE_PRECISION.get(unit, "unknown")
    if f["base"] == "previous":
        if ctx.prev is None or ctx.prev.first is None:
            return unresolved(precision=precision)
        if (
            cw.PRECISION_RANK[ctx.prev.precision]
            > cw.PRECISION_RANK[cw.UNIT_PRECISION.get(unit, "year")]
        ):
            return unresolved(precision=precision)
        base, anchor = ctx.prev.first, "previous"
    else:
        if ctx.published is None:
            return unresolved(precision=precision)
        base, anchor = ctx.published, "published"
    bound_unit = "day" if unit == "hour" else unit
    ends = sorted((cw.shift(base, unit, sign * lo), cw.shift(base, unit, sign * hi)))
    first = cw.unit_bounds(ends[0], bound_unit)[0]
    last = cw.unit_bounds(ends[1], bound_unit)[1]
    return Resolved("date", first, last, precision, anchor)


def anaday(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    """A day from the previous day-precision date: "the next day", "that morning"."""
    prev = ctx.prev
    if prev is None or prev.first is None or prev.precision != "day":
        return unresolved()
    day = prev.first + timedelta(days=f["offset"])
    return Resolved("date", day, day, "day", "previous")


def nthof(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    """A day of a relative month: "the 18th of the same month", "the 3rd of last month"."""
    rel, d = f["rel"], f["d"]
    if rel in ("same", "previous", "following"):
        prev = ctx.prev
        if prev is None or prev.first is None or prev.precision not in ("day", "week", "month"):
            return unresolved()
        base, anchor = prev.first, "previous"
    else:
        if ctx.published is None:
            return unresolved()
        base, anchor = ctx.published, "published"
    offset = {"last": -1, "previous": -1, "next": 1, "following": 1}.get(rel, 0)
    year, month = cw.add_months(base, offset)
    day = cw.safe_date(year, month, d)
    return Resolved("date", day, day, "day", anchor) if day else unresolved()


def onthe(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    """A bare day ("on the 3rd"): of a near previous mention's month, else of publication's."""
    d, pub, prev = f["d"], ctx.published, ctx.prev
    if (
        prev is not None
        and prev.first is not None
        and prev.precision in ("day", "week", "month")
        and pos - ctx.prev_end <= _NEAR_PREVIOUS
    ):
        day = cw.safe_date(prev.first.year, prev.first.month, d)
        if day is not None and (pub is None or day <= pub):
            return Resolved("date", day, day, "day", "previous")
    if pub is None:
        return unresolved()
    year, month = (pub.year, pub.month) if d <= pub.day else cw.add_months(pub, -1)
    day = cw.safe_date(year, month, d)
    return Resolved("date", day, day, "day", "published") if day else unresolved()


def rolling(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    """Rolling windows: "the past three days" up to publication, "the following weeks"."""
    unit, n = f["u"], f["n"]
    precision = cw.UNIT_PRECISION.get(unit, "year")
    if f["dir"] == "following":
        if ctx.prev is None or ctx.prev.first is None:
            return unresolved("range", precision)
        base, anchor = ctx.prev.first, "previous"
    else:
        if ctx.published is None:
            return unresolved("range", precision)
        base, anchor = ctx.published, "published"
    if f["dir"] == "past":
        return Resolved("range", cw.shift(base, unit, -n), base, precision, anchor)
    return Resolved("range", base, cw.shift(base, unit, n), precision, anchor)


def duration(f: Fields, ctx: Context, pos: int) -> Resolved | None:
    """Durations ("for three days") are never resolved."""
    return unresolved("duration", cw.UNIT_PRECISION.get(f["u"], "unknown"))
