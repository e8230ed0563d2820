"""Publication dates warcheck accepts: a calendar range with room for date arithmetic.

An article's publication date anchors every relative date in it ("last
year", "three weeks ago", "the month before"), and the analysis moves it by
up to several centuries. Python's dates end at years 1 and 9999, so a
publication date near either end ("0001-01-02", a feed item dated
"9999-12-30") would make that arithmetic overflow. A publication date is
therefore accepted only within :data:`EARLIEST` .. :data:`LATEST`, a thousand
years from either end: a date given by the user outside it is an input error,
and one found in page metadata or a dateline is not used.
"""

from __future__ import annotations

import datetime

EARLIEST = datetime.date(1000, 1, 1)
"""The earliest publication date accepted."""

LATEST = datetime.date(8999, 12, 31)
"""The latest publication date accepted."""


def in_range(day: datetime.date) -> bool:
    """Whether ``day`` lies within :data:`EARLIEST` .. :data:`LATEST`."""
    return EARLIEST <= day <= LATEST


def out_of_range(value: str) -> str:
    """The one-line reason a publication date ``value`` is refused for lying outside the range."""
    return (
        f"publication date {value!r} is outside {EARLIEST.isoformat()}..{LATEST.isoformat()}, "
        "the dates warcheck accepts"
    )
