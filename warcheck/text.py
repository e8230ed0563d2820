"""Text forms, lookup keys and term matching: the one home of normalising and folding.

Two kinds of function live here, and the difference matters:

* A **form** has the length of its input, character for character, so an offset
  into the form is an offset into the text: stages match on a form and report
  spans of the original text. Every form is a one-character-to-one-character
  ``str.translate`` table, possibly followed by :func:`lower_same_length`.
* A **key** collapses spaces or punctuation, so it is shorter than its input:
  use it as a dictionary key, never for offsets.

Which form to match on depends on what the terms look like:

==================  =====  ==========  ================  ===========  =======================
form                case   diacritics  hyphens, dashes   line breaks  matches
==================  =====  ==========  ================  ===========  =======================
:func:`match_form`  lower  kept        dashes to ``-``   space        lexicon terms (cues,
                                                                      report verbs): terms
                                                                      with hyphens
                                                                      ("so-called")
:func:`fold_form`   kept   stripped    all to space      space        actor names, labels:
                                                                      "Turkish-backed" =
                                                                      "Turkish backed"
:func:`place_form`  kept   stripped+   dashes to ``-``   kept         gazetteer tokens: the
                                                                      hyphen of "al-Bab" and
                                                                      the line are read
:func:`flat_form`   (in)   kept        all to space      space        event triggers: every
                                                                      ASCII punctuation mark
                                                                      is a space too
==================  =====  ==========  ================  ===========  =======================

``(in)``: :func:`flat_form` takes text already lower-cased. ``stripped+``:
:data:`PLACE_TABLE` also folds Latin Extended Additional (the "Ḩ", "ṣ", "ṭ" of
GeoNames romanisations), "æ œ þ ð ħ", the Arabic ayn and hamza marks ("ʿ ʾ")
and combining marks, which :data:`FOLD_TABLE` leaves alone. The two tables
differ because the names they read differ: place names come romanised by GeoNames and
are tokenised at hyphens ("al-Bab"), and the gazetteer's stored keys were built
with :data:`PLACE_TABLE`; actor names are written by hand in ``actors.json``
and matched with hyphens as spaces. Merging them would change what matches, so
it is left to a commit of its own.

Keys, each for one kind of look-up:

* :func:`lookup_key` -- actor names, aliases, labels, camp markers: folded,
  lower case, runs of spaces collapsed; punctuation kept ("u.s.", "assad's").
* :func:`outlet_key` -- outlet names: folded, lower case, everything but
  letters and digits dropped ("Al-Manar" = "al manar" = "AlManar").
* :func:`place_key` / :func:`place_tokens` -- place names: split into word
  tokens, diacritics, apostrophes and dots dropped ("Ra’s al-‘Ayn" ->
  "ras al ayn"). The keys in ``gazetteer.tsv.gz`` are built with it: change it
  and rebuild the gazetteer.
* :func:`flat_key` -- event trigger terms, for matching in :func:`flat_form`.

New look-ups (deduplication, incident keys) should take :func:`lookup_key` for
names and phrases, and a place's gazetteer id rather than any key of its name.

Terms are found with Aho-Corasick automata (:func:`term_automaton`,
:func:`find_terms`), whole words only (:func:`is_word_edge`).

Not here, on purpose: the Arabic-transliteration fold of place names
(:func:`warcheck.knowledge.gazetteer.fold_key`: it drops the gazetteer's
articles and is tuned to place-name endings, "-iyeh", "Ezzor"), and the
governorate a place's vote counts for in :mod:`warcheck.analysis.main_place`
(a fact about Syrian governorates, not about spelling).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

import ahocorasick

__all__ = [
    "FLAT_TABLE",
    "FOLD_TABLE",
    "MATCH_TABLE",
    "PLACE_TABLE",
    "PLACE_TOKEN",
    "find_terms",
    "finditer_from",
    "flat_form",
    "flat_key",
    "fold_form",
    "is_word_edge",
    "lookup_key",
    "lower_same_length",
    "match_form",
    "outlet_key",
    "place_form",
    "place_key",
    "place_tokens",
    "term_automaton",
    "word_starts",
]


# --------------------------------------------------------------------------- tables


def _latin_letters(codepoints: Iterable[int], special: Mapping[str, str]) -> dict[int, str]:
    """Map each Latin letter with diacritics in ``codepoints`` to its base letter.

    The base is ``special``'s when given, else the first character of the NFKD
    decomposition when that is an ASCII letter ("ğ" -> "g"); letters without one
    ("ħ" unless special) are left out.
    """
    table: dict[int, str] = {}
    for cp in codepoints:
        ch = chr(cp)
        base = special.get(ch) or unicodedata.normalize("NFKD", ch)[:1]
        if base.isascii() and base.isalpha() and base != ch:
            table[cp] = base
    return table


def _to(chars: str, into: str) -> dict[int, str]:
    return {ord(c): into for c in chars}


_CURLY = "\u2018\u2019"  # ‘ ’
_ASCII_PUNCT = "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~"
_DASHES = "\u2010\u2011\u2013\u2014"  # ‐ ‑ – —

MATCH_TABLE: Mapping[int, str] = {
    **_to(_CURLY, "'"),
    **_to(_DASHES, "-"),
    **_to("\u00a0\n\t", " "),
}
"""Table of :func:`match_form`: curly quotes straight, dashes to hyphens, no-break
spaces, line breaks and tabs to spaces; nothing else changes."""

FOLD_TABLE: Mapping[int, str] = {
    **_latin_letters(range(0xC0, 0x250), dict(zip("ıßøØđł", "isoOdl", strict=True))),
    **_to("\u2018\u2019\u201b\u02bc\u02bb\u2032\u00b4`", "'"),
    **_to("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\n\r\t\u00a0", " "),
}
"""Table of :func:`fold_form`: strips the diacritics of Latin-1 and Latin
Extended-A/B letters, straightens apostrophes and turns hyphens, dashes, line
breaks and no-break spaces into spaces."""

PLACE_TABLE: Mapping[int, str] = {
    **_latin_letters(
        [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)],
        dict(zip("ßøØđĐłŁıæÆœŒþðħĦİ", "soOdDlLiaAoOtdhHI", strict=True)),
    ),
    **_to("’‘ʼʻʿʾ`´′ʹ", "'"),
    **_to("‐‑‒–—", "-"),
    # Combining marks join the token they follow ("'" inside a token) and
    # :func:`place_tokens` drops them.
    **_to("".join(map(chr, range(0x300, 0x370))), "'"),
    0xA0: " ",
}
"""Table of :func:`place_form`: like :data:`FOLD_TABLE` for letters, plus Latin
Extended Additional and more special letters; dashes become hyphens (not
spaces), combining marks apostrophes, and line breaks stay. (The capitals "Þ"
and "Ð" are not folded, their small letters are.)"""

FLAT_TABLE: Mapping[int, str] = _to(
    "-\u2010\u2011\u2013\u2014" + _CURLY + "\u201c\u201d\n\t\r\u00a0" + _ASCII_PUNCT, " "
)
"""Table of :func:`flat_form`: hyphens, dashes, curly quotes (single and double),
white space and every ASCII punctuation mark become spaces."""

# The same as a byte table: much faster for the (usual) all-ASCII text.
_FLAT_ASCII = bytes(ord(FLAT_TABLE.get(i, chr(i))) for i in range(128)) + bytes(range(128, 256))

PLACE_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:'[^\W_]+)*")
"""A token of a place name in :func:`place_form`: an acronym with dots ("U.S.")
or a run of letters and digits, apostrophes allowed inside ("Ma'arrat")."""


# --------------------------------------------------------------------------- forms


def lower_same_length(text: str) -> str:
    """Lower-case ``text`` keeping its length (and so every offset).

    The one character whose lower case is longer ("İ", lower "i̇") becomes the
    first character of it ("i").
    """
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower()[:1] for c in text)
    return low


@lru_cache(maxsize=8)
def match_form(text: str) -> str:
    """Return the lower-cased :data:`MATCH_TABLE` form of ``text``, same length (cached).

    Lexicon terms (cues, report verbs, event markers) are matched in this form;
    the cache lets the stages that read one text share it.
    """
    return lower_same_length(text.translate(MATCH_TABLE))


def fold_form(text: str) -> str:
    """Return ``text`` folded by :data:`FOLD_TABLE`, case kept, same length.

    Actor names are matched in this form (lower-cased for the case-insensitive ones).
    """
    return text.translate(FOLD_TABLE)


def place_form(text: str) -> str:
    """Return ``text`` folded by :data:`PLACE_TABLE`, case kept, same length."""
    return text.translate(PLACE_TABLE)


def flat_form(low: str) -> str:
    """Return the :data:`FLAT_TABLE` form of a lower-cased text, same length.

    Words are separated by spaces only, so a key ``" word "`` (see
    :func:`flat_key`) matches whole words once the form is padded with a space
    at each end.
    """
    if low.isascii():
        return low.encode("ascii").translate(_FLAT_ASCII).decode("ascii")
    return low.translate(FLAT_TABLE)


# --------------------------------------------------------------------------- keys


@lru_cache(maxsize=4096)
def lookup_key(phrase: str, *, keep_case: bool = False) -> str:
    """Return the key of an actor name, alias or label: folded, lower case, spaces collapsed.

    ``keep_case`` keeps the case, for names that match only as spelled ("IS", "SAA").
    Cached: the stages ask again and again for the keys of the same few labels.
    """
    folded = fold_form(phrase)
    return " ".join((folded if keep_case else folded.lower()).split())


_NOT_NAME = re.compile(r"[^0-9a-z\u0600-\u06ff]+")


def outlet_key(name: str) -> str:
    """Return the key of an outlet name: folded, lower case, only letters and digits kept.

    Latin letters, digits and Arabic letters are kept; spaces, hyphens and any
    other mark are dropped, so "Al-Manar", "al manar" and "AlManar" meet.
    """
    return _NOT_NAME.sub("", fold_form(name).lower())


def place_tokens(name: str) -> list[str]:
    """Split a place name into key tokens (lower case, no diacritics, apostrophes or dots)."""
    return [
        t.lower().replace("'", "").replace(".", "") for t in PLACE_TOKEN.findall(place_form(name))
    ]


def place_key(name: str) -> str:
    """Return the gazetteer key of a place name ("Ra’s al-‘Ayn" -> "ras al ayn")."""
    return " ".join(place_tokens(name))


def flat_key(term: str) -> str:
    """Return the key of an event trigger term, to match in :func:`flat_form`.

    Lower case, :data:`FLAT_TABLE` applied (punctuation, quotes and dashes as
    spaces), spaces collapsed.
    """
    return " ".join(flat_form(lower_same_length(term)).split())


# --------------------------------------------------------------------------- matching


def is_word_edge(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is whole words: no letter, digit or hyphen touches it."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-")


def term_automaton(terms: Iterable[tuple[str, Any]]) -> Any:
    """Return an Aho-Corasick automaton of ``(term, value)`` pairs for :func:`find_terms`.

    Terms are put in :func:`match_form`; a term given twice keeps its last value.
    """
    automaton = ahocorasick.Automaton()
    for term, value in terms:
        key = match_form(term)
        automaton.add_word(key, (len(key), value))
    automaton.make_automaton()
    return automaton


def find_terms(
    automaton: Any, low: str, start: int, end: int, first: bool = False
) -> list[tuple[int, int, Any]]:
    """Return ``(start, end, value)`` of the whole-word terms in ``low[start:end]``.

    Args:
        automaton: built by :func:`term_automaton`.
        low: the :func:`match_form` of the text.
        start: where to start looking.
        end: where to stop; a term must end by ``end``.
        first: stop at the first term found (to ask whether there is any).

    Returns:
        The matches sorted by start, longest first; overlapping matches are all kept.
    """
    out: list[tuple[int, int, Any]] = []
    if end <= start:
        return out
    # Search a slice: ``automaton.iter(low, start, end)`` converts the whole of ``low`` on
    # every call, which made many short searches in a long text quadratic.
    for end_index, (length, value) in automaton.iter(low[start:end]):
        s, e = start + end_index - length + 1, start + end_index + 1
        if is_word_edge(low, s, e):
            out.append((s, e, value))
            if first:
                break
    out.sort(key=lambda m: (m[0], -m[1]))
    return out


def word_starts(words: Iterable[str]) -> Any:
    """Return an automaton of ``words`` (as written) for :func:`finditer_from`."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


def finditer_from(pattern: re.Pattern[str], starts: Any, text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying the pattern only where a word of ``starts`` begins.

    The same matches as ``finditer`` for a pattern that can match only where
    one of the words (:func:`word_starts`) is written and never matches empty:
    positions are tried in order, and after a match from where it ends.
    """
    last = 0
    for start in sorted({end - size + 1 for end, size in starts.iter(text)}):
        if start >= last and (m := pattern.match(text, start)) is not None:
            last = m.end()
            yield m
