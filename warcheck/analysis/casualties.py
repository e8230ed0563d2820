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
"and" or "were among". Vague words are coded by ACLED's convention (see
:mod:`warcheck.analysis.numbers`).

Speed: the text is lower-cased once and scanned twice with prefix-factored
patterns, one for candidate numbers and one for the cue words that may stand
before a number (qualifiers, verbs, toll phrases, words that make a number a
date or a reference); every other pattern is matched at a known position.
"""

from __future__ import annotations

import re

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
_TAIL = r"(?![\w%]|[.,:/]\d|[-‐]\w|\s*(?:per\s*cent|percent)\b)"
_QUAL_ALT = word_trie(k for k, (r, _) in CUES.items() if r == "qual")

# one scan finds both candidate numbers and cue phrases
_SCAN_RE = re.compile(rf"\b(?:[0-9]|(?:{word_trie((*NUMBER_FIRST_WORDS, 'another', *CUES))})\b)")
_NUM_RE = re.compile(
    rf"(?<![\w.,/:$£€#-])(?:(?P<n>{NUMBER})"
    rf"|(?P<a>an?|another)(?=\s+(?:{_MOD}\s+){{0,2}}?(?:{word_trie(SINGULAR)})\b)){_TAIL}"
)
_RANGE_RE = re.compile(rf"\s*(?:-|–|to|or)\s*(?:(?:{_QUAL_ALT})\s+)?(?P<n2>{NUMBER}){_TAIL}")
_AND_NUM_RE = re.compile(rf"\s+and\s+(?P<n2>{NUMBER}){_TAIL}")
_GROUP_RE = re.compile(
    r"\s+(?:(?:of\s+(?:them|whom|those)|more)\s+)?"
    r"(?:(?:were|are)\s+(?:all\s+)?(?=(?:children|women|civilians|minors|kids)\b))?"
    rf"(?P<mods>(?:{_MOD}\s+(?:and\s+)?){{0,3}}?)(?P<head>{word_trie(HEADS)})\b"
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
_NUM_AHEAD = re.compile(rf"\s+(?:(?:{_QUAL_ALT})\s+)?(?:{NUMBER})\b")
_VERB_NEXT = re.compile(r"\s+(?:were|was|are|is|have|has|had|went|remain|remained|who)\b")
_PART_GAP = re.compile(r"\b(?:including|among|of\s+them|of\s+whom)\b")
_GAP_RE = re.compile(
    r"[\s,;:()\-–—]*(?:(?:and|including|among|them|whom|of|were|was|are|is|as|well|plus|"
    r"also|with|the|those|most|mostly|all|who|both|another|other|while|her|his|their|its)\b"
    r"[\s,;:()\-–—]*)*"
)

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


def find_casualties(text: str) -> list[CasualtyMention]:
    """Find casualty figures in ``text``, sorted by start offset.

    ``min``/``max`` bound the figure: "at least 11" and "more than 11" give
    ``min=11, max=None`` (the qualifier says whether the bound is strict),
    "up to 11" gives ``min=None, max=11``, "10 to 15" gives ``10, 15`` and
    "dozens" gives ACLED's 12 with ``max=None``.
    """
    low = _lower(text)
    cues: dict[int, tuple[str, str, int]] = {}  # position after a cue -> (role, kind, start)
    tolls: list[tuple[int, int, str]] = []
    found: list[CasualtyMention] = []
    passive: set[int] = set()  # starts of mentions whose outcome follows the figure
    bare: list[tuple[int, int, str, Figure]] = []
    last = -1
    for t in _SCAN_RE.finditer(low):
        p, w = t.start(), t.group()
        if not w[0].isdigit() and (info := CUES.get(w) or CUES.get(" ".join(w.split()))):
            role, kind = info
            if role == "toll":
                tolls.append((p, t.end(), kind))
                continue
            q = t.end()
            if role == "bad" and low.startswith(".", q):
                q += 1
            while q < len(low) and low[q].isspace():
                q += 1
            cues[q] = (role, kind, p)
            if role == "active" and (f := _FILLER.match(low, q)):
                cues[f.end()] = (role, kind, p)
            continue
        if p < last:
            continue
        m = _NUM_RE.match(low, p)
        if m is None:
            continue
        e = last = m.end()
        s = p
        cue = cues.get(p)
        if cue and cue[0] == "bad":
            continue
        qual = None
        if cue and cue[0] == "qual":
            qual, s = cue[1], cue[2]
            cue = cues.get(s)
        if m.group("a"):
            fig: Figure | None = (1, 1, qual or "exact")
        else:
            n2 = None
            between = bool(cue and cue[0] == "between")
            rm = (_AND_NUM_RE if between else _RANGE_RE).match(low, e)
            if rm:
                n2, e = rm.group("n2"), rm.end()
                last = e
            if between and rm:
                s = cue[2]  # type: ignore[index]
                cue = cues.get(s)
            fig = _figure(m.group("n"), n2, qual, between and rm is not None)
        if fig is None or _BAD_RIGHT.match(low, e):
            continue
        raw = m.group("n") or ""
        gm = _GROUP_RE.match(low, e)
        if (
            len(raw) == 4
            and raw.isdigit()
            and 1900 <= int(raw) <= 2099
            and (
                gm is None
                or gm.group("mods")
                or qual is None
                and _YEAR_LEFT.search(low, max(0, p - 20), p)
            )
        ):
            continue
        group, implied = _classify(gm) if gm else ("unspecified", None)
        gend = (gm.end("of") if gm.group("of") else gm.end("head")) if gm else e
        am = _AFTER_RE.match(low, gend)
        if am is None and gm and (gm.group("of") or "").lstrip().startswith("in "):
            # "in X" joins only a figure to its fate ("20 people in Kilis were killed"), not
            # "28 dead in Daesh counterattack": there the head ends the figure.
            gend = gm.end("head")
            am = _AFTER_RE.match(low, gend)
        if (
            am
            and am.group(am.lastgroup or "aux") in NEED_AUX
            and not (gm and am.group("aux").strip())
        ):
            am = None
        act = cue if cue and cue[0] == "active" else None
        if am and am.group("incl") and (gm is None or act or implied):
            am = None
        if am and act and _NUM_AHEAD.match(low, am.end()):
            am = None  # "killed 30 people injured 90": "injured" governs the next figure
        outcome: str | None = None
        start, end = s, gend
        if am:
            outcome, end = (am.lastgroup or "o_killed")[2:], am.end()
            passive.add(s)
        elif implied:
            outcome = implied
        elif act:
            if gm is None and (not _NEXT_OK.match(low, e) or act[1] == "detained"):
                continue
            outcome, start = act[1], act[2]
        elif cue and cue[0] == "toll_at":
            outcome, start = cue[1], cue[2]
        elif toll := next(
            (tl for tl in tolls if s - 90 <= tl[0] < s and _TOLL_TAIL.fullmatch(low, tl[1], s)),
            None,
        ):
            outcome, start = toll[2], toll[0]
        elif gm is not None:
            bare.append((s, gend, group, fig))
            continue
        else:
            continue
        found.append(_mention(text, start, end, outcome, group, fig))
    found.sort(key=lambda c: c.start)
    while bare:  # a chain "A, B and C were killed" links one figure per pass
        left = []
        for item in bare:
            outcome = _linked_outcome(low, item[0], item[1], found, passive)
            if outcome:
                found.append(_mention(text, item[0], item[1], outcome, item[2], item[3]))
                found.sort(key=lambda c: c.start)
            else:
                left.append(item)
        if len(left) == len(bare):
            break
        bare = left
    found.sort(key=lambda c: (c.start, c.end))
    return found


def _mention(
    text: str, start: int, end: int, outcome: str, group: str, fig: Figure
) -> CasualtyMention:
    lo, hi, qual = fig
    return CasualtyMention(
        start, end, text[start:end], outcome=outcome, group=group, min=lo, max=hi, qualifier=qual
    )


def _linked_outcome(
    low: str, s: int, e: int, found: list[CasualtyMention], passive: set[int]
) -> str | None:
    """Outcome for a bare figure: that of an enclosing or adjoining mention."""
    prev: CasualtyMention | None = None
    nxt: CasualtyMention | None = None
    for c in found:
        if c.start <= s and c.end >= e:
            return c.outcome
        if c.end <= s:
            prev = c
        elif c.start >= e and nxt is None:
            nxt = c
    if (
        prev is not None
        and _GAP_RE.fullmatch(low, prev.end, s)
        and not _VERB_NEXT.match(low, e)
        and (prev.start not in passive or _PART_GAP.search(low, prev.end, e))
    ):
        return prev.outcome
    if nxt is not None and _GAP_RE.fullmatch(low, e, nxt.start):
        return nxt.outcome
    return None
