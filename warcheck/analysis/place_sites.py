"""Sites: streets, buildings and grounds, placed at the town named with them.

A name that ends in a site noun of ``place_words.json`` (``site_nouns``: "Royal Street",
"Alder Hey Children's Hospital", "al-Quds hospital") or starts with one before "of"
("University of Perpetual Help") is a site. The gazetteer has no sites, so a site takes
the point, unit and country of its town (its *anchor*), and its ``feature`` is "site":

1. the town named right after it ("al-Quds hospital in Aleppo", "Royal Street, New
   Orleans"; with no comma, "Robinson College Cambridge", it ends the site's name), which
   also wins over a place the site's own name contains ("al-Quds" is Jerusalem only as a
   name by itself); a site noun in lower case makes a site only so
   ("Aleppo hospital" stays Aleppo, "the American market" is no site), and so does a
   name that starts with a town ("Aleppo Military Hospital" stays Aleppo);
2. else a town before it with "'s" ("London's Heathrow Animal Reception Center": the
   site starts after it); else the town the text names most often (of those, the nearest
   before it), else a town its name contains. Places inside the names of sites
   ("Washington" in "Washington Square") are no anchors.

A site with no town in the text is left out. Countries and regions are never anchors.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import ahocorasick

from warcheck.knowledge import lexicons
from warcheck.model import PlaceMention

_NOUNS = lexicons.terms("place_words", "site_nouns")
_NOUN = "|".join(sorted({w for n in _NOUNS for w in (n, n.capitalize())}, key=lambda w: -len(w)))
_WORD = r"(?:St\.|Mt\.|(?:(?:al|el|an|ar|as|ash|az|ad)-)?[A-Z][\w'’-]*)"
_CAP_NOUN = "|".join(sorted((n.capitalize() for n in _NOUNS), key=lambda w: -len(w)))
_SITE = re.compile(
    rf"\b(?:{_WORD}(?: (?:of |de |du |the )?{_WORD}){{0,4}} "
    rf"(?:(?:{_CAP_NOUN}) of(?: the)? {_WORD}(?: {_WORD}){{0,2}}|{_NOUN})"
    rf"|(?:{_CAP_NOUN}) of(?: the)? {_WORD}(?: {_WORD}){{0,3}})\b"
)
# Two names before a plural site noun: "Bourbon and Dauphine streets" (each a site).
_PLURAL = "|".join(sorted({w + "s" for n in _NOUNS for w in (n, n.capitalize())}, key=len)[::-1])
_PAIR = re.compile(rf"\b([A-Z][\w'’]*) and ([A-Z][\w'’]*) (?:{_PLURAL})\b")
# Speed: ``_SITE`` is tried only near its nouns (every site holds one): the automaton finds
# them, and a site ends at its noun or starts with it, with at most nine spaces before it.
_NOUN_FINDER = ahocorasick.Automaton()
# A lower-case noun ends a site after a space (" street", not "report"); a capitalised one
# may also open it ("University of"). Each key gives the noun's length.
for _n in _NOUNS:
    _NOUN_FINDER.add_word(" " + _n, len(_n))
    _NOUN_FINDER.add_word(_n.capitalize(), len(_n))
_NOUN_FINDER.make_automaton()
_SPACES_BACK = 11  # more than the spaces a site has before its noun
_START = re.compile(r"\b[A-Zae]")  # where a site may start: a capital, "al-", "el-"...
_AFTER = re.compile(r"(?:,| in| at| near| of)[ \t]+(?:the[ \t]+)?$")
_COMPOUND_ENDS = lexicons.pattern("place_words", "site_compound_ends")
# Words before a site that are not part of its name: "The", "Vatican-owned".
_LEADING = re.compile(
    rf"^(?:(?:The|the|A|An|In|At|On|And|But|This|That|From|To|[\w'’]+-(?:{_COMPOUND_ENDS})) )+"
)
_ANCHORS = frozenset({"populated_place", "neighbourhood", "district", "admin1"})


_POSSESSIVE = re.compile(r"[’']s ")


def _possessive(text: str, s: int, e: int, every: Sequence[PlaceMention]) -> re.Match[str] | None:
    """The "Town's " that opens the site name at ``s..e``, as a match relative to ``s``."""
    for t in every:
        if t.start == s and t.end < e:
            m = _POSSESSIVE.match(text, t.end)
            if m:
                return re.match(re.escape(text[s : m.end()]), text[s:e])
    return None


def _site_mention(text: str, s: int, e: int, a: PlaceMention) -> PlaceMention:
    return PlaceMention(
        s, e, text[s:e], place_id=a.place_id, name=f"{text[s:e]}, {a.name}", feature="site",
        lat=a.lat, lon=a.lon, admin1=a.admin1, country=a.country, precision=a.precision,
    )  # fmt: skip


def _anchor(
    text: str, s: int, e: int, towns: Sequence[PlaceMention], every: Sequence[PlaceMention]
) -> PlaceMention | None:
    """The town of the site at ``s..e`` (rules 1 and 2 of the module note).

    ``towns`` are the possible anchors, ``every`` all town mentions (those inside sites too).
    """
    after = next((t for t in every if t.start >= e), None)
    if after is not None and after.start - e <= 12 and _AFTER.search(text, e, after.start):
        return after
    noun = e - len(text[s:e].split()[-1])
    if text[noun].islower():
        return None  # "the al-Quds hospital" only with its town after it
    if any(t.start == s for t in every):
        return None  # "Aleppo Military Hospital", "Aleppo Media Center": Aleppo
    inside = [t for t in every if s <= t.start and t.end <= e]
    of_town = next((t for t in inside if text[t.start - 4 : t.start] == " of "), None)
    if of_town is not None:
        return of_town  # "the National Hospital of Aleppo", "University of Aleppo"
    own = next((t for t in every if t.end <= s and _POSSESSIVE.match(text, t.end, s + 1)), None)
    if own is not None and own.end + 3 >= s:
        return own
    outside = [t for t in towns if t.end <= s or t.start >= e]
    if not outside:
        return inside[0] if inside else None
    counts = Counter(t.place_id for t in outside)
    top = max(counts.values())
    best = [t for t in outside if counts[t.place_id] == top]
    return next((t for t in reversed(best) if t.end <= s), best[0])


def _nouns(text: str) -> list[tuple[int, int]]:
    """The site nouns of ``text``: (end offset, length), in text order."""
    return list(_NOUN_FINDER.iter(text))


def _sites(text: str, nouns: list[tuple[int, int]] | None = None) -> list[re.Match[str]]:
    """The matches of ``_SITE`` in ``text``, as ``_SITE.finditer(text)`` finds them, faster.

    ``_SITE`` is tried only at the starts of words up to ``_SPACES_BACK`` spaces before a
    site noun, left to right, each search going on after the last match.
    """
    out: list[re.Match[str]] = []
    pos = 0
    for s in sorted(end - n + 1 for end, n in (_nouns(text) if nouns is None else nouns)):
        lo = s
        for _ in range(_SPACES_BACK):
            lo = text.rfind(" ", 0, lo)
            if lo < 0:
                break
        for c in _START.finditer(text, max(lo, pos), s + 1):
            if c.start() >= pos and (m := _SITE.match(text, c.start())):
                out.append(m)
                pos = m.end()
    return out


_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]|-\w")


def _town_after(text: str, e: int, every: Sequence[PlaceMention]) -> PlaceMention | None:
    """The town written right after a site whose noun is capitalised, with no comma, that
    ends its name there ("Robinson College Cambridge", "Agriculture Park Wana"), else ``None``
    ("the TV station al-Mayadeen" is no site)."""
    if text[e : e + 1] != " " or text[text.rfind(" ", 0, e) + 1].islower():
        return None
    town = next((t for t in every if t.start == e + 1), None)
    if town is None or town.feature == "admin1" or _NAME_GOES_ON.match(text, town.end):
        return None
    return town


def _pairs(text: str, nouns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The two names before a plural site noun ("Bourbon and Dauphine streets"), as spans."""
    out: list[tuple[int, int]] = []
    for e, n in nouns:
        if text[e + 1 : e + 2] == "s" and (m := _PAIR.search(text, max(0, e - n - 60), e + 3)):
            out += [m.span(1), m.span(2)]
    return sorted(set(out))


