"""What a date rule's match says: the normalisers of :mod:`warcheck.analysis.time.rules`.

Each normaliser checks a match in its context and turns it into a small dictionary of
parsed fields with a ``"type"`` key (see :mod:`warcheck.analysis.time.resolve` for how each
type is resolved), or returns ``None`` to drop the match ("in 2000 people" is no year).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from warcheck.analysis.time import calendar_words as cw
from warcheck.analysis.time.calendar_words import MONTH_FULL
from warcheck.knowledge import lexicons

_TIME = "time_words"
Fields = dict[str, Any]
Normaliser = Callable[[re.Match[str], str], Fields | None]

# A count of people or things after a number: the number is not a year.
_COUNT_NOUN = re.compile(
    rf"\s+(?:(?:{lexicons.pattern(_TIME, 'count_noun_modifiers')})\s+)?"
    rf"(?:{lexicons.pattern(_TIME, 'count_nouns')})\b"
)
_YEAR_BEFORE = re.compile(r"(?:1[89]|20)\d\d(?:\s*,)?\s*$")
_MONTH_BEFORE = re.compile(MONTH_FULL + r"(?:\s+\d{4})?(?:\s*,)?\s*$")
_HOLIDAY_BEFORE = re.compile(rf"(?:{lexicons.pattern(_TIME, 'weekday_epithets')})\s+$")
_FOLLOW_OK = re.compile(
    r"\s*(?:[,.;:)\]]|$)|\s+(?:and|or|when|at|in|with|while|as|amid|near|against|by|to|but|which"
    r"|that|following|during|from|after|before|until|the|,)\b"
)
# After "the day before/after": an event follows ("the day after the attack", "... Roth was").
_EVENT_AFTER = re.compile(
    r"\s+(?:(?i:the|a|an|his|her|its|their|this|that|these|those|he|she|they|it|we|i|\w+ing)\b"
    r"|[A-Z])"
)
_PUNCT_AFTER = re.compile(r"\s*(?:[,.;:)\]]|$)|\s+(?:and|when|but)\b")


def _num(token: str | None) -> int | None:
    return int(token) if token else None


def cal(m: re.Match[str], text: str) -> Fields | None:
    """Absolute or yearless calendar dates: DMY, MDY, ISO, month-year."""
    g = m.groupdict()
    day_token = g.get("d") or g.get("dw") or g.get("dg")
    day = cw.day_value(day_token) if day_token else None
    year = _num(g.get("y") or g.get("yg"))
    month = cw.month_number(g["m"]) if g.get("m") else None
    if day is not None and month is not None:
        if year is not None and cw.safe_date(year, month, day) is None:
            return None
        if year is None and cw.safe_date(2016, month, day) is None:  # 2016: leap year
            return None
    out: Fields = {"type": "cal", "y": year, "m": month, "d": day, "mod": cw.part_key(g.get("mod"))}
    if g.get("yrel"):  # "25 February last year"
        out["yrel"] = {"this": 0, "last": -1, "next": 1}[g["yrel"].lower()]
    return out


def iso(m: re.Match[str], text: str) -> Fields | None:
    """ISO dates ("2017-04-05"), when the day exists."""
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if cw.safe_date(y, mo, d) is None:
        return None
    return {"type": "cal", "y": y, "m": mo, "d": d, "mod": None}


def numeric(m: re.Match[str], text: str) -> Fields | None:
    """Numeric dates ("05.04.2017"): the valid readings, day-first first.

    Resolution keeps day-first unless only the month-first reading falls on or
    before the publication date ("12/25/2016" is month-first anyway).
    """
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    options = [(b, a)] if cw.safe_date(y, b, a) else []
    if a != b and cw.safe_date(y, a, b):
        options.append((a, b))
    if not options:
        return None
    return {"type": "numeric", "y": y, "options": options}


def month(m: re.Match[str], text: str) -> Fields | None:
    """A month name without day or year: needs a preposition, modifier or "last"/"next"."""
    prep = (m["prep"] or "").lower()
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    yrel = {"this": 0, "last": -1, "next": 1}.get((m["yrel"] or "").lower())
    if not (prep or m["mod"] or rel or yrel is not None):
        return None
    if prep in ("and", "or", "to") and not _MONTH_BEFORE.search(
        text, max(0, m.start("prep") - 20), m.start("prep")
    ):
        return None
    if m["m"] in ("May", "MAY") and not (m["mod"] or rel) and prep in ("by", "of", "for"):
        return None
    rel = {"the same": "same", "that": "same"}.get(rel, rel)
    return {"type": "cal", "y": None, "m": cw.month_number(m["m"]), "d": None,
            "mod": cw.part_key(m["mod"]), "rel": rel or None, "yrel": yrel}  # fmt: skip


def year(m: re.Match[str], text: str) -> Fields | None:
    """A year licensed by a preposition or modifier, and not a count ("in 2000 people")."""
    prep = (m["prep"] or "").lower()
    where = m.start("prep") if m["prep"] else m.start()
    if (prep in ("and", "or", "to") or not (prep or m["mod"])) and not _YEAR_BEFORE.search(
        text, max(0, where - 8), where
    ):
        return None  # "and 2014" / ", 2014" only in a list of years
    if _COUNT_NOUN.match(text, m.end()):
        return None
    return {"type": "cal", "y": int(m["y"]), "m": None, "d": None, "mod": cw.part_key(m["mod"])}


def year_range(m: re.Match[str], text: str) -> Fields | None:
    """Year ranges ("2011-2014", "between 2011 and 2014"), not counts or prices."""
    y1, y2s, sep = int(m["y"]), m["y2"], m["sep"].lower()
    y2 = int(y2s) if len(y2s) == 4 else y1 - y1 % 100 + int(y2s)
    if not (y1 < y2 <= y1 + 60) or _COUNT_NOUN.match(text, m.end()):
        return None
    prep = (m["prep"] or "").lower()
    if sep == "and" and prep != "between":
        return None
    if sep in ("-", "–", "/") and not prep and m.start() > 0 and text[m.start() - 1] in "$#":
        return None
    return {"type": "yrange", "y": y1, "y2": y2}


def day_range(m: re.Match[str], text: str) -> Fields | None:
    """Day ranges within a month ("5-7 April", "April 5 to 7")."""
    prep = (m["prep"] or "").lower()
    sep = m["sep"].lower()
    if sep == "and" and prep != "between":
        return None
    d1, d2 = cw.day_value(m["d1"]), cw.day_value(m["d2"])
    year, month = _num(m["y"]), cw.month_number(m["m"])
    if d1 is None or d2 is None or d1 >= d2 or cw.safe_date(year or 2016, month, d2) is None:
        return None
    return {"type": "dayrange", "y": year, "m": month, "d1": d1, "d2": d2}


def season(m: re.Match[str], text: str) -> Fields | None:
    """Seasons with a year or a relative word ("last summer", "winter 2016")."""
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    season = m["s"].lower()
    if not (rel or m["y"]) or (season == "fall" and not m["y"]):
        return None
    rel = {"the same": "same", "that": "same", "the past": "last", "the": ""}.get(rel, rel)
    return {"type": "season", "y": _num(m["y"]), "s": season, "rel": rel or None}


def decade(m: re.Match[str], text: str) -> Fields | None:
    """Decades ("the 1990s", "the late 1980s")."""
    return {"type": "decade", "y": int(m["dec"]), "mod": cw.part_key(m["mod"])}


def dayword(m: re.Match[str], text: str) -> Fields | None:
    """Day words relative to publication ("yesterday", "the day before yesterday")."""
    t = re.sub(r"\s+", " ", m["t"].lower())
    if t.startswith("the day before"):
        offset = -2
    elif t.startswith("the day after"):
        offset = 2
    elif t.startswith(("yesterday", "last night")):
        offset = -1
    elif t.startswith("tomorrow"):
        offset = 1
    else:
        offset = 0
    return {"type": "dayword", "offset": offset}


def weekday(m: re.Match[str], text: str) -> Fields | None:
    """Weekday names ("on Friday", "last Sunday"), not holidays ("Good Friday")."""
    if _HOLIDAY_BEFORE.search(text, max(0, m.start("t") - 8), m.start("t")):
        return None
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    rel = {"past": "last", "previous": "last", "coming": "next", "early": "", "late": ""}.get(
        rel, rel
    )
    return {"type": "weekday", "wd": cw.weekday_number(m["wd"]), "rel": rel or None}


_REL_UNIT = {"the last": "last", "the past": "past", "the current": "this", "the next": "next",
             "the coming": "next", "the previous": "previous", "the following": "following",
             "the same": "same", "that": "same", "the": "the"}  # fmt: skip


def relunit(m: re.Match[str], text: str) -> Fields | None:
    """A relative calendar unit ("last week", "earlier this month", "the same year")."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    rel = _REL_UNIT.get(rel, rel)
    unit = m["u"].lower()
    mod = (m["mod"] or "").lower()
    if rel == "the" and not mod and unit != "weekend":
        return None
    part = "earlier" if mod == "earlier" else "later" if mod == "later" else cw.part_key(mod)
    return {"type": "relunit", "rel": rel, "u": unit, "part": part}


