"""Casualty figures: how many of whom were killed, injured, displaced, missing or detained.

:func:`find_casualties` finds each figure tied to an outcome ("at least 11
civilians were killed", "killing four civilians", "the death toll rose to 76")
and :func:`warcheck.analysis.tolls.headline_figures` picks the article's main killed
figures from them.

Each number expression is looked at once. Its outcome comes, in order of
preference, from words after it ("were killed", "dead"), from a head noun that
carries it ("bodies", "casualties", "refugees"), from a verb before it
("killing", "arrested"), or from a toll phrase ("the death toll rose to"). A
figure with a person noun but no outcome of its own ("including 28 children")
takes the outcome of the figure it is joined to by "including", "among them",
"and" or "were among". A vague plural is an open range from the least figure
it means ("dozens": 24 or more; see :mod:`warcheck.analysis.numbers`).

Speed: the text is lower-cased once and scanned twice with prefix-factored
patterns, one for candidate numbers and one for the cue words that may stand
before a number (qualifiers, verbs, toll phrases, words that make a number a
date or a reference); every other pattern is matched at a known position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from warcheck.analysis.casualty_ages import is_age
from warcheck.analysis.casualty_links import linked_outcome
from warcheck.analysis.casualty_victims import add_victims
from warcheck.analysis.casualty_words import (
    AUX_WORDS,
    CUES,
    FLEX_HEADS,
    HEADS,
    MEMBER_OF_CIVILIANS,
    MEMBER_OF_SOLDIERS,
    MOD_GROUPS,
    NEED_AUX,
    NEXT_WORDS,
    OUTCOME_WORDS,
    PEOPLE_HEADS,
    SINGULAR,
    STOP_WORDS,
    TOLL_LINKS,
)
from warcheck.analysis.numbers import NUMBER, NUMBER_FIRST_WORDS, parse_number, word_trie
from warcheck.knowledge import lexicons
from warcheck.model import CasualtyMention
from warcheck.text import lower_same_length as _lower

# --- patterns (applied to the lower-cased text) -------------------------------------------

_STOP = word_trie(STOP_WORDS)
_MOD = rf"(?!(?:{_STOP})\b)[^\W\d_][\w'’().-]*"
_AGED = r"\d{1,3}[-‐]year[-‐]old"  # "a 9-year-old boy was killed": one
_TAIL = r"(?![\w%]|[.,:/]\d|[-‐]\w|\s*(?:per\s*cent|percent)\b)"
_QUAL_ALT = word_trie(k for k, (r, _) in CUES.items() if r == "qual")

# one scan finds both candidate numbers and cue phrases; the look-ahead of their first
# characters lets a word boundary before anything else fail at once (~18% faster scan)
_SCAN_WORDS = (*NUMBER_FIRST_WORDS, "another", *CUES)
_SCAN_FIRST = "".join(sorted({re.escape(w[0]) for w in _SCAN_WORDS}))
_SCAN_RE = re.compile(rf"\b(?=[0-9{_SCAN_FIRST}])(?:[0-9]|(?:{word_trie(_SCAN_WORDS)})\b)")
_NUM_RE = re.compile(
    rf"(?<![\w.,/:$£€#-])(?:(?P<n>{NUMBER})"
    rf"|(?P<a>an?|another)(?=\s+(?:(?:{_MOD}|{_AGED})\s+){{0,2}}?(?:{word_trie(SINGULAR)})\b)){_TAIL}"
)
_RANGE_RE = re.compile(rf"\s*(?:-|–|to|or)\s*(?:(?:{_QUAL_ALT})\s+)?(?P<n2>{NUMBER}){_TAIL}")
_AND_NUM_RE = re.compile(rf"\s+and\s+(?P<n2>{NUMBER}){_TAIL}")
_GROUP_RE = re.compile(
    r"\s+(?:(?:of\s+(?:them|whom|those)|more)\s+)?"
    r"(?:(?:were|are)\s+(?:all\s+)?(?=(?:children|women|civilians|minors|kids)\b))?"
    rf"(?P<mods>(?:(?:{_MOD}|{_AGED})\s+(?:and\s+)?){{0,3}}?)(?P<head>{word_trie(HEADS)})\b"
    rf"(?P<of>\s+(?:of|from|in|belonging\s+to|loyal\s+to)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+|one\s+)?"
    rf"{_MOD}(?:\s+{_MOD}){{0,2}})?"
)
_AUX = word_trie(AUX_WORDS)
_AFTER_RE = re.compile(
    r"(?P<incl>\s*[,(]?\s*(?:including|among\s+them|among\s+whom|of\s+whom|mostly|mainly|"
    r"most\s+of\s+them|many\s+of\s+them)\b[^.;:\"“”]{0,90}?(?<!\sand)(?<!\sor),?)?"
    rf"(?P<aux>(?:\s+(?:{_AUX})\b)*)\s*,?\s+(?:"
    + "|".join(f"(?P<o_{k}>{p})" for k, p in OUTCOME_WORDS)
    + r")\b"
)
_FILLER = re.compile(r"(?:another|other|a\s+further|an\s+additional|the)\s+")
_TOLL_TAIL = re.compile(
    rf"[^.;:\"“”]{{0,60}}?\b(?:{lexicons.alternation(TOLL_LINKS, regex=False)})\s+"
)
_NEXT_OK = re.compile(r"\s*(?:$|[,.;:!?)\"”'’(\-–—]|(?:" + word_trie(NEXT_WORDS) + r")\b)")
_YEAR_LEFT = re.compile(
    r"\b(?:in|since|until|year|of\s+the|by|from|to|early|late|mid|"
    r"summer|spring|winter|autumn)\.?\s+$"
)
_MONTHS = [
    m.lower()
    for key in ("months", "month_abbreviations")
    for m in lexicons.terms("time_words", key)
]
_BAD_RIGHT = re.compile(rf"\s+(?:{word_trie(_MONTHS)})\b|\s*(?:am|pm|a\.m|p\.m|gmt|hrs)\b")
# A date just before a year: "August 12 2016", "12 August 2016", "Oct. 4, 2015", "May 2017".
_DATE_LEFT = re.compile(
    rf"\b(?:(?:{word_trie(_MONTHS)})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?"
    rf"\s+(?:{word_trie(_MONTHS)})\.?|(?:{word_trie(_MONTHS)})\.?),?\s+$"
)
_NUM_AHEAD = re.compile(rf"\s+(?:(?:{_QUAL_ALT})\s+)?(?:{NUMBER})\b")
Figure = tuple[int | None, int | None, str]

# --- extraction ----------------------------------------------------------------------------


def _classify(gm: re.Match[str]) -> tuple[str, str | None]:
    head = " ".join(gm.group("head").split())
    group, outcome = HEADS[head]
    mods = gm.group("mods")
    if mods and (group == "unspecified" or head in FLEX_HEADS):
        for rx, g in MOD_GROUPS:
            if rx.search(mods) and (g not in ("children", "women") or head in PEOPLE_HEADS):
                group = g
                break
    of = gm.group("of")
    if of and head in ("members", "member", "elements"):
        if MEMBER_OF_CIVILIANS.search(of):
            group = "civilians"
        elif MEMBER_OF_SOLDIERS.search(of):
            group = "soldiers"
    if mods and "massacre" in mods and outcome == "affected":
        outcome = "killed"
    return group, outcome


def _figure(n: str, n2: str | None, qual: str | None, between: bool) -> Figure | None:
    """Return ``(min, max, qualifier)`` for a figure, or ``None`` if unusable."""
    lo, kind = parse_number(n)
    if n2 is not None:
        hi, kind2 = parse_number(n2)
        if between or (
            kind == kind2 == "exact" and lo is not None and hi is not None and lo < hi < 1900
        ):
            return lo, hi, "range"
        return None
    if kind == "vague":
        return lo, None, "vague"
    if qual is None:
        return lo, lo, "exact" if kind == "exact" else "about"
    if qual in ("at_least", "more_than"):
        return lo, None, qual
    if qual == "up_to":
        return None, lo, qual
    return lo, lo, qual


_Cue = tuple[str, str, int]  # (role, kind, start of the cue words)

# A figure above this is not taken as a count of people (no war has killed ten
# million in one report): the mention stays, with outcome and group, but
# without bounds, so no toll counts it, and the analysis warns about it.
MAX_PLAUSIBLE = 10_000_000


def implausible(c: CasualtyMention) -> bool:
    """Whether a mention's figure is above :data:`MAX_PLAUSIBLE` (displacement aside)."""
    if c.outcome == "displaced":  # "11 million displaced" is a real figure of this war
        return False
    return any(v is not None and v > MAX_PLAUSIBLE for v in (c.min, c.max))


