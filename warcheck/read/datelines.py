"""Datelines: the publication date printed at the start of an article.

News pages copied as text start with a dateline in many forms: "Wed 05 Apr
2017", "Published June 4 2016", "Date of publication 26 November 2017",
"Posted on April 4 2017 by X", "01.02.2015", "Last updated at Nov 012017"
(a scraped "Nov 01, 2017"), or a title followed by "AFP Wednesday 15 Jul 2015".
:func:`find_dateline` finds such a date near the start with precompiled
regexes and reads it without dateparser.
"""

from __future__ import annotations

import datetime
import re

from warcheck.knowledge import lexicons
from warcheck.model import Span

# How far into the text a dateline may start (a title may come first).
WINDOW = 200

_MONTHS: dict[str, int] = {
    m[:3].lower(): i + 1 for i, m in enumerate(lexicons.terms("time_words", "months"))
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?:19[5-9]\d|20\d\d)(?!\d)"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?,?"
)
_DATE = (
    rf"(?:{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"  # 5 April 2017
    rf"|{_MONTH}\s+{_DAY},?\s+{_YEAR}"  # April 5, 2017
    rf"|{_MONTH}\s+(?:0[1-9]|[12]\d|3[01]){_YEAR}"  # Nov 012017 (punctuation lost)
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-]{_YEAR}"  # 05.04.2017, 5-04-2017, 04/05/2017
    rf"|{_YEAR}-\d{{1,2}}-\d{{1,2}}(?!\d))"  # 2017-04-05
)
_LABEL = (
    r"(?:Date\s+of\s+publication|(?:Last\s+|First\s+)?(?:updated|published|posted|modified)"
    r"(?:\s+(?:on|at))?)\s*[:\-\u2013\u2014|]?\s*"
)
_TIME = (
    r"(?:,?\s*(?:at\s+\d{1,2}[:.]?\d{2}|\d{1,2}:\d{2}|\d{1,2}[:.]?\d{2}(?=\s*(?:[ap]\.?m\b|GMT|UTC)))"
    r"(?:\s*[ap]\.?m\.?(?![a-z]))?(?:\s*(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?)"
)
_UPDATED = r"(?:\s*\(\s*updated\b[^)\n]{0,40}\))"
# A share widget glued to the date: "07.04.2017(updated ...) Get short URL Topic US Missile
# Attack on Syrian Air Base (200) 0 38" (the topic tag and the share counts are page chrome;
# at most one count after the zeros, so "Get short URL 0 85 12 Daesh fighters" keeps the 12).
_WIDGET = r"(?:\)?\s*Get short URL(?:\s+Topic\s+[^()\n]{1,80}\(\d+\))?(?:\s+0)*(?:\s+\d+)?)"
_BY = r"(?:[ \t]+by[ \t]+[^\n]{1,60}?(?=[ \t]*\n))"

_CANDIDATE = re.compile(
    rf"(?P<label>{_LABEL})?(?P<weekday>{_WEEKDAY}\s+)?(?P<date>{_DATE})(?:{_TIME})?{_UPDATED}?"
    rf"{_WIDGET}?"
    rf"(?(label){_BY}?)",
    re.IGNORECASE,
)
# Agencies whose name sits right before or after a dateline ("AFP Wednesday ...").
AGENCY = f"(?:{lexicons.pattern('reading_words', 'dateline_agencies')})"
_AGENCY_BEFORE = re.compile(rf"\b{AGENCY}\s*[,:\-\u2013\u2014|]?\s*$")
_AGENCY_AFTER = re.compile(rf"\s*,?\s*(?:[A-Z][\w'\u2019-]*\s+){{0,2}}\(?{AGENCY}\b")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:on|since|until|till|from|to|by|before|after|of|in|and|between|dated|at|than|or)\s*$",
    re.IGNORECASE,
)

_DMY = re.compile(rf"({_DAY})\s+(?:of\s+)?({_MONTH}),?\s+({_YEAR})", re.IGNORECASE)
_MDY = re.compile(rf"({_MONTH})\s+({_DAY}),?\s+({_YEAR})", re.IGNORECASE)
_MDY_GLUED = re.compile(rf"({_MONTH})\s+(\d\d)({_YEAR})", re.IGNORECASE)
_NUMERIC = re.compile(rf"(\d{{1,2}})([./-])(\d{{1,2}})[./-]({_YEAR})")
_ISO = re.compile(rf"({_YEAR})-(\d{{1,2}})-(\d{{1,2}})")


def find_dateline(text: str) -> tuple[Span, datetime.date] | None:
    """Find the dateline near the start of ``text`` and read its date.

    A date at the very start of the text or of a line counts as a dateline.
    Further into the first :data:`WINDOW` characters (after a title, as in
    "Title ... AFP Wednesday 15 Jul 2015") it counts only when it carries a
    label ("Published"), a weekday, an agency name next to it, or is numeric
    ("07-08-2013"), and is not the object of a preposition ("on 5 April").

    Returns:
        The span of the dateline (label, weekday, date and time of day) and
        the date it names, or ``None`` when there is no dateline.
    """
    head = text[: WINDOW + 120]
    first = len(head) - len(head.lstrip())
    for m in _CANDIDATE.finditer(head):
        start = m.start()
        if start > WINDOW:
            break
        if not _acceptable(head, m, first):
            continue
        day = parse_date(m.group("date"))
        if day is None:
            continue
        end = m.end()
        while end > start and text[end - 1] in " \t,":
            end -= 1
        return Span(start, end, text[start:end]), day
    return None


def _acceptable(head: str, m: re.Match[str], first: int) -> bool:
    """Whether a date found at ``m`` is placed like a dateline."""
    start = m.start()
    if start == first or head[start - 1] == "\n":
        return True
    if start > 0 and (head[start - 1].isalnum() or head[start - 1] in "-./"):
        return False  # inside a word or a longer number
    before = head[max(0, start - 40) : start]
    if _PREPOSITION_BEFORE.search(before):
        return False
    numeric = not any(c.isalpha() for c in m.group("date"))
    if m.group("label") or m.group("weekday") or numeric:
        return True
    return bool(_AGENCY_BEFORE.search(before) or _AGENCY_AFTER.match(head, m.end()))


def parse_date(text: str) -> datetime.date | None:
    """Read one date written as in a dateline ("5 April 2017", "Apr. 5, 2017", "05.04.2017").

    Numeric dates with dots or dashes are read day first (05.04.2017 is 5
    April), with slashes month first (04/05/2017 is 5 April), unless the
    first number cannot be a month. Returns ``None`` when ``text`` holds no
    such date or names a day that does not exist.
    """
    try:
        if m := _ISO.search(text):
            return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _NUMERIC.search(text):
            a, sep, b, year = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
            month_first = (sep == "/" and a <= 12) or b > 12
            day, month = (b, a) if month_first else (a, b)
            return datetime.date(year, month, day)
        if m := _DMY.search(text):
            return datetime.date(int(m.group(3)), _month(m.group(2)), _day(m.group(1)))
        if m := _MDY_GLUED.search(text):
            return datetime.date(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
        if m := _MDY.search(text):
            return datetime.date(int(m.group(3)), _month(m.group(1)), _day(m.group(2)))
    except ValueError:
        return None
    return None


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _day(text: str) -> int:
    return int(text.rstrip("stndrhSTNDRH"))
