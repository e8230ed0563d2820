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

from warcheck.errors import InputError

EARLIEST = datetime.date(1000, 1, 1)
"""The earliest publication date accepted."""

LATEST = datetime.date(8999, 12, 31)
"""The latest publication date accepted."""


def in_range(day: datetime.date) -> bool:
    """Whether ``day`` lies within :data:`EARLIEST` .. :data:`LATEST`."""
    return EARLIEST <= day <= LATEST


def out_of_range(value: str, what: str = "publication date") -> str:
    """The one-line reason a publication date ``value`` is refused for lying outside the range.

    ``what`` names the date in the message: "publication date", or the option that gave it.
    """
    return (
        f"{what} {value!r} is outside {EARLIEST.isoformat()}..{LATEST.isoformat()}, "
        "the dates warcheck accepts"
    )


def checked(value: str, what: str = "publication date") -> str:
    """A user-given publication date ``value`` (``YYYY-MM-DD``) as an ISO date.

    Raises:
        InputError: ``value`` is not a date, or lies outside the range; the
            one-line message names it by ``what`` (e.g. ``"--published"``).
    """
    try:
        day = datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"{what} {value!r} is not a date in the form YYYY-MM-DD") from None
    if not in_range(day):
        raise InputError(out_of_range(value, what))
    return day.isoformat()
