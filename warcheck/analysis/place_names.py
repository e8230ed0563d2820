"""Names that embed a place: "Mississippi River", "Colorado State University", "Bank of Japan".

warcheck's analysis keeps a place's own span: in "the Bank of Japan" the place is "Japan",
and an institution is no place. GeoWebNews (``warcheck eval geoparsing``), though,
annotates a toponym embedded in a longer name with the span of the whole name, at the
embedded place's point. :func:`widen` gives a reader that follows that convention the
longer spans; the point, unit and country stay the place's. A mention (a place or a
demonym) is widened

* to the right, over up to four capitalised words on its line of which the last is a head
  (``place_words.json``: ``embedding_heads`` and the ``site_nouns``, capitalised:
  "Colorado State University", "Manchester City", "Washington Square"), and on over a town
  written right after the head, which then gives the point ("British Embassy Tokyo"); a
  possessive "'s" stays out ("the Illinois Capitol Complex's hot water");
* to the left, over a compass word ("South Venezuela", "Northwest Syria",
  ``embedding_starts``) and over a head before "of" or "of the" (``embedding_heads_before``:
  "Republic of Armenia", "Embassy of the Republic of Armenia", "Council of Europe").

A lower-case unit noun that ends a mention ("Idlib province", "Raqqa city", "Hama
countryside": ``admin_suffixes`` and ``place_nouns``) is left out, as GeoWebNews leaves out
"state" in "Rajasthan state" and "area" in "the Riverdale area"; the analysis keeps it.

A widened name that takes in another mention replaces it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from warcheck.knowledge import lexicons
from warcheck.model import PlaceMention

_HEADS = lexicons.term_set("place_words", "embedding_heads") | frozenset(
    w.capitalize() for w in lexicons.terms("place_words", "site_nouns")
)
_BEFORE = lexicons.terms("place_words", "embedding_heads_before")
# Capitalised words after a name, on its line: each (its start, the word).
_RIGHT = re.compile(r"(?: [A-Z][\w&-]*(?:['’]s\b)?){1,4}")
_WORD = re.compile(r"[A-Z][\w&-]*")
_LEFT = re.compile(rf"\b(?:{'|'.join(_BEFORE)}) of (?:the )?$")
_STARTS = lexicons.terms("place_words", "embedding_starts")
_UNITS = lexicons.term_set("place_words", "admin_suffixes") | lexicons.term_set(
    "place_words", "place_nouns"
)
_UNIT_END = re.compile(rf"(?<=\w) (?:{'|'.join(sorted(_UNITS))})$")
_TOWNS = frozenset({"populated_place", "neighbourhood", "district"})
_START = re.compile(rf"(?<![\w.])(?:{'|'.join(re.escape(w) for w in _STARTS)}) $")


def _right_end(text: str, end: int) -> int:
    """Where the name widened to the right ends (``end`` when it is not widened)."""
    m = _RIGHT.match(text, end)
    if not m:
        return end
    out = end
    for w in _WORD.finditer(text, end, m.end()):
        if w.group() in _HEADS:
            out = w.end()
    return out


def _left_start(text: str, start: int) -> int:
    """Where the name widened to the left starts (``start`` when it is not widened)."""
    m = _START.search(text, max(0, start - 16), start)
    if m:
        start = m.start()
    while True:
        m = _LEFT.search(text, max(0, start - 40), start)
        if not m:
            return start
        start = m.start()


def _name_end(text: str, p: PlaceMention) -> int:
    """Where the name of ``p`` ends: before a lower-case unit noun that ends its span."""
    m = _UNIT_END.search(text, p.start, p.end)
    return m.start() if m else p.end


def _trimmed(text: str, p: PlaceMention) -> PlaceMention:
    end = _name_end(text, p)
    return p if end == p.end else dataclasses.replace(p, end=end, text=text[p.start : end])


def widen(text: str, mentions: Sequence[PlaceMention]) -> tuple[PlaceMention, ...]:
    """The mentions, in text order, each with the span of a longer name that embeds it."""
    mentions = [_trimmed(text, p) for p in mentions]
    out: list[PlaceMention] = []
    towns = {m.start: m for m in mentions if m.feature in _TOWNS}
    for p in sorted(mentions, key=lambda m: m.start):
        s, e = _left_start(text, p.start), _right_end(text, p.end)
        if e > p.end and text[e : e + 1] == " " and e + 1 in towns:
            p = towns[e + 1]  # "British Embassy Tokyo": the town ends the name and places it
            e = p.end
        if (s, e) != (p.start, p.end):
            p = dataclasses.replace(p, start=s, end=e, text=text[s:e])
        while out and out[-1].start >= s and out[-1].end <= e:
            out.pop()  # taken in by the widened name
        if out and out[-1].end > s:
            continue  # inside or across the name before it
        out.append(p)
    return tuple(out)
