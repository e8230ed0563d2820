"""Temporal expressions: find dates, ranges and durations and resolve them to the calendar.

:func:`find_times` runs the precompiled rules of :mod:`warcheck.analysis.time.rules`,
keeps the longest non-overlapping matches, joins "from A to B", "between A
and B" and "since A" into ranges, and then resolves each mention in text
order against the publication date or the previous mention (conventions in
:mod:`warcheck.analysis.time.resolve`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from warcheck.analysis.intervals import DisjointSpans
from warcheck.analysis.time import calendar_words as cw
from warcheck.analysis.time.resolve import Context, resolve
from warcheck.analysis.time.rules import FALLBACK_RULES, PRIORITY, RULES, Fields, Rule
from warcheck.model import TimeMention

_SINCE_BEFORE = re.compile(r"\b(?:ever\s+)?since\s+$", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(-|–|to|until|till|through|and)\s*$", re.IGNORECASE)
_RANGE_START = re.compile(r"\b(from|between)\s+$", re.IGNORECASE)
_CALENDAR = frozenset(
    {"cal", "numeric", "season", "decade", "century", "yrange", "dayrange", "dayword", "weekday",
     "relunit", "ago", "anaday", "nthof", "onthe", "fallback"}
)  # fmt: skip


@dataclass
class _Cand:
    start: int
    end: int
    rank: int
    f: Fields


def find_times(text: str, published: date | None, language: str = "en") -> list[TimeMention]:
    """Find and resolve the temporal expressions of ``text``.

    Args:
        text: The article text; offsets of the mentions index into it.
        published: The publication date, the anchor of relative expressions.
        language: ISO 639-1 code of the text. English gets the full rule set;
            other languages get numeric dates and day-month-year spans checked
            with ``dateparser.parse`` in that language.

    Returns:
        Mentions sorted by offset, non-overlapping; see the module docstring
        for how values and anchors are set.
    """
    cands = _select(_match(text, _rules_by_kind(language == "en")))
    cands = _merge(text, cands)
    ctx = Context(text, published, language)
    out: list[TimeMention] = []
    for c in cands:
        res = resolve(c.f, ctx, c.start)
        if res is None:
            continue
        resolved = res.first is not None
        out.append(
            TimeMention(
                c.start, c.end, text[c.start : c.end], kind=res.kind, resolved=resolved,
                value=res.first.isoformat() if res.first else None,
                end_value=res.last.isoformat() if res.last else None,
                precision=res.precision, anchor=res.anchor if resolved else "none",
            )
        )  # fmt: skip
        if resolved and res.kind != "duration":
            ctx.prev, ctx.prev_end = res, c.end
    return out


_DIGITS = re.compile(r"[0-9][0-9]*")  # faster than \d+ (literal first-character set)
_ORDINAL_SUFFIX = ("st", "nd", "rd", "th")


@cache
def _automaton() -> Any:
    """Aho-Corasick automaton of trigger words (case-sensitive), valued (kind, word)."""
    import ahocorasick

    months = [m[:3] for m in cw.MONTH_NAMES]
    days = list(cw.WEEKDAY_NAMES)
    kinds = {
        "M": months + [m.upper() for m in months],
        "W": days + [d.upper() for d in days],
        "U": ["hour", "day", "week", "fortnight", "month", "year", "decade", "century"],
        "R": ["today", "tonight", "yesterday", "tomorrow", "morning", "evening", "afternoon",
              "night"],
        "S": list(cw.SEASONS),
        "O": [w for w in cw.ORDINALS if " " not in w and "-" not in w],
    }  # fmt: skip
    auto = ahocorasick.Automaton()
    for kind, words in kinds.items():
        for word in words:
            variants = {word, word.capitalize()} if kind in "URSO" else {word}
            for variant in variants:
                auto.add_word(variant, (kind, word.lower()))
    auto.make_automaton()
    return auto


def _triggers(text: str) -> list[tuple[int, str, str]]:
    """Return (offset, kind, word) of the trigger tokens of ``text``, in no particular order."""
    out: list[tuple[int, str, str]] = []
    for end, (kind, word) in _automaton().iter(text):
        start = end - len(word) + 1
        if start == 0 or not text[start - 1].isalnum():
            out.append((start, kind, word))
    n = len(text)
    for m in _DIGITS.finditer(text):
        start, end = m.span()
        if start and text[start - 1].isalpha():
            continue  # "M5", "A320"
        length = end - start
        if end + 1 < n and text[end] in "-/." and text[end + 1].isdigit():
            out.append((start, "N", ""))
        if length == 4 and 1800 <= int(m.group()) <= 2099:
            out.append((start, "Y", ""))
        elif length <= 2 and text[end : end + 2].lower() in _ORDINAL_SUFFIX:
            out.append((start, "O", ""))
    return out


_LEFT_COMMON = frozenset([
    "the", "of", "in", "on", "at", "since", "until", "till", "by", "from", "during", "through",
    "throughout", "before", "after", "between", "for", "and", "or", "to", "early", "mid", "late",
    "end", "beginning", "start", "middle", "last", "this", "next", "that", "same", "past",
    "coming", "current", "previous", "following", "preceding", "earlier", "later", "first",
    "second", "third", "fourth", "final", "week", "half", "quarter", "days", "months",
])  # fmt: skip
_LEFT_COUNT = frozenset([
    "more", "less", "fewer", "than", "nearly", "about", "almost", "least", "around", "some", "up",
    "roughly", "approximately", "a", "an", "few", "several", "many", "couple", "over", "within",
    "lasting",
])  # fmt: skip
_LEFT_WORDS: dict[str, frozenset[str]] = {
    "M": _LEFT_COMMON | frozenset(cw.WEEKDAY_WORDS) | frozenset(cw.ORDINAL_PARTS),
    "U": _LEFT_COMMON | _LEFT_COUNT | frozenset(cw.CARDINAL_PARTS) | frozenset(cw.ORDINAL_PARTS),
    "W": _LEFT_COMMON,
    "Y": _LEFT_COMMON | frozenset({"year"}),
    "R": _LEFT_COMMON | frozenset({"day"}),
    "S": _LEFT_COMMON,
    "O": _LEFT_COMMON | frozenset(cw.ORDINAL_PARTS),
}
_LEFT_DIGITS = frozenset("MU")  # trigger kinds whose left context may hold numbers ("5 April")
_WORD = re.compile(r"\w+")


def _left_starts(text: str, pos: int, kind: str, most: int) -> list[int]:
    """Offsets of the words just before ``pos`` that may belong to an expression, nearest last."""
    vocab = _LEFT_WORDS.get(kind)
    if not vocab or not most:
        return []
    window = max(24, min(60, 10 * most))
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, max(0, pos - window), pos)]
    starts: list[int] = []
    digits = kind in _LEFT_DIGITS
    for start, word in reversed(words[-most:]):
        low = word.lower()
        if low in vocab or (digits and low[0].isdigit() and len(low) <= 4):
            starts.append(start)
        else:
            break
    starts.reverse()
    return starts


@cache
def _rules_by_kind(english: bool) -> dict[str, tuple[tuple[Rule, ...], int]]:
    """Map each trigger kind to its rules and the most words any of them looks back.

    English gets every rule; other languages the rules for any language and the fallback rules.
    """
    rules = RULES if english else (*(r for r in RULES if r.any_language), *FALLBACK_RULES)
    by_kind: dict[str, list[Rule]] = {}
    for rule in rules:
        for kind in rule.triggers:
            by_kind.setdefault(kind, []).append(rule)
    return {k: (tuple(v), max(r.back for r in v)) for k, v in by_kind.items()}


def _match(text: str, by_kind: dict[str, tuple[tuple[Rule, ...], int]]) -> list[_Cand]:
    """Try each rule at its triggers and at the plausible word starts just before them.

    ``by_kind`` maps trigger kinds to their rules (:func:`_rules_by_kind`).
    """
    found: dict[tuple[int, int, int], _Cand] = {}
    for pos, kind, word in _triggers(text):
        todo, most = by_kind.get(kind, ((), 0))
        if not todo:
            continue
        left = _left_starts(text, pos, kind, most)
        any_left: list[int] | None = None  # the word starts just before, read once
        for rule in todo:
            if rule.words and word not in rule.words:
                continue
            near = left
            if rule.any_left:
                if any_left is None:
                    any_left = [m.start() for m in _WORD.finditer(text, max(0, pos - 40), pos)]
                near = any_left
            for p in (near[-rule.back :] if rule.back else []) + [pos]:
                m = rule.pattern.match(text, p)
                if m is None or m.end() <= pos:
                    continue
                f = rule.normalise(m, text)
                if f is None:
                    continue
                if "t" in rule.pattern.groupindex and m.group("t") is not None:
                    start, end = m.span("t")
                else:
                    start, end = m.span()
                rank = PRIORITY[rule.name]
                found.setdefault((rank, start, end), _Cand(start, end, rank, f))
                break
    return list(found.values())


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest candidates that do not overlap (ties: earlier rule wins)."""
    cands.sort(key=lambda c: (c.start - c.end, c.rank, c.start))
    taken: list[_Cand] = []
    spans = DisjointSpans()
    for c in cands:
        if not spans.overlaps(c.start, c.end):
            spans.add(c.start, c.end)
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


def _merge(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Join "from A to B" / "between A and B" / "A - B" into ranges and "since A" into ranges."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and a.f["type"] in _CALENDAR and b.f["type"] in _CALENDAR:
            gap = _RANGE_GAP.match(text, a.end, b.start)
            lead = _RANGE_START.search(text, max(0, a.start - 10), a.start)
            word = gap.group(1).lower() if gap and gap.end() == b.start else None
            ok = word is not None and (
                (word == "and" and lead is not None and lead.group(1).lower() == "between")
                or word in ("-", "–", "until", "till", "through")
                or (word == "to" and lead is not None)
            )
            if ok:
                start = lead.start() if lead else a.start
                out.append(_Cand(start, b.end, a.rank, {"type": "range", "a": a.f, "b": b.f}))
                i += 2
                continue
        if a.f["type"] in _CALENDAR:
            since = _SINCE_BEFORE.search(text, max(0, a.start - 12), a.start)
            if since:
                out.append(_Cand(since.start(), a.end, a.rank, {"type": "since", "a": a.f}))
                i += 1
                continue
        out.append(a)
        i += 1
    return out
