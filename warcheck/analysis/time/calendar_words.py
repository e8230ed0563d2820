"""Calendar words and date arithmetic used by :mod:`warcheck.analysis.time.times`.

English month, weekday, ordinal and number words (data: ``knowledge/data/time_words.json``
and ``number_words.json``, read once at import), the regex fragments built
from them, and small helpers on :class:`datetime.date` (month ends, ISO weeks,
calendar units). Month and weekday names only match capitalised (``March``,
``MARCH``) so that the verbs "may" and "march" are never taken for months.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from warcheck.knowledge import lexicons

_TIME = "time_words"
_NUMBERS = "number_words"

#: Month names, January first, and their abbreviations ("Sept").
MONTH_NAMES = lexicons.terms(_TIME, "months")
MONTH_ABBREVIATIONS = lexicons.terms(_TIME, "month_abbreviations")
#: Weekday names, Monday first.
WEEKDAY_NAMES = lexicons.terms(_TIME, "weekdays")
_MONTH_FULL_PARTS = list(MONTH_NAMES)
_MONTH_ABBR_PARTS = list(MONTH_ABBREVIATIONS)
_WEEKDAY_FULL_PARTS = list(WEEKDAY_NAMES)
_WEEKDAY_ABBR_PARTS = list(lexicons.terms(_TIME, "weekday_abbreviations"))

#: Month numbers by the first three letters of a month's name ("jan" -> 1).
MONTHS: dict[str, int] = {m[:3].lower(): i + 1 for i, m in enumerate(_MONTH_FULL_PARTS)}
#: Weekday numbers (Monday = 0) by the first three letters of a weekday's name.
WEEKDAYS: dict[str, int] = {d[:3].lower(): i for i, d in enumerate(_WEEKDAY_FULL_PARTS)}

_UNITS = [w for w, v in lexicons.entries(_NUMBERS, "cardinal_units").items() if v > 0]
_TENS: dict[str, int] = dict(lexicons.entries(_NUMBERS, "cardinal_tens"))
_ORD_UNITS = list(lexicons.terms(_NUMBERS, "ordinal_units"))

CARDINALS: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNITS)}
CARDINALS.update(_TENS)
CARDINALS.update(lexicons.entries(_TIME, "count_words"))
for _t, _v in _TENS.items():
    for _i, _u in enumerate(_UNITS[:9]):
        CARDINALS[f"{_t}-{_u}"] = CARDINALS[f"{_t} {_u}"] = _v + _i + 1

ORDINALS: dict[str, int] = {w: i + 1 for i, w in enumerate(_ORD_UNITS)}
ORDINALS.update(lexicons.entries(_NUMBERS, "ordinal_tens"))
for _i, _u in enumerate(_ORD_UNITS[:9]):
    ORDINALS[f"twenty-{_u}"] = ORDINALS[f"twenty {_u}"] = 21 + _i
ORDINALS["thirty-first"] = ORDINALS["thirty first"] = 31

#: Single words that make up cardinals and ordinals ("twenty", "first") and weekday names.
CARDINAL_PARTS: frozenset[str] = frozenset(w for k in CARDINALS for w in re.split(r"[\s-]", k))
ORDINAL_PARTS: frozenset[str] = frozenset(w for k in ORDINALS for w in re.split(r"[\s-]", k))
WEEKDAY_WORDS: frozenset[str] = frozenset(
    w.lower() for w in _WEEKDAY_FULL_PARTS + _WEEKDAY_ABBR_PARTS
)

# Vague quantities: (smallest, largest) number of units meant.
VAGUE: dict[str, tuple[int, int]] = {
    w: (lo, hi) for w, (lo, hi) in lexicons.entries(_TIME, "vague_counts").items()
}


def _alt(words: list[str]) -> str:
    """Return a regex alternation of ``words``, longest first, spaces as ``\\s+``."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _title_upper(parts: list[str]) -> str:
    """Wrap case-variant alternatives so they match only Title or UPPER case."""
    both = parts + [p.upper() for p in parts]
    return "(?-i:" + "|".join(both) + ")"


#: A full month name ("March", "MARCH").
MONTH_FULL = _title_upper(_MONTH_FULL_PARTS) + r"\b"
#: A full or abbreviated month name ("Mar", "Mar.", "Sept").
MONTH_ANY = _title_upper(_MONTH_FULL_PARTS + _MONTH_ABBR_PARTS) + r"\b\.?"
#: A full weekday name.
WEEKDAY_FULL = _title_upper(_WEEKDAY_FULL_PARTS) + r"\b"
#: A full or abbreviated weekday name, as in a dateline ("Wed", "Wednesday,").
WEEKDAY_ANY = _title_upper(_WEEKDAY_FULL_PARTS + _WEEKDAY_ABBR_PARTS) + r"\b\.?,?"
#: A four-digit year from 1800 to 2099.
YEAR = r"(?:1[89]|20)\d\d(?!\d)"
#: A day of the month in digits, with an optional ordinal suffix.
DAY_NUM = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)(?:st|nd|rd|th)?"
#: An ordinal word (first .. thirty-first).
ORDINAL_WORD = _alt(list(ORDINALS))
#: A cardinal written in digits or words, or "a"/"an".
CARDINAL = r"(?:\d{1,3}(?!\d)|" + _alt([w for w in CARDINALS if " " not in w or "-" in w]) + ")"
#: A vague quantity ("a few", "several").
VAGUE_WORD = _alt(list(VAGUE))
#: A calendar unit word, singular or plural.
UNIT = r"(?:hour|day|week|fortnight|month|year|decade)s?\b"
#: Parts of a day that may follow a day word ("yesterday morning").
DAY_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"


def month_number(token: str) -> int:
    """Return the month number of a month name or abbreviation."""
    return MONTHS[token[:3].lower()]