def add_sites(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` with the sites of ``text``; a site replaces the mentions inside it."""
    every = [m for m in mentions if m.feature in _ANCHORS]
    spans: list[tuple[int, int]] = []
    nouns = _nouns(text)
    if not nouns:
        return mentions
    for m in _sites(text, nouns):
        s, e = m.span()
        lead = _LEADING.match(m.group()) or _possessive(text, s, e, every)
        if lead:
            s += lead.end()
        if " " in text[s:e] and not any(t.start < s < t.end or t.start < e < t.end for t in every):
            spans.append((s, e))
    spans += [(s, e) for s, e in _pairs(text, nouns) if not any(a < e and s < b for a, b in spans)]
    if not spans:
        return mentions
    towns = [t for t in every if not any(s <= t.start and t.end <= e for s, e in spans)]
    sites: list[PlaceMention] = []
    for s, e in spans:
        town = _town_after(text, e, every)
        if town is not None:  # "Robinson College Cambridge": the town ends the name
            sites.append(_site_mention(text, s, town.end, town))
        elif (a := _anchor(text, s, e, towns, every)) is not None:
            sites.append(_site_mention(text, s, e, a))
    if not sites:
        return mentions
    kept = [m for m in mentions if not any(x.start < m.end and m.start < x.end for x in sites)]
    return sorted([*kept, *sites], key=lambda m: m.start)
