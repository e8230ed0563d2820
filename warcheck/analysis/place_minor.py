"""Minor places: small towns the compact gazetteer lacks, read where a place is expected.

The compact gazetteer has the world's towns from 15000 people; the smaller ones, and towns
whose names are common English words ("Nelson"), are in :mod:`warcheck.knowledge.minor_places`.
Such a name is read as a place only when

* it follows a locative preposition (``place_words.json``: ``minor_place_prepositions``:
  "in Visbek", "near Dunshaughlin", "driving to Castlegar"), and is the whole run of
  capitalised words there ("in Nelson Mandela Square" is no Nelson); and
* the text names another place of the same country, and no country more often (Visbek,
  Germany; Nelson with British Columbia; a "Yorkshire" of Virginia is not read in a story
  of Leeds and Bradford that also names Toledo): the town of that country is taken (one of
  a unit the text names first, then the largest). A name of a country no other place of
  the text is in is left out, so a Syrian story keeps its own places and a person after
  "to" ("spoke to Nelson") stays a person unless a Nelson's country is named; and
* it is not the first name or surname of a person the text names ("Barry Nelson", "Mr
  Nelson": :func:`warcheck.analysis.place_people.names_of_people`).

Once a town is read so, its name is that town everywhere else in the text too ("the Nelson
office", "Nelson-Creston", "Samos's economy"), save where it runs into another capitalised
word ("Nelson Mandela"). Names already read as places, or inside them, are left alone.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from warcheck.analysis.place_people import names_of_people
from warcheck.knowledge import lexicons, minor_places
from warcheck.model import PlaceMention
from warcheck.text import place_key

_PREPS = lexicons.terms("place_words", "minor_place_prepositions")
_WORD = r"[A-Z][a-z][\w'’]*(?:-[A-Z][a-z][\w'’]*)?"
# A preposition and the run of capitalised words after it (at most three, on one line).
_AFTER_PREP = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_PREPS)})[ \t]+((?:{_WORD})(?:[ \t]+{_WORD}){{0,3}})(?![\w'’-])"
)
_MAX_WORDS = 3
_SUFFIX = re.compile(r"['’]s$")
_PREV_WORD = re.compile(r"([\w'’.]+)[ \t]+$")


def _choose(
    towns: list[minor_places.MinorPlace], countries: set[str], units: set[str]
) -> minor_places.MinorPlace | None:
    """The town of a country the text names (of a unit it names, first), else ``None``."""
    ours = [t for t in towns if t.country in countries]
    if not ours:
        return None
    return next((t for t in ours if t.admin1 in units), ours[0])


def _apposed(
    text: str, e: int, towns: list[minor_places.MinorPlace], mentions: Sequence[PlaceMention]
) -> minor_places.MinorPlace | None:
    """The town whose country or unit is written right after it ("in Visbek, Germany")."""
    if not towns or text[e : e + 2] != ", ":
        return None
    after = next((m for m in mentions if m.start == e + 2), None)
    if after is None or after.feature not in ("country", "admin1") or not after.country:
        return None
    unit = {after.admin1} if after.feature == "admin1" and after.admin1 else set()
    return _choose(towns, {after.country}, unit)


def _mention(s: int, e: int, text: str, t: minor_places.MinorPlace) -> PlaceMention:
    return PlaceMention(
        s, e, text[s:e], place_id=t.pid, name=t.name, feature="populated_place", lat=t.lat,
        lon=t.lon, admin1=t.admin1, country=t.country, precision="town",
    )  # fmt: skip


def add_minor(text: str, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` with the minor places of ``text``, in text order."""
    counts = Counter(m.country for m in mentions if m.country)
    if not counts:
        return list(mentions)
    most = max(counts.values())
    countries = {c for c, n in counts.items() if n == most}  # the text's main country (or tie)
    units = {m.admin1 for m in mentions if m.admin1}
    taken = [(m.start, m.end) for m in mentions]
    found: list[PlaceMention] = []
    people: frozenset[str] | None = None
    for m in _AFTER_PREP.finditer(text):
        s, e = m.span(1)
        name = _SUFFIX.sub("", m.group(1))
        e = s + len(name)
        if len(name.split()) > _MAX_WORDS or any(a < e and s < b for a, b in taken):
            continue
        if people is None:
            people = names_of_people(text)
        if name in people:
            continue
        key = place_key(name)
        if not minor_places.can_start(key.split(" ", 1)[0]):
            continue
        towns = minor_places.lookup(key)
        town = _choose(towns, countries, units) or _apposed(text, e, towns, mentions)
        if town is not None:
            found.append(_mention(s, e, text, town))
    # the spans taken so far; _apposed_before adds those of the towns it finds
    spans = [*taken, *((f.start, f.end) for f in found)]
    found += _apposed_before(text, mentions, spans, people)
    if not found:
        return list(mentions)
    found += _repeats(text, found, spans)
    return sorted([*mentions, *found], key=lambda p: p.start)


# A run of capitalised words (one to three) that ends right before ", " at the end of the slice.
_BEFORE_COMMA = re.compile(rf"(?<![\w'’-])({_WORD}(?:[ \t]+{_WORD}){{0,2}}),[ \t]$")


def _apposed_before(
    text: str,
    mentions: Sequence[PlaceMention],
    taken: list[tuple[int, int]],
    people: frozenset[str] | None,
) -> list[PlaceMention]:
    """Towns written before their unit or country and a comma ("Shelby, Montana", "Visbek,
    Germany"), wherever they stand: the town of that unit (or, after a country, of that
    country) called so; not a name of the text's people, nor part of a longer capitalised run."""
    out: list[PlaceMention] = []
    for m in mentions:
        if m.feature not in ("country", "admin1") or text[max(0, m.start - 2) : m.start] != ", ":
            continue
        if not m.country:
            continue
        b = _BEFORE_COMMA.search(text, max(0, m.start - 60), m.start)
        if b is None or _after_capital(text, b.start(1)):
            continue
        s, e = b.span(1)
        if any(a < e and s < z for a, z in taken):
            continue
        if people is None:
            people = names_of_people(text)
        towns = [] if b.group(1) in people else minor_places.lookup(place_key(b.group(1)))
        ours = [t for t in towns if t.country == m.country]
        if m.feature == "admin1":
            ours = [t for t in ours if t.admin1 == m.admin1]
        if ours:
            out.append(_mention(s, e, text, ours[0]))
            taken.append((s, e))
    return out


def _repeats(
    text: str, found: list[PlaceMention], taken: list[tuple[int, int]]
) -> list[PlaceMention]:
    """The other occurrences of the towns ``found`` in ``text`` (one sense per text)."""
    towns = {f.text: f for f in found}
    names = "|".join(re.escape(n) for n in sorted(towns, key=len, reverse=True))
    out: list[PlaceMention] = []
    for m in re.finditer(rf"(?<![\w-])(?:{names})(?![\w]|[ \t]+[A-Z])", text):
        s, e = m.span()
        if not any(a < e and s < b for a, b in taken) and not _after_capital(text, s):
            f = towns[m.group()]
            out.append(dataclasses.replace(f, start=s, end=e))
    return out


def _after_capital(text: str, s: int) -> bool:
    """Whether a capitalised word runs into position ``s`` ("Lord Nelson")."""
    m = _PREV_WORD.search(text, max(0, s - 30), s)
    return m is not None and m.group(1)[:1].isupper()