def weekday_number(token: str) -> int:
    """Return the weekday number (Monday = 0) of a weekday name or abbreviation."""
    return WEEKDAYS[token[:3].lower()]


def number_value(token: str) -> int | None:
    """Return the value of a cardinal in digits or words, or ``None``."""
    token = re.sub(r"\s+", " ", token.strip().lower())
    if token.isdigit():
        return int(token)
    return CARDINALS.get(token)


def day_value(token: str) -> int | None:
    """Return the day number of ``"3"``, ``"3rd"``, ``"03"`` or ``"third"``."""
    token = re.sub(r"\s+", " ", token.strip().lower())
    digits = re.match(r"\d+", token)
    if digits:
        return int(digits.group())
    return ORDINALS.get(token)


def unit_of(token: str) -> str:
    """Return the singular unit name of ``"days"``, ``"Week"`` ...."""
    unit = token.lower().rstrip("s")
    return "week" if unit == "fortnight" else unit


def month_end(year: int, month: int) -> date:
    """Return the last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def safe_date(year: int, month: int, day: int) -> date | None:
    """Return the date, or ``None`` when it does not exist (31 February)."""
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def add_months(day: date, months: int) -> tuple[int, int]:
    """Return (year, month) ``months`` calendar months after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def week_bounds(day: date) -> tuple[date, date]:
    """Return the Monday and Sunday of ``day``'s ISO week."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def unit_bounds(day: date, unit: str) -> tuple[date, date]:
    """Return the first and last day of the ``unit`` (day/week/month/year) containing ``day``."""
    if unit == "day":
        return day, day
    if unit == "week":
        return week_bounds(day)
    if unit == "month":
        return date(day.year, day.month, 1), month_end(day.year, day.month)
    if unit == "decade":
        first = day.year - day.year % 10
        return date(first, 1, 1), date(first + 9, 12, 31)
    return date(day.year, 1, 1), date(day.year, 12, 31)


def shift(day: date, unit: str, count: int) -> date:
    """Return ``day`` moved by ``count`` units (days, weeks, months, years, decades)."""
    if unit in ("day", "hour"):
        return day + timedelta(days=count if unit == "day" else int(count / 24))
    if unit == "week":
        return day + timedelta(days=7 * count)
    if unit == "month":
        year, month = add_months(day, count)
        return date(year, month, min(day.day, month_end(year, month).day))
    years = count * (10 if unit == "decade" else 1)
    year = day.year + years
    return date(year, day.month, min(day.day, month_end(year, day.month).day))


#: Precision of a unit, as vocab.TIME_PRECISION keys.
UNIT_PRECISION: dict[str, str] = {
    "hour": "day", "day": "day", "week": "week", "month": "month", "year": "year",
    "decade": "year",
}  # fmt: skip

#: Rank of precisions, finest first.
PRECISION_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4,
                                  "unknown": 5}  # fmt: skip

#: Seasons as (first month, number of months); winter runs December to February.
SEASONS: dict[str, tuple[int, int]] = {
    name: (first, length) for name, (first, length) in lexicons.entries(_TIME, "seasons").items()
}

#: Parts of a month: (first day, last day); 0 = the month's last day, negative = from the end.
MONTH_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 10), "mid": (11, 20), "late": (21, 0), "w1": (1, 7), "w2": (8, 14),
    "w3": (15, 21), "w4": (22, 28), "wl": (-6, 0), "h1": (1, 15), "h2": (16, 0),
}  # fmt: skip
#: Parts of a year: (first month, last month).
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4), "mid": (5, 8), "late": (9, 12), "h1": (1, 6), "h2": (7, 12),
    "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
}  # fmt: skip
_NTH = {"first": "1", "second": "2", "third": "3", "fourth": "4", "last": "l", "final": "l"}


def part_key(modifier: str | None) -> str | None:
    """Map a modifier to a key of MONTH_PARTS / YEAR_PARTS.

    "early", "the beginning of", "the first days of" -> early; "mid-" -> mid;
    "late", "the end of" -> late; "the first week of" -> w1, "the last week of"
    -> wl; "the second half of" -> h2; "the third quarter of" -> q3.
    """
    if not modifier:
        return None
    mod = modifier.lower()
    nth = next((v for k, v in _NTH.items() if k in mod.split()), None)
    if nth and "week" in mod:
        return "w" + nth
    if nth and "half" in mod:
        return "h1" if nth == "1" else "h2"
    if nth and "quarter" in mod:
        return "q4" if nth == "l" else "q" + nth
    if "early" in mod or "beginning" in mod or "start" in mod or nth == "1":
        return "early"
    if "mid" in mod:
        return "mid"
    if "late" in mod or "end" in mod or nth == "l":
        return "late"
    return None


def month_part(year: int, month: int, part: str) -> tuple[date, date]:
    """Return the first and last day of a part of a month (the whole month for year-only parts)."""
    last_day = month_end(year, month).day
    lo, hi = MONTH_PARTS.get(part, (1, 0))
    lo = last_day + lo if lo <= 0 else lo
    hi = last_day if hi == 0 else hi
    return date(year, month, lo), date(year, month, hi)


def year_part(year: int, part: str) -> tuple[date, date, str]:
    """Return the first and last day of a part of a year and its precision."""
    if part in YEAR_PARTS:
        lo, hi = YEAR_PARTS[part]
        return date(year, lo, 1), month_end(year, hi), "season"
    if part.startswith("w"):  # "the first week of 2016"
        if part == "wl":
            return date(year, 12, 25), date(year, 12, 31), "week"
        first = date(year, 1, 1) + timedelta(days=7 * (int(part[1]) - 1))
        return first, first + timedelta(days=6), "week"
    return date(year, 1, 1), date(year, 12, 31), "year"