@dataclass(frozen=True, slots=True)
class _Pass:
    """One pass over an article: its text, lower-cased, and what the scan has collected."""

    text: str
    low: str
    cues: dict[int, _Cue]  # position after a cue -> the cue
    tolls: list[tuple[int, int, str]]  # toll phrases: (start, end, outcome)
    found: list[CasualtyMention]
    passive: set[int]  # starts of mentions whose outcome follows the figure
    bare: list[tuple[int, int, str, Figure]]  # figures with a head noun but no outcome yet


class _Number(NamedTuple):
    """A number read with its qualifier ("at least") and range ("10 to 15")."""

    start: int  # where the figure starts (its qualifier or "between", if any)
    end: int
    cue: _Cue | None  # the cue before the figure
    qual: str | None
    fig: Figure | None  # None when unusable ("10 to 5")


def find_casualties(
    text: str, implausible_out: list[CasualtyMention] | None = None
) -> list[CasualtyMention]:
    """Find casualty figures in ``text``, sorted by start offset.

    ``min``/``max`` bound the figure: "at least 11" and "more than 11" give
    ``min=11, max=None`` (the qualifier says whether the bound is strict),
    "up to 11" gives ``min=None, max=11``, "10 to 15" gives ``10, 15`` and
    "dozens" gives ``min=24`` (two dozen at least), ``max=None``, qualifier "vague".

    One scan meets cue words and numbers in text order: a cue is noted for the
    numbers after it (:func:`_note_cue`), a number is read into a figure
    (:func:`_read_figure`) and given an outcome (:func:`_record`); figures left
    without one take that of a mention they are joined to (:func:`_link_bare`).
    A figure above :data:`MAX_PLAUSIBLE` loses its bounds; the mention as read
    is added to ``implausible_out`` when it is given.
    """
    doc = _Pass(text, _lower(text), {}, [], [], set(), [])
    low, last = doc.low, -1
    for t in _SCAN_RE.finditer(low):
        p = t.start()
        if not low[p].isdigit() and _note_cue(doc, t):
            continue
        if p < last:
            continue
        m = _NUM_RE.match(low, p)
        if m is not None:
            last = _read_figure(doc, m)
    doc.found.sort(key=lambda c: c.start)
    _link_bare(doc)
    kills = sorted({(c[2], q) for q, c in doc.cues.items() if c[:2] == ("active", "killed")})
    found = add_victims(text, low, sorted(doc.found, key=lambda c: (c.start, c.end)), kills)
    if implausible_out is not None:
        implausible_out.extend(c for c in found if implausible(c))
    return [replace(c, min=None, max=None) if implausible(c) else c for c in found]


