"""Recognition rules for temporal expressions: precompiled regexes and their normalisers.

Each rule is a regex plus a normaliser (:mod:`warcheck.analysis.time.readings`) that checks
the match in context and turns it into a small dictionary of parsed fields with a ``"type"``
key (see :mod:`warcheck.analysis.time.resolve` for how each type is resolved). The span of
the expression is the regex group ``t`` when the pattern has one (so that a preposition that
only licenses the match, like the "in" of "in 2014", stays outside the span), otherwise the
whole match. The words of the patterns that a domain expert extends (month, weekday, season
and number words) come from the data files through :mod:`~warcheck.analysis.time.calendar_words`;
the prepositions and relative words stay here, each bound to what its normaliser does with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warcheck.analysis.time import calendar_words as cw
from warcheck.analysis.time import readings as rd
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
from warcheck.analysis.time.readings import Fields, Normaliser

__all__ = ["FALLBACK_RULES", "PRIORITY", "RULES", "TRIGGER_KINDS", "Fields", "Rule"]

_MOD_WORDS = (
    r"early|mid-?|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of|(?:the\s+)?(?:first"
    r"|second|third|fourth|last|final)\s+(?:week|half|quarter|days|months)\s+of"
)
_MOD = rf"(?P<mod>{_MOD_WORDS})"
_DAY = rf"(?:{DAY_NUM})\b"
_SEASON = "|".join(cw.SEASONS)


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


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


#: Trigger kinds: M month name, W weekday name, U unit word (day, week, month ...), R day word
#: (today, tonight, morning ...), S season, Y four-digit year, N numeric date (05.04.2017),
#: O ordinal (3rd, third).
TRIGGER_KINDS = "MWURSYNO"

# fmt: off
RULES: tuple[Rule, ...] = (
    Rule("iso", _rx(rf"(?P<y>{YEAR})(?P<s>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=s)"
                    r"(?P<d>0?[1-9]|[12]\d|3[01])(?![\d.])"), rd.iso, "N", any_language=True),
    Rule("numeric", _rx(rf"(?P<a>\d{{1,2}})(?P<s>[-/.])(?P<b>\d{{1,2}})(?P=s)(?P<y>{YEAR})"
                        r"(?!\.\d)"), rd.numeric, "N", any_language=True),
    Rule("dmy", _rx(rf"(?:(?P<wd>{WEEKDAY_ANY})\s+)?(?:the\s+)?(?:(?P<d>{_DAY})(?:\s+of)?"
                    rf"|(?P<dw>{ORDINAL_WORD})\s+of)\s+(?P<m>{MONTH_ANY})(?:,?\s+(?P<y>{YEAR})"
                    r"|\s+(?P<yrel>this|last|next)\s+year\b)?"),
         rd.cal, "M", 6),
    Rule("mdy", _rx(rf"(?:(?P<wd>{WEEKDAY_ANY})\s+)?(?P<m>{MONTH_ANY})\s+(?:(?P<dg>0[1-9]|[12]\d"
                    rf"|3[01])(?P<yg>(?:19|20)\d\d)(?!\d)|(?:the\s+)?(?P<d>{_DAY})"
                    rf"(?:,?\s+(?P<y>{YEAR})|\s+(?P<yrel>this|last|next)\s+year\b)?)"),
         rd.cal, "M", 1),
    Rule("month_year", _rx(rf"(?:{_MOD}\s*)?(?P<m>{MONTH_ANY})(?:\s+of)?,?\s+(?P<y>{YEAR})"),
         rd.cal, "M", 4),
    Rule("day_range", _rx(rf"(?:(?P<prep>from|between)\s+)?(?P<d1>{_DAY})\s*(?P<sep>-|–|to|and"
                          rf"|until|till|through)\s*(?P<d2>{_DAY})(?:\s+of)?\s+"
                          rf"(?P<m>{MONTH_ANY})(?:,?\s+(?P<y>{YEAR}))?"), rd.day_range, "M", 5),
    Rule("mdy_range", _rx(rf"(?P<m>{MONTH_ANY})\s+(?P<d1>{_DAY})\s*(?P<sep>-|–|to|through)\s*"
                          rf"(?P<d2>{_DAY})(?:,?\s+(?P<y>{YEAR}))?(?P<prep>)"), rd.day_range, "M"),
    Rule("month", _rx(rf"(?:(?P<prep>in|since|until|till|by|from|during|through|throughout|before"
                      rf"|after|of|between|for|and|or|to)\s+)?(?P<t>(?:{_MOD}\s*)?"
                      rf"(?:(?P<rel>last|next|this|the\s+same|that)\s+)?(?P<m>{MONTH_FULL})"
                      r"(?:\s+(?P<yrel>this|last|next)\s+year\b)?)"),
         rd.month, "M", 5),
    Rule("year_range", _rx(rf"(?:(?:in|during)\s+)?(?P<t>(?:(?P<prep>from|between)\s+)?"
                           rf"(?P<y>{YEAR})\s*(?P<sep>[-–/]|to|and|until|till|through)\s*"
                           rf"(?P<y2>{YEAR}|\d\d(?!\d)))"), rd.year_range, "Y", 2),
    Rule("year", _rx(rf"(?:(?P<prep>in|since|from|until|till|by|during|before|after|throughout"
                     rf"|through|between|year|and|or|to)\s+)?"
                     rf"(?P<t>(?:{_MOD}\s*)?(?P<y>{YEAR}))\b"), rd.year, "Y", 4),
    Rule("season", _rx(rf"(?P<t>(?:(?P<rel>last|this|next|the\s+same|that|the\s+past|the)\s+)?"
                       rf"(?:(?:early|late|mid-?)\s*)?(?P<s>{_SEASON})\b"
                       rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?)"), rd.season, "S", 3),
    Rule("decade", _rx(r"(?P<t>(?:the\s+)?(?:(?P<mod>early|mid-?|late)\s*)?"
                       r"(?P<dec>(?:1[89]|20)\d0)'?s)\b"), rd.decade, "Y", 3),
    Rule("century", _rx(rf"(?P<t>(?:the\s+)?(?:(?P<mod>early|mid-?|late)\s*)?(?P<n>"
                        rf"(?:1\d|2[01]|[1-9])(?:st|nd|rd|th)|{ORDINAL_WORD})[\s-]+century)\b"),
         rd.century, "U", 4, words=frozenset({"century"})),
    Rule("dayword", _rx(r"(?<!USA )(?P<t>the\s+day\s+before\s+yesterday|the\s+day\s+after"
                        r"\s+tomorrow|(?:yesterday|today|tomorrow|tonight)(?:\s+(?:morning"
                        r"|afternoon|evening|night)\b)?|last\s+night|this\s+(?:morning|afternoon"
                        r"|evening))\b"), rd.dayword, "R", 4),
    Rule("weekday", _rx(r"(?:(?P<prep>on|by|until|till|since|from|before|after)\s+)?"
                        r"(?P<t>(?:(?P<rel>last|this|next|past|previous|coming|the\s+following|the\s+previous"
                        rf"|the\s+next|early|late)\s+)?(?P<wd>{WEEKDAY_FULL})(?:\s+(?:morning"
                        r"|afternoon|evening|night)\b)?)"), rd.weekday, "W", 3),
    Rule("relunit", _rx(r"(?P<t>(?:(?P<mod>earlier|later|" + _MOD_WORDS + r")\s*)?(?P<rel>last"
                        r"|this|next|past"
                        r"|the\s+past|the\s+last|the\s+coming|the\s+current|the\s+previous"
                        r"|the\s+following|the\s+next|the\s+same|that|the)\s+(?P<u>weekend|week"
                        r"|month|year|decade))\b(?!-)"), rd.relunit, "U", 5,
         words=frozenset({"week", "month", "year", "decade"})),
    Rule("ago", _rx(rf"(?P<t>(?P<n>{CARDINAL}|{VAGUE_WORD})\s+(?P<u>{UNIT})\s+(?P<dir>ago"
                    r"|earlier|later|before|afterwards|after|previously|prior))\b"), rd.ago, "U",
         4),
    Rule("anaday", _rx(r"(?P<t>(?:the\s+)?(?:next|following|previous|preceding|same)\s+(?:day"
                       r"|morning|night|evening|afternoon)|that\s+(?:same\s+)?(?:day|morning"
                       r"|night|evening|afternoon)|the\s+day\s+(?P<ba>before|after)"
                       r"(?!\s+(?:yesterday|tomorrow)))\b"), rd.anaday, "UR", 3,
         words=frozenset({"day", "morning", "night", "evening", "afternoon"})),
    Rule("nthof", _rx(rf"(?P<t>(?:the\s+)?(?P<d>{_DAY}|{ORDINAL_WORD})\s+of\s+(?P<rel>last|this"
                      r"|next|the\s+same|the\s+current|the\s+previous|the\s+following|the\s+past"
                      r"|that)\s+month)\b"), rd.nthof, "U", 7, words=frozenset({"month"})),
    Rule("onthe", _rx(r"(?P<prep>on|by|until|till|since|from|before|after|between|and|to)\s+"
                      r"(?P<t>the\s+(?P<d>(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)|"
                      rf"{ORDINAL_WORD}))\b"), rd.onthe, "O", 3),
    Rule("rolling", _rx(rf"(?P<t>(?:the\s+)?(?P<rel>past|last|previous|next|coming|following)\s+"
                        rf"(?P<n>{CARDINAL}|{VAGUE_WORD})\s+(?P<u>{UNIT}))"), rd.rolling, "U", 5),
    Rule("duration", _rx(r"(?:(?P<prep>for|over|within|lasting|during|after|in)\s+)?(?P<t>(?:"
                         r"(?P<q>(?:more|less|fewer)\s+than|nearly|about|almost|at\s+least|around"
                         rf"|some|up\s+to|roughly|approximately|over)\s+)?(?:(?P<n>{CARDINAL}"
                         rf"|{VAGUE_WORD}|many)[\s-]+)?(?P<u>{UNIT}))(?!-old|\s+old\b|\s+of\s+age"
                         r"|\s+ago\b)"), rd.duration, "U", 6),
)

#: Rules for languages other than English: numeric dates, plus candidate
#: "day word year" spans that dateparser checks with the article's language.
FALLBACK_RULES: tuple[Rule, ...] = (
    Rule("fallback", re.compile(rf"(?:\d{{1,2}}\.?\s+[^\W\d_]{{3,}}\.?|[^\W\d_]{{3,}}\s+"
                                rf"\d{{1,2}},?)\s+{YEAR}"), rd.fallback, "Y", 3, any_left=True),
)

# fmt: on

#: Rule names in priority order (earlier wins a tie on length).
PRIORITY: dict[str, int] = {r.name: i for i, r in enumerate(RULES + FALLBACK_RULES)}
