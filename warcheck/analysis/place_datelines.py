"""Place names written the way datelines write them: in capitals, and US states abbreviated.

:func:`warcheck.analysis.places.find_places` reads capitalised words; two shapes of
newswire escape it and are read here, on the whole text:

* a dateline in capitals at the start of a line, before a comma or a dash ("CAIRO - ",
  "ST. LOUIS – ", "SEOUL, South Korea"): looked up by its own spelling, so the short
  words that the matcher reads as acronyms ("CAIRO" is not a code) are places there;
* a US state abbreviated after a town and a comma ("OAKLAND, Calif.", "Severn, Md."),
  from ``place_words.json`` (``us_state_abbreviations``): read as the state, with its
  full stop, and only so ("Wash" or "Ill" elsewhere are words); a city state
  (``city_state_abbreviations``) takes its city in: "Washington, D.C." is one place.
"""

from __future__ import annotations

import functools
import re

from warcheck.analysis.place_homonyms import Hit
from warcheck.knowledge import lexicons
from warcheck.knowledge.gazetteer import Place, load
from warcheck.text import place_key

_ABBREVIATIONS = lexicons.entries("place_words", "us_state_abbreviations")
_CITY_STATES = lexicons.term_set("place_words", "city_state_abbreviations")
# The abbreviation is group 1; the pattern begins with the literal ", " so that the regex
# engine leaps from comma to comma (much faster than a look-behind tried at every position).
_STATE_AFTER = re.compile(
    r", (?<=[A-Za-z], )("
    + "|".join(re.escape(a) for a in sorted(_ABBREVIATIONS, key=lambda a: (-len(a), a)))
    + r")(?![\w.])"
)
# Capitals at the start of a line (up to four words, "ST." allowed), then ", " or a dash.
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3})(?=,[ \t]| [-–—(])")


@functools.cache
def _states() -> dict[str, Place]:
    """The US first-level unit of each abbreviation."""
    g = load()
    out: dict[str, Place] = {}
    for abbr, name in _ABBREVIATIONS.items():
        for c in g.exact.get(place_key(str(name)), ()):
            p = g.place(c)
            if p.country == "US" and p.feature == "admin1":
                out[abbr] = p
    return out


@functools.cache
def _homonym_states() -> dict[str, tuple[Place, str]]:
    """US states named like a country ("Georgia"): the state, and the country's code."""
    g = load()
    out: dict[str, tuple[Place, str]] = {}
    for state in _states().values():
        places = [g.place(c) for c in g.exact.get(place_key(state.name), ())]
        country = next((p.country for p in places if p.feature == "country"), None)
        if country is not None:
            out[state.name] = (state, country)
    return out


# "HAWKINSVILLE, Georgia", "in Appling, Georgia": a town, a comma, then the state's name.
_TOWN_BEFORE = re.compile(r"([A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}), $")


def _homonym_state_hits(text: str) -> list[Hit]:
    """A state named like a country after a town of no place of that country: the state.

    "HAWKINSVILLE, Georgia" and "Appling, Georgia" are the US state; "TBILISI, Georgia"
    stays the country, since Tbilisi lies in it. A town the gazetteer lacks is taken for
    a US one: datelines of foreign news name cities, US local news its small towns.
    """
    states = _homonym_states()
    if not states:
        return []
    g, out = load(), []
    for m in _homonym_pattern().finditer(text):
        state, country = states[m.group(1)]
        s, e = m.span(1)
        town = _TOWN_BEFORE.search(text, max(0, s - 40), s)
        if town is None:
            continue
        cands = (g.place(c) for c in g.exact.get(place_key(town.group(1).replace(".", "")), ()))
        if all(p.country != country for p in cands):
            out.append(Hit(s, e, (state,), 1, False, None))
    return out


def _named_state_throughout(text: str, extra: list[Hit]) -> list[Hit]:
    """Every bare "Georgia" of a text that names the state elsewhere ("Ga.", "Macon, Georgia").

    "5 people dead in 2 shootings in Georgia" in a story datelined "WAYCROSS, Ga." is the
    state: one article does not name both.
    """
    states = {
        h.cands[0].name for h in extra if len(h.cands) == 1 and h.cands[0].feature == "admin1"
    }
    told = {n: v for n, v in _homonym_states().items() if n in states}
    if not told:
        return []
    taken = {h.start for h in extra}
    return [
        Hit(m.start(), m.end(), (told[m.group()][0],), 1, False, None)
        for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, told)) + r")\b", text)
        if m.start() not in taken
    ]


@functools.cache
def _homonym_pattern() -> re.Pattern[str]:
    names = sorted(_homonym_states(), key=lambda n: (-len(n), n))
    # group 1 is the name; the literal ", " first lets the engine leap from comma to comma
    return re.compile(r", (" + "|".join(map(re.escape, names)) + r")\b")


# "Cleveland Co.", "Pike Co. Sheriff": a county abbreviated, up to two capitalised words before it.
_COUNTY = re.compile(r"\b([A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?) Co\.(?!\w)")


def _county_hits(text: str) -> list[Hit]:
    """Counties written "X Co.": the gazetteer's "X County" places, when it has any."""
    if " Co." not in text:
        return []
    g, out = load(), []
    for m in _COUNTY.finditer(text):
        cands = tuple(g.place(c) for c in g.exact.get(place_key(m.group(1) + " County"), ()))
        if cands:
            out.append(Hit(m.start(), m.end(), cands, len(cands), False, None))
    return out


def _dateline_hits(text: str) -> list[Hit]:
    g = load()
    out: list[Hit] = []
    for m in _DATELINE.finditer(text):
        s, e = m.span(1)
        cands = g.exact.get(place_key(m.group(1).replace(".", "")), ())
        places = tuple(g.place(c) for c in cands)
        if places:
            out.append(Hit(s, e, places, len(places), False, None))
    return out


def _join_city_states(text: str, hits: list[Hit], extra: list[Hit]) -> list[Hit]:
    """``extra`` with a city-state abbreviation joined to the hit before it ("Washington, D.C.")."""
    ends = {h.end: h for h in hits}
    out: list[Hit] = []
    for x in extra:
        before = ends.get(x.start - 2)
        if before is not None and text[x.start : x.end] in _CITY_STATES:
            x = x._replace(start=before.start)
        out.append(x)
    return out


def dateline_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the capitalised datelines and abbreviated states, in text order.

    A dateline or a state replaces the hits inside it ("LOUIS" in "ST. LOUIS"), and
    gives way to a hit it only overlaps.
    """
    states = _states()
    extra = [
        Hit(m.start(1), m.end(1), (states[m.group(1)],), 1, False, None)
        for m in _STATE_AFTER.finditer(text)
        if m.group(1) in states
    ]
    extra += _dateline_hits(text)
    extra += _homonym_state_hits(text) + _county_hits(text)
    extra += _named_state_throughout(text, extra)
    if not extra:
        return hits
    extra = _join_city_states(text, hits, extra)
    kept = [h for h in hits if not any(x.start <= h.start and h.end <= x.end for x in extra)]
    added = [x for x in extra if not any(h.start < x.end and x.start < h.end for h in kept)]
    return sorted([*kept, *added], key=lambda h: h.start)