def _count(token: str) -> tuple[int, int] | None:
    key = re.sub(r"\s+", " ", token.lower())
    if key in cw.VAGUE:
        return cw.VAGUE[key]
    value = cw.number_value(key)
    return (value, value) if value is not None else None


def ago(m: re.Match[str], text: str) -> Fields | None:
    """Counts of units before or after an anchor ("three days ago", "two weeks later")."""
    direction = m["dir"].lower()
    if direction in ("before", "after", "prior") and not _PUNCT_AFTER.match(text, m.end()):
        return None
    count = _count(m["n"])
    if count is None or count[1] > 500:
        return None
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "prior") else 1
    base = "published" if direction == "ago" else "previous"
    return {"type": "ago", "n": count, "u": cw.unit_of(m["u"]), "sign": sign, "base": base}


def anaday(m: re.Match[str], text: str) -> Fields | None:
    """Days relative to the previous date ("the next day", "that morning")."""
    t = re.sub(r"\s+", " ", m["t"].lower())
    if m["ba"] and _EVENT_AFTER.match(text, m.end()):
        return None  # "the day after the attack": anchored to an event, not a date
    if "next" in t or "following" in t or t.endswith("after"):
        offset = 1
    elif "previous" in t or "preceding" in t or t.endswith("before"):
        offset = -1
    else:
        offset = 0
    return {"type": "anaday", "offset": offset}


