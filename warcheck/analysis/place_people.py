"""Place names that are people's names here, and transliteration matches without an Arab context.

:func:`warcheck.analysis.places.find_places` reads names stretch by stretch; the
decisions here look at the whole text, so they are taken after that reading, on its hits:

* a one-word name that is a common given name, right before another capitalised word,
  starts a person's name ("Barry Smith, 80", "Donna Smith, 45, was charged"); that
  person's first name and surname are then people's names throughout the text
  ("Barry admitted", "Smith said"), and so is a surname after a title ("Sen. Ben
  Sasse" -> "Sasse");
* a one-word name of a small place (not a country, a first-level unit or a place of
  :data:`_BIG` people) right before a verb of saying, or after "said" at the end of a
  clause, is a person ("Holloway told the club", "said Allen,");
* a one-word name that is some place's own name and also, by its transliteration fold,
  a place of the Arab world stands for the latter only when the text names some place
  there by its spelling: in a story about Washington state, "MURRAY" is Murray, not
  Maarat al-Numan (a name of several words vouches for itself, and a name that only
  the fold matches is left to the matcher's own tests).
"""

from __future__ import annotations

import functools
import re

from warcheck.analysis.place_homonyms import Hit
from warcheck.analysis.place_local_names import drop_local_names
from warcheck.knowledge import lexicons
from warcheck.knowledge.gazetteer import FOLD_COUNTRIES, LOWER_OK
from warcheck.text import place_key

_GIVEN = lexicons.term_set("person_words", "given_names")
_TITLES = lexicons.term_set("place_words", "person_titles")
# Words after a town in its institutions' names, no surnames: "Jackson Police", "Florence Mayor".
_INSTITUTIONS = (
    lexicons.term_set("place_words", "institution_nouns")
    | lexicons.term_set("place_words", "site_nouns")
    | _TITLES
)
_UNITS = frozenset({"country", "admin1", "region"})
_BIG = 100_000
_SURNAME_CITY = 1_000_000  # a surname of the text names the person unless a city this big
_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# A given name or a title, then a capitalised word: (first letter, rest of the first word,
# next word). The capital comes first, then the look-behind that stands for a word boundary
# before it, so that the regex engine skips ahead to capitals (a leading \b is tried at every
# position).
_PAIR = re.compile(rf"([A-Z])(?<!\w[A-Z])(?=([a-z]+)\.? +({_NAME_WORD})\b(?!-))")
_SAID_AFTER = re.compile(
    r"[ \t]*(?:,[^,\n]{1,40},[ \t]*)?(?:said|says|told|tweeted|wrote|added|admitted|argued|"
    r"believes|explained|insisted|recalled|replied|testified|posted)\b"
)
_PLACE_BEFORE = re.compile(r"\b(?:of|in|near|at|from|to|outside|around|into|across)[ \t]+$")
_NAME_NEXT = re.compile(r"[ \t]+[A-Z]")
_SAID_BEFORE = re.compile(r"\b(?:said|says|according to|told|added)[ \t]+$")


@functools.lru_cache(maxsize=2)
def _names_of_people(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """First names and surnames of the people the text names ("Barry Smith", "Mr Evans"),
    and the surnames alone.

    Cached for the last texts: :func:`drop_people` and the minor places read the same text.
    """
    out: set[str] = set()
    surnames: set[str] = set()
    for m in _PAIR.finditer(text):
        first, nxt = m.group(1) + m.group(2), m.group(3)
        low = first.lower()
        if nxt.lower() in LOWER_OK:
            continue
        if low in _TITLES:
            out.add(nxt)
            surnames.add(nxt)
        elif (
            low in _GIVEN
            and text[m.end(2)] != "."  # "in Shelby. Montana officials"
            and nxt.lower() not in _INSTITUTIONS  # "Jackson Police", "Florence Mayor"
        ):
            out.update((first, nxt))
            surnames.add(nxt)
    return frozenset(out), frozenset(surnames)


def names_of_people(text: str) -> frozenset[str]:
    """The first names and surnames of the people ``text`` names ("Barry Smith", "Mr Evans")."""
    return _names_of_people(text)[0]


def _small(h: Hit) -> bool:
    """Whether no candidate of the hit is a country, a first-level unit or a big place."""
    return not any(p.feature in _UNITS or p.pop >= _BIG for p in h.cands)


def _surname(h: Hit) -> bool:
    """Whether a text's surname that names this hit's places is the person's: no unit, no city."""
    return not any(p.feature in _UNITS or p.pop >= _SURNAME_CITY for p in h.cands)


def _person(
    text: str,
    h: Hit,
    word: str,
    people: frozenset[str],
    surnames: frozenset[str] | set[str] = frozenset(),
) -> bool:
    """Whether a one-word name is a person's here: a name of the text's people or a speaker.

    A big place or a unit counts only when the word is none of its own names but an
    alternate one ("Ben" for Bern).
    """
    if word in people:
        key = place_key(word)
        return (
            _small(h)
            or all(place_key(p.name) != key for p in h.cands)
            or (word in surnames and _surname(h))
        )
    return _small(h) and _speaker(text, h)


def _speaker(text: str, h: Hit) -> bool:
    """Whether the name stands before a verb of saying, or after "said" ending a clause."""
    if _PLACE_BEFORE.search(text, max(0, h.start - 12), h.start):
        return False  # "a village south of Jarabulus said Rami Abdel Rahman"
    m = _SAID_AFTER.match(text, h.end)
    if m:
        return not _NAME_NEXT.match(text, m.end())
    before = text[max(0, h.start - 20) : h.start]
    return bool(_SAID_BEFORE.search(before)) and text[h.end : h.end + 1] in (",", ".", "")


def _arab_context(hits: list[Hit]) -> bool:
    """Whether some hit names a place of the Arab world by its own spelling."""
    return any(p.country in FOLD_COUNTRIES for h in hits for p in h.cands[: h.exact])


def drop_people(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits less people's names here (nicknames too), unbacked transliteration matches and
    parts of local names ("West Side": ``place_local_names``)."""
    hits = drop_local_names(text, hits)
    people, surnames = _names_of_people(text)
    arab = _arab_context(hits)
    out: list[Hit] = []
    for h in hits:
        word = text[h.start : h.end]
        one_word = " " not in word and "-" not in word
        if not arab and one_word and 0 < h.exact < len(h.cands):
            h = h._replace(cands=h.cands[: h.exact])
        if one_word and not h.province and _person(text, h, word, people, surnames):
            continue
        out.append(h)
    return out
