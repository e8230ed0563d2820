"""Demonyms: the adjectives that name a country or a region ("Russian troops", "European leaders").

warcheck keeps these apart from places: "a Canadian tourist was shot in Amman" happened
in Jordan, not in Canada, so :func:`find_places` never returns them and no claim or main
place is located by them. :func:`find_demonyms` finds them for the readers that want every
reference to a place, such as ``warcheck eval geoparsing``, whose gold standard (GeoWebNews)
annotates adjectival modifiers as toponyms: each is a :class:`PlaceMention` of the
country (or region) at the gazetteer's point for it, with ``precision`` "country" (or
"region").

The adjectives are the states' demonyms (``states.json``) and the region and unit adjectives
of ``place_words.json`` ("European", "English", "Sicilian"); they are matched as written
(capitalised, whole words or the first part of a hyphenated one, "Russian-European",
"Austro-Hungarian"; not plurals: "Americans" names people). Left out: a demonym read as a
language ("in Chinese", "speak French", "the English language", "Russian-speaking"; but "in
Chinese imports" is an adjective before its noun) and one used as a noun for a person or a
people ("a passionate Nigerian who", "many Chinese are", "the Irish need": before a comma or
full stop, or before a verb or preposition, :data:`_NOUN_NEXT`: "learning English will").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from warcheck.knowledge import lexicons, world
from warcheck.knowledge.gazetteer import Place, load
from warcheck.model import PlaceMention
from warcheck.text import place_key

_LANGUAGE_BEFORE = re.compile(r"\b(?:in|speaks?|speaking|spoke|learn(?:ing|s)?|into)[ \t]+$")
_LANGUAGE_AFTER = re.compile(r"(?:[ \t]+|-)(?:language|languages|speakers?|speaking)\b")
# Function words after an adjective that make it a noun (a people or a language: "many
# Chinese are", "learning English will"), besides those that may join two adjectives.
_VERB_OR_PREP = (
    r"as|with|by|for|to|at|on|in|from|of|that|which|is|was|are|were|has|have|had|will|would"
    r"|can|could|who|whose|than|too|also|so|then|need|needs|support|supports|say|said|provides"
)
# A lower-case word after the adjective that is not a function word: its noun ("in Chinese
# imports" is no language).
_NOUN_AFTER = re.compile(rf"[ \t]+(?!(?:and|or|but|the|a|an|{_VERB_OR_PREP})\b)[a-z]")
# What makes a demonym a noun naming people or a language: punctuation or such a word after it.
_NOUN_NEXT = re.compile(rf"(?:[ \t]*[,.;:!?)\u2014]|[ \t]+(?:{_VERB_OR_PREP})\b)")


_FEATURES = ("country", "admin1", "region")


@functools.cache
def _table() -> tuple[re.Pattern[str], dict[str, Place]]:
    """The pattern of every adjective, and the place each one names."""
    g = load()
    by_name: dict[tuple[str, str], Place] = {}
    for idx in {i for ids in g.exact.values() for i in ids}:
        p = g.place(idx)
        if p.feature in ("country", "region", "admin1"):
            by_name.setdefault((p.feature, place_key(p.name)), p)
    places: dict[str, Place] = {}
    for s in world.states().values():
        country = by_name.get(("country", place_key(s.name)))
        if country is not None:
            for dem in s.demonyms:
                places.setdefault(dem, country)
    for adj, region in lexicons.entries("place_words", "region_adjectives").items():
        found = by_name.get(("region", place_key(str(region))))
        if found is not None:
            places.setdefault(adj, found)
    for adj, unit in lexicons.entries("place_words", "unit_adjectives").items():
        found = next(
            (hit for f in _FEATURES if (hit := by_name.get((f, place_key(str(unit))))) is not None),
            None,
        )
        if found is not None:
            places.setdefault(adj, found)
    words = sorted(places, key=lambda w: (-len(w), w))
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b(?![\w'’]|-[^A-Za-z])"
    )
    return pattern, places


def _language(text: str, start: int, end: int) -> bool:
    """Whether the adjective at ``start..end`` is read as a language here."""
    if _LANGUAGE_AFTER.match(text, end):
        return True
    return bool(_LANGUAGE_BEFORE.search(text, max(0, start - 12), start)) and not (
        _NOUN_AFTER.match(text, end)
    )


_LIST_COMMA = re.compile(r",[ \t]+(?:(?:and|or)[ \t]+)?")


def _people(text: str, end: int, pattern: re.Pattern[str] | None = None) -> bool:
    """Whether the adjective ending at ``end`` is a noun naming people ("the Irish need").

    With ``pattern`` (the demonyms), one before a comma and another demonym that is an
    adjective is in a list of adjectives ("German, Irish and other immigrant populations").
    """
    if not _NOUN_NEXT.match(text, end):
        return False
    comma = _LIST_COMMA.match(text, end) if pattern is not None else None
    nxt = pattern.match(text, comma.end()) if comma is not None and pattern else None
    return nxt is None or _people(text, nxt.end(), pattern)


def find_demonyms(text: str, places: Iterable[PlaceMention] = ()) -> list[PlaceMention]:
    """The demonyms of ``text`` as mentions of their country or region, in text order.

    Adjectives inside a place name already found (``places``: "South African" in
    "South Africa" is not there, but "New Zealand" is) are left out.
    """
    pattern, table = _table()
    taken = [(p.start, p.end) for p in places]
    out: list[PlaceMention] = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if any(a < e and s < b for a, b in taken) or _language(text, s, e):
            continue
        if _people(text, e, pattern):
            continue
        p = table[m.group()]
        out.append(
            PlaceMention(
                s,
                e,
                m.group(),
                place_id=p.pid,
                name=p.name,
                feature=p.feature,
                lat=p.lat,
                lon=p.lon,
                admin1=None,
                country=p.country or None,
                precision=p.precision,
            )  # fmt: skip
        )
    return out
