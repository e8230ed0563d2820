"""What resolving a temporal expression gives, and the helpers every resolver shares.

A :class:`Resolved` is a first and last day, a precision and an anchor; a :class:`Context`
is what resolution looks at (the text, the publication date, the previous resolved mention).
The conventions are in :mod:`warcheck.analysis.time.resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from warcheck.analysis.time import calendar_words as cw
from warcheck.knowledge import lexicons

_FUTURE = re.compile(
    rf"\b(?:{lexicons.pattern('time_words', 'future_markers')})\b|'ll\b", re.IGNORECASE
)
_CLAUSE_START = re.compile(r".*(?:[.!?]\s|\n)", re.DOTALL)


@dataclass(frozen=True)
class Resolved:
    """A resolution: kind, first and last day (``None`` when unresolved), precision, anchor."""

    kind: str
    first: date | None
    last: date | None
    precision: str
    anchor: str


@dataclass
class Context:
    """What resolution needs: the text, the publication date and the previous resolved mention."""

    text: str
    published: date | None
    language: str
    prev: Resolved | None = None
    prev_end: int = -(10**9)


def absolute(first: date, last: date, precision: str, kind: str = "date") -> Resolved:
    """Return a resolution that names its own year."""
    return Resolved(kind, first, last, precision, "absolute")


def unresolved(kind: str = "date", precision: str = "day") -> Resolved:
    """Return a mention with nothing to anchor it."""
    return Resolved(kind, None, None, precision, "none")


def is_future(ctx: Context, pos: int) -> bool:
    """Return True when the clause before ``pos`` has a future marker."""
    window = ctx.text[max(0, pos - 120) : pos]
    cut = _CLAUSE_START.match(window)
    return bool(_FUTURE.search(window, cut.end() if cut else 0))


def cal_bounds(y: int, m: int | None, d: int | None, part: str | None) -> Resolved | None:
    """Bounds of an absolute day, month or year, with parts (early, first week ...)."""
    if m is None:
        if part:
            first, last, precision = cw.year_part(y, part)
            return absolute(first, last, precision)
        return absolute(date(y, 1, 1), date(y, 12, 31), "year")
    if d is None:
        if part and part in cw.MONTH_PARTS:
            first, last = cw.month_part(y, m, part)
            return absolute(first, last, "week")
        return absolute(date(y, m, 1), cw.month_end(y, m), "month")
    day = cw.safe_date(y, m, d)
    return absolute(day, day, "day") if day else None


def with_anchor(res: Resolved | None, anchor: str) -> Resolved | None:
    """Return ``res`` with another anchor."""
    if res is None:
        return None
    return Resolved(res.kind, res.first, res.last, res.precision, anchor)