def _note_cue(doc: _Pass, t: re.Match[str]) -> bool:
    """Note the cue phrase at scan hit ``t`` for the number after it; False if ``t`` is none."""
    w = t.group()
    info = CUES.get(w) or CUES.get(" ".join(w.split()))
    if not info:
        return False  # a number word ("two", "dozens")
    role, kind = info
    p = t.start()
    if role == "toll":
        doc.tolls.append((p, t.end(), kind))
        return True
    low, q = doc.low, t.end()
    if role == "bad" and low.startswith(".", q):
        q += 1
    while q < len(low) and low[q].isspace():
        q += 1
    doc.cues[q] = (role, kind, p)
    if role == "active" and (f := _FILLER.match(low, q)):
        doc.cues[f.end()] = (role, kind, p)  # "killing another 3", "killing the 4"
    return True


def _read_figure(doc: _Pass, m: re.Match[str]) -> int:
    """Read the number matched by ``m`` and record it; return where its figure ends."""
    cue = doc.cues.get(m.start())
    if cue and cue[0] == "bad":
        return m.end()  # a date, a page, a reference: not a figure
    num = _number(doc, m, cue)
    if num.fig is None or _BAD_RIGHT.match(doc.low, num.end):
        return num.end
    gm = _GROUP_RE.match(doc.low, num.end)
    if gm is None and is_age(doc.low, num.start, num.end):
        return num.end  # "Blake Turner, 17, died": an age
    if not _is_year(doc.low, m, gm, num.qual):
        _record(doc, num, num.fig, gm)
    return num.end


def _number(doc: _Pass, m: re.Match[str], cue: _Cue | None) -> _Number:
    """The figure of the number at ``m``: its qualifier before and its range after."""
    s, e = m.start(), m.end()
    qual = None
    if cue and cue[0] == "qual":
        qual, s = cue[1], cue[2]
        cue = doc.cues.get(s)
    if m.group("a"):
        return _Number(s, e, cue, qual, (1, 1, qual or "exact"))  # "a child", "another man"
    between = bool(cue and cue[0] == "between")
    rm = (_AND_NUM_RE if between else _RANGE_RE).match(doc.low, e)
    n2 = None
    if rm:
        n2, e = rm.group("n2"), rm.end()
        if between and cue is not None:
            s = cue[2]
            cue = doc.cues.get(s)
    return _Number(s, e, cue, qual, _figure(m.group("n"), n2, qual, between and rm is not None))


