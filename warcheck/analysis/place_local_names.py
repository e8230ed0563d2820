"""Words that a gazetteer takes for a place but that are part of a local name, or a nickname.

:func:`warcheck.analysis.places.find_places` reads the gazetteer's names; two kinds of
hit are dropped here, both seen on unseen local news (issue 13):

* a small place whose name is also a common English word, right after a capitalised
  compass word: "the West Side", "the South End", "the Upper East Side" name parts of a
  city, not Side in Turkey or End anywhere;
* a name given as a nickname: "Jane Doe, 20, known as Montana", "a man nicknamed
  Memphis", "aka Dallas": a person's name, not the state or the town.
"""

from __future__ import annotations

import re

from warcheck.analysis.place_homonyms import Hit
from warcheck.knowledge.word_weights import zipf_table

# A capitalised compass word just before the hit: "West Side", "Near North Side".
_COMPASS = re.compile(r"\b(?:North|South|East|West|Upper|Lower|Near)(?:east|west)?[ \t]+$")
# Zipf frequency from which a word is common English ("side" 5.5, "end" 5.7; "ghouta" absent).
_COMMON_ZIPF = 4.0
# A nickname: after a person's age ("Jane Doe, 20, known as"), "nicknamed", "aka".
_NICKNAME = re.compile(
    r"(?:\b\d{1,3},[ \t]*(?:also[ \t]+|better[ \t]+)?known[ \t]+(?:to[ \t]+\w+[ \t]+)?as"
    r"|\bnick-?named|\ba\.?k\.?a\.?|\balias)[ \t]+[\"“‘']?$"
)
# Population below which a place is small enough to be a common word's homonym.
_SMALL = 100_000
_UNITS = frozenset({"country", "admin1", "region"})


def _common_word(word: str) -> bool:
    return " " not in word and zipf_table().get(word.lower(), 0.0) >= _COMMON_ZIPF


def _small(h: Hit) -> bool:
    return not any(p.feature in _UNITS or p.pop >= _SMALL for p in h.cands)


def _local_part(text: str, h: Hit) -> bool:
    """Whether the hit is the last word of a compass-named part of a city ("West Side")."""
    before = text[max(0, h.start - 16) : h.start]
    return bool(_COMPASS.search(before)) and _small(h) and _common_word(text[h.start : h.end])


def _nickname(text: str, h: Hit) -> bool:
    before = text[max(0, h.start - 30) : h.start]
    # every _NICKNAME has a "k" (known, nicknamed, a.k.a) or an "as" (known as, alias)
    return ("k" in before or "as" in before) and bool(_NICKNAME.search(before))


def drop_local_names(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits less parts of local names ("West Side") and nicknames ("known as Montana")."""
    return [h for h in hits if not (_local_part(text, h) or _nickname(text, h))]
