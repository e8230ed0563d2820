"""Recognition rules for temporal expressions: precompiled regexes and normalisers.

Each rule is a regex plus a normaliser that checks the match in context and
turns it into a small dictionary of parsed fields with a ``"type"`` key (see
:mod:`warcheck.analysis.time.resolve` for how each type is resolved). The span of the
expression is the regex group ``t`` when the pattern has one (so that a
preposition that only licenses the match, like the "in" of "in 2014", stays
outside the span), otherwise the whole match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from warcheck.analysis.time import calendar_words as cw
from warcheck.analysis.time.calendar_words import (
    CARDINAL,
    DAY_NUM,
    MONTH_ANY,
    MONTH_FULL,
    ORDINAL_WORD,
    UNIT,
    VAGUE_WORD,
    WEEKDAY_ANY,
    WEEKDAY_FULL,
    YEAR,
)
from warcheck.knowledge import lexicons

_TIME = "time_words"
Fields = dict[str, Any]
Normaliser = Callable[[re.Match[str], str], Fields | None]

_MOD_WORDS = (
    r"early|mid-?|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of|(?:the\s+)?(?:first"
    r"|second|third|fourth|last|final)\s+(?:week|half|quarter|days|months)\s+of"
)
_MOD = rf"(?P<mod>{_MOD_WORDS})"
_DAY = rf"(?:{DAY_NUM})\b"

# A count of people or things after a number: the number is not a year.
_COUNT_NOUN = re.compile(
    rf"\s+(?:(?:{lexicons.pattern(_TIME, 'count_noun_modifiers')})\s+)?"
    rf"(?:{lexicons.pattern(_TIME, 'count_nouns')})\b"
)
_YEAR_BEFORE = re.compile(r"(?:1[89]|20)\d\d(?:\s*,)?\s*$")
_MONTH_BEFORE = re.compile(MONTH_FULL + r"(?:\s+\d{4})?(?:\s*,)?\s*$")
_HOLIDAY_BEFORE = re.compile(rf"(?:{lexicons.pattern(_TIME, 'weekday_epithets')})\s+$")
_SEASON = "|".join(cw.SEASONS)
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


@dataclass(frozen=True)
class Rule:
    """A recognition rule.

    The rule is tried only near its trigger tokens (``triggers``: kinds from
    :data:`TRIGGER_KINDS`), with ``pattern.match`` at the trigger and at the
    starts of up to ``back`` words before it.
    """

    name: str
    pattern: re.Pattern[str]
    normalise: Normaliser
    triggers: str
    back: int = 0
    any_language: bool = False
    words: frozenset[str] = frozenset()  # when set: only these trigger tokens (lower case)
    any_left: bool = False  # try any word before the trigger, not only calendar words


def _num(token: str | None) -> int | None:
    return int(token) if token else None


def _cal(m: re.Match[str], text: str) -> Fields | None:
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
    return {"type": "cal", "y": year, "m": month, "d": day, "mod": cw.part_key(g.get("mod"))}


def _iso(m: re.Match[str], text: str) -> Fields | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if cw.safe_date(y, mo, d) is None:
        return None
    return {"type": "cal", "y": y, "m": mo, "d": d, "mod": None}


def _numeric(m: re.Match[str], text: str) -> Fields | None:
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


def _month(m: re.Match[str], text: str) -> Fields | None:
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


def _year(m: re.Match[str], text: str) -> Fields | None:
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


def _year_range(m: re.Match[str], text: str) -> Fields | None:
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


def _day_range(m: re.Match[str], text: str) -> Fields | None:
    prep = (m["prep"] or "").lower()
    sep = m["sep"].lower()
    if sep == "and" and prep != "between":
        return None
    d1, d2 = cw.day_value(m["d1"]), cw.day_value(m["d2"])
    year, month = _num(m["y"]), cw.month_number(m["m"])
    if d1 is None or d2 is None or d1 >= d2 or cw.safe_date(year or 2016, month, d2) is None:
        return None
    return {"type": "dayrange", "y": year, "m": month, "d1": d1, "d2": d2}


def _season(m: re.Match[str], text: str) -> Fields | None:
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    season = m["s"].lower()
    if not (rel or m["y"]) or (season == "fall" and not m["y"]):
        return None
    rel = {"the same": "same", "that": "same", "the past": "last", "the": ""}.get(rel, rel)
    return {"type": "season", "y": _num(m["y"]), "s": season, "rel": rel or None}


def _decade(m: re.Match[str], text: str) -> Fields | None:
    return {"type": "decade", "y": int(m["dec"]), "mod": cw.part_key(m["mod"])}


def _dayword(m: re.Match[str], text: str) -> Fields | None:
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


def _weekday(m: re.Match[str], text: str) -> Fields | None:
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


def _relunit(m: re.Match[str], text: str) -> Fields | None:
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


def _ago(m: re.Match[str], text: str) -> Fields | None:
    direction = m["dir"].lower()
    if direction in ("before", "after", "prior") and not _PUNCT_AFTER.match(text, m.end()):
        return None
    count = _count(m["n"])
    if count is None or count[1] > 500:
        return None
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "prior") else 1
    base = "published" if direction == "ago" else "previous"
    return {"type": "ago", "n": count, "u": cw.unit_of(m["u"]), "sign": sign, "base": base}


def _anaday(m: re.Match[str], text: str) -> Fields | None:
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


def _nthof(m: re.Match[str], text: str) -> Fields | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    rel = _REL_UNIT.get(rel, rel)
    rel = "last" if rel == "past" else rel
    day = cw.day_value(m["d"])
    if day is None or not 1 <= day <= 31:
        return None
    return {"type": "nthof", "d": day, "rel": rel}


def _onthe(m: re.Match[str], text: str) -> Fields | None:
    if not _FOLLOW_OK.match(text, m.end()):
        return None
    if m["prep"].lower() in ("and", "to") and not m["d"][0].isdigit():
        return None
    day = cw.day_value(m["d"])
    if day is None or not 1 <= day <= 31:
        return None
    return {"type": "onthe", "d": day}


def _rolling(m: re.Match[str], text: str) -> Fields | None:
    count = _count(m["n"])
    if count is None or m["n"].lower() in ("a", "an"):
        return None
    rel = m["rel"].lower()
    direction = "past" if rel in ("past", "last", "previous") else rel
    return {"type": "rolling", "dir": direction, "n": count[1], "u": cw.unit_of(m["u"])}


def _duration(m: re.Match[str], text: str) -> Fields | None:
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


def _century(m: re.Match[str], text: str) -> Fields | None:
    number = cw.day_value(m["n"])
    if number is None or not 1 <= number <= 21:
        return None
    return {"type": "century", "y": (number - 1) * 100, "mod": cw.part_key(m["mod"])}


def _fallback(m: re.Match[str], text: str) -> Fields | None:
    return {"type": "fallback", "span": m.group()}


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


#: Trigger kinds: M month name, W weekday name, U unit word (day, week, month ...), R day word
#: (today, tonight, morning ...), S season, Y four-digit year, N numeric date (05.04.2017),
#: O ordinal (3rd, third).
TRIGGER_KINDS = "MWURSYNO"

# fmt: off
RULES: tuple[Rule, ...] = (
    Rule("iso", _rx(rf"(?P<y>{YEAR})(?P<s>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=s)"
                    r"(?P<d>0?[1-9]|[12]\d|3[01])(?![\d.])"), _iso, "N", any_language=True),
    Rule("numeric", _rx(rf"(?P<a>\d{{1,2}})(?P<s>[-/.])(?P<b>\d{{1,2}})(?P=s)(?P<y>{YEAR})"
                        r"(?!\.\d)"), _numeric, "N", any_language=True),
    Rule("dmy", _rx(rf"(?:(?P<wd>{WEEKDAY_ANY})\s+)?(?:the\s+)?(?:(?P<d>{_DAY})(?:\s+of)?"
                    rf"|(?P<dw>{ORDINAL_WORD})\s+of)\s+(?P<m>{MONTH_ANY})(?:,?\s+(?P<y>{YEAR}))?"),
         _cal, "M", 6),
    Rule("mdy", _rx(rf"(?:(?P<wd>{WEEKDAY_ANY})\s+)?(?P<m>{MONTH_ANY})\s+(?:(?P<dg>0[1-9]|[12]\d"
                    rf"|3[01])(?P<yg>(?:19|20)\d\d)(?!\d)|(?:the\s+)?(?P<d>{_DAY})"
                    rf"(?:,?\s+(?P<y>{YEAR}))?)"), _cal, "M", 1),
    Rule("month_year", _rx(rf"(?:{_MOD}\s*)?(?P<m>{MONTH_ANY})(?:\s+of)?,?\s+(?P<y>{YEAR})"),
         _cal, "M", 4),
    Rule("day_range", _rx(rf"(?:(?P<prep>from|between)\s+)?(?P<d1>{_DAY})\s*(?P<sep>-|–|to|and"
                          rf"|until|till|through)\s*(?P<d2>{_DAY})(?:\s+of)?\s+"
                          rf"(?P<m>{MONTH_ANY})(?:,?\s+(?P<y>{YEAR}))?"), _day_range, "M", 5),
    Rule("mdy_range", _rx(rf"(?P<m>{MONTH_ANY})\s+(?P<d1>{_DAY})\s*(?P<sep>-|–|to|through)\s*"
                          rf"(?P<d2>{_DAY})(?:,?\s+(?P<y>{YEAR}))?(?P<prep>)"), _day_range, "M"),
    Rule("month", _rx(rf"(?:(?P<prep>in|since|until|till|by|from|during|through|throughout|before"
                      rf"|after|of|between|for|and|or|to)\s+)?(?P<t>(?:{_MOD}\s*)?"
                      rf"(?:(?P<rel>last|next|this|the\s+same|that)\s+)?(?P<m>{MONTH_FULL})"
                      r"(?:\s+(?P<yrel>this|last|next)\s+year\b)?)"),
         _month, "M", 5),
    Rule("year_range", _rx(rf"(?:(?:in|during)\s+)?(?P<t>(?:(?P<prep>from|between)\s+)?"
                           rf"(?P<y>{YEAR})\s*(?P<sep>[-–/]|to|and|until|till|through)\s*"
                           rf"(?P<y2>{YEAR}|\d\d(?!\d)))"), _year_range, "Y", 2),
    Rule("year", _rx(rf"(?:(?P<prep>in|since|from|until|till|by|during|before|after|throughout"
                     rf"|through|between|year|and|or|to)\s+)?"
                     rf"(?P<t>(?:{_MOD}\s*)?(?P<y>{YEAR}))\b"), _year, "Y", 4),
    Rule("season", _rx(rf"(?P<t>(?:(?P<rel>last|this|next|the\s+same|that|the\s+past|the)\s+)?"
                       rf"(?:(?:early|late|mid-?)\s*)?(?P<s>{_SEASON})\b"
                       rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?)"), _season, "S", 3),
    Rule("decade", _rx(r"(?P<t>(?:the\s+)?(?:(?P<mod>early|mid-?|late)\s*)?"
                       r"(?P<dec>(?:1[89]|20)\d0)'?s)\b"), _decade, "Y", 3),
    Rule("century", _rx(rf"(?P<t>(?:the\s+)?(?:(?P<mod>early|mid-?|late)\s*)?(?P<n>"
                        rf"(?:1\d|2[01]|[1-9])(?:st|nd|rd|th)|{ORDINAL_WORD})[\s-]+century)\b"),
         _century, "U", 4, words=frozenset({"century"})),
    Rule("dayword", _rx(r"(?<!USA )(?P<t>the\s+day\s+before\s+yesterday|the\s+day\s+after"
                        r"\s+tomorrow|(?:yesterday|today|tomorrow|tonight)(?:\s+(?:morning"
                        r"|afternoon|evening|night)\b)?|last\s+night|this\s+(?:morning|afternoon"
                        r"|evening))\b"), _dayword, "R", 4),
    Rule("weekday", _rx(r"(?:(?P<prep>on|by|until|till|since|from|before|after)\s+)?"
                        r"(?P<t>(?:(?P<rel>last|this|next|past|previous|coming|the\s+following|the\s+previous"
                        rf"|the\s+next|early|late)\s+)?(?P<wd>{WEEKDAY_FULL})(?:\s+(?:morning"
                        r"|afternoon|evening|night)\b)?)"), _weekday, "W", 3),
    Rule("relunit", _rx(r"(?P<t>(?:(?P<mod>earlier|later|" + _MOD_WORDS + r")\s*)?(?P<rel>last"
                        r"|this|next|past"
                        r"|the\s+past|the\s+last|the\s+coming|the\s+current|the\s+previous"
                        r"|the\s+following|the\s+next|the\s+same|that|the)\s+(?P<u>weekend|week"
                        r"|month|year|decade))\b(?!-)"), _relunit, "U", 5,
         words=frozenset({"week", "month", "year", "decade"})),
    Rule("ago", _rx(rf"(?P<t>(?P<n>{CARDINAL}|{VAGUE_WORD})\s+(?P<u>{UNIT})\s+(?P<dir>ago"
                    r"|earlier|later|before|afterwards|after|previously|prior))\b"), _ago, "U", 4),
    Rule("anaday", _rx(r"(?P<t>(?:the\s+)?(?:next|following|previous|preceding|same)\s+(?:day"
                       r"|morning|night|evening|afternoon)|that\s+(?:same\s+)?(?:day|morning"
                       r"|night|evening|afternoon)|the\s+day\s+(?P<ba>before|after)"
                       r"(?!\s+(?:yesterday|tomorrow)))\b"), _anaday, "UR", 3,
         words=frozenset({"day", "morning", "night", "evening", "afternoon"})),
    Rule("nthof", _rx(rf"(?P<t>(?:the\s+)?(?P<d>{_DAY}|{ORDINAL_WORD})\s+of\s+(?P<rel>last|this"
                      r"|next|the\s+same|the\s+current|the\s+previous|the\s+following|the\s+past"
                      r"|that)\s+month)\b"), _nthof, "U", 7, words=frozenset({"month"})),
    Rule("onthe", _rx(r"(?P<prep>on|by|until|till|since|from|before|after|between|and|to)\s+"
                      r"(?P<t>the\s+(?P<d>(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)|"
                      rf"{ORDINAL_WORD}))\b"), _onthe, "O", 3),
    Rule("rolling", _rx(rf"(?P<t>(?:the\s+)?(?P<rel>past|last|previous|next|coming|following)\s+"
                        rf"(?P<n>{CARDINAL}|{VAGUE_WORD})\s+(?P<u>{UNIT}))"), _rolling, "U", 5),
    Rule("duration", _rx(r"(?:(?P<prep>for|over|within|lasting|during|after|in)\s+)?(?P<t>(?:"
                         r"(?P<q>(?:more|less|fewer)\s+than|nearly|about|almost|at\s+least|around"
                         rf"|some|up\s+to|roughly|approximately|over)\s+)?(?:(?P<n>{CARDINAL}"
                         rf"|{VAGUE_WORD}|many)[\s-]+)?(?P<u>{UNIT}))(?!-old|\s+old\b|\s+of\s+age"
                         r"|\s+ago\b)"), _duration, "U", 6),
)

#: Rules for languages other than English: numeric dates, plus candidate
#: "day word year" spans that dateparser checks with the article's language.
FALLBACK_RULES: tuple[Rule, ...] = (
    Rule("fallback", re.compile(rf"(?:\d{{1,2}}\.?\s+[^\W\d_]{{3,}}\.?|[^\W\d_]{{3,}}\s+"
                                rf"\d{{1,2}},?)\s+{YEAR}"), _fallback, "Y", 3, any_left=True),
)

# fmt: on

#: Rule names in priority order (earlier wins a tie on length).
PRIORITY: dict[str, int] = {r.name: i for i, r in enumerate(RULES + FALLBACK_RULES)}