def _is_year(low: str, m: re.Match[str], gm: re.Match[str] | None, qual: str | None) -> bool:
    """Whether the number at ``m`` is a year ("in 2015", "May 9 2017"), not a figure ("2015 men").

    A year right after a month and day is the date's year, whatever follows it.
    """
    raw = m.group("n") or ""
    if len(raw) != 4 or not raw.isdigit() or not 1900 <= int(raw) <= 2099:
        return False
    p = m.start()
    if qual is None and _DATE_LEFT.search(low, max(0, p - 24), p):
        return True  # "August 12 2016 Terrorists executed ...": the date's year
    return bool(
        gm is None or gm.group("mods") or qual is None and _YEAR_LEFT.search(low, max(0, p - 20), p)
    )


def _record(doc: _Pass, num: _Number, fig: Figure, gm: re.Match[str] | None) -> None:
    """Record a figure with its outcome, taken in order of preference; else keep it bare.

    The outcome words after it ("were killed"), its head noun ("bodies"), an
    active verb before it ("killing"), a toll phrase ("the death toll rose to").
    """
    s, e, cue = num.start, num.end, num.cue
    group, implied = _classify(gm) if gm else ("unspecified", None)
    act = cue if cue and cue[0] == "active" else None
    gend, am = _words_after(doc.low, gm, e)
    if am and not _after_governs(doc.low, am, gm, act, implied):
        am = None
    start, end = s, gend
    if am:
        outcome, end = (am.lastgroup or "o_killed")[2:], am.end()
        doc.passive.add(s)
    elif implied:
        outcome = implied
    elif act:
        if gm is None and (not _NEXT_OK.match(doc.low, e) or act[1] == "detained"):
            return  # a number alone must end its phrase; "arrested" needs a head noun
        outcome, start = act[1], act[2]
    elif toll := _toll_before(doc, cue, s):
        outcome, start = toll
    else:
        if gm is not None:
            doc.bare.append((s, gend, group, fig))
        return
    doc.found.append(_mention(doc.text, start, end, outcome, group, fig))


def _words_after(low: str, gm: re.Match[str] | None, e: int) -> tuple[int, re.Match[str] | None]:
    """Where the figure's noun phrase ends, and the outcome words after it ("were killed")."""
    gend = (gm.end("of") if gm.group("of") else gm.end("head")) if gm else e
    am = _AFTER_RE.match(low, gend)
    if am is None and gm and (gm.group("of") or "").lstrip().startswith("in "):
        # "in X" joins only a figure to its fate ("20 people in Kilis were killed"), not
        # "28 dead in Daesh counterattack": there the head ends the figure.
        gend = gm.end("head")
        am = _AFTER_RE.match(low, gend)
    if am and am.group(am.lastgroup or "aux") in NEED_AUX and not (gm and am.group("aux").strip()):
        am = None  # "fled", "die", "hurt": an outcome only after an auxiliary ("were hurt")
    return gend, am


def _after_governs(
    low: str, am: re.Match[str], gm: re.Match[str] | None, act: _Cue | None, implied: str | None
) -> bool:
    """Whether the outcome words after a figure are its own, not a figure's it includes."""
    if am.group("incl") and (gm is None or act or implied):
        return False  # the words after "including ..." tell the fate of the figure included
    return not (act and _NUM_AHEAD.match(low, am.end()))  # "killed 30 people injured 90"


def _toll_before(doc: _Pass, cue: _Cue | None, s: int) -> tuple[str, int] | None:
    """The outcome and start of a toll phrase before the figure ("the death toll rose to")."""
    if cue and cue[0] == "toll_at":
        return cue[1], cue[2]
    low = doc.low
    for tl in doc.tolls:
        if s - 90 <= tl[0] < s and _TOLL_TAIL.fullmatch(low, tl[1], s):
            return tl[2], tl[0]
    return None


def _link_bare(doc: _Pass) -> None:
    """Give bare figures the outcome of the mention they join; a chain links one per pass.

    "A, B and C were killed": C takes "killed" in the scan, B on the first
    pass here, A on the second.
    """
    bare = doc.bare
    found = doc.found
    while bare:
        left = []
        for item in bare:
            outcome = linked_outcome(doc.low, item[0], item[1], found, doc.passive)
            if outcome:
                found.append(_mention(doc.text, item[0], item[1], outcome, item[2], item[3]))
                found.sort(key=lambda c: c.start)
            else:
                left.append(item)
        if len(left) == len(bare):
            break
        bare = left


def _mention(
    text: str, start: int, end: int, outcome: str, group: str, fig: Figure
) -> CasualtyMention:
    lo, hi, qual = fig
    return CasualtyMention(
        start, end, text[start:end], outcome=outcome, group=group, min=lo, max=hi, qualifier=qual
    )