def nthof(m: re.Match[str], text: str) -> Fields | None:
    """A day of a relative month ("the 18th of the same month")."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    rel = _REL_UNIT.get(rel, rel)
    rel = "last" if rel == "past" else rel
    day = cw.day_value(m["d"])
    if day is None or not 1 <= day <= 31:
        return None
    return {"type": "nthof", "d": day, "rel": rel}


def onthe(m: re.Match[str], text: str) -> Fields | None:
    """A bare day of the month ("on the 3rd")."""
    if not _FOLLOW_OK.match(text, m.end()):
        return None
    if m["prep"].lower() in ("and", "to") and not m["d"][0].isdigit():
        return None
    day = cw.day_value(m["d"])
    if day is None or not 1 <= day <= 31:
        return None
    return {"type": "onthe", "d": day}


def rolling(m: re.Match[str], text: str) -> Fields | None:
    """Rolling windows ("the past three days", "the next two weeks")."""
    count = _count(m["n"])
    if count is None or m["n"].lower() in ("a", "an"):
        return None
    rel = m["rel"].lower()
    direction = "past" if rel in ("past", "last", "previous") else rel
    return {"type": "rolling", "dir": direction, "n": count[1], "u": cw.unit_of(m["u"])}


def duration(m: re.Match[str], text: str) -> Fields | None:
    """Durations ("for three days", "over the past months"): never resolved."""
    if m["u"][0].isupper() and not m["u"].isupper():
        return None  # a name: "the Six-Day War"
    n = (m["n"] or "").lower()
    licensed = bool(m["prep"] or m["q"])
    if not n:
        if not (licensed and m["u"].lower().endswith("s")):
            return None
    elif (n in ("a", "an", "one", "many") or re.sub(r"\s+", " ", n) in cw.VAGUE) and not licensed:
        return None
    return {"type": "duration", "u": cw.unit_of(m["u"])}


def century(m: re.Match[str], text: str) -> Fields | None:
    """Centuries ("the 19th century", "the early twentieth century")."""
    number = cw.day_value(m["n"])
    if number is None or not 1 <= number <= 21:
        return None
    return {"type": "century", "y": (number - 1) * 100, "mod": cw.part_key(m["mod"])}


def fallback(m: re.Match[str], text: str) -> Fields | None:
    """A "day month year" span for dateparser in a language other than English."""
    return {"type": "fallback", "span": m.group()}
