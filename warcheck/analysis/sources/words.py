"""Source words: the tokens and closed word classes that source phrases are grown from.

Report verbs and the words that can stand in a source's name come from
``data/lexicon.json`` (``report_verbs``, ``np_words``, ``place_nouns``); the
small closed classes (determiners, links, roles...) from ``data/source_words.json``. Report
verbs are found with an Aho-Corasick automaton (:func:`verb_hits`).
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from typing import Any, NamedTuple

from warcheck.knowledge import cue_lexicon, lexicons
from warcheck.text import find_terms, match_form, term_automaton

_LEXICON = "source_words"


def _words(key: str) -> frozenset[str]:
    return lexicons.term_set(_LEXICON, key)


WORD = re.compile(r"\w[\w'\-]*(?:\.\w[\w'\-]*)*|[^\w\s]")
DETERMINERS = _words("determiners")
PARTICLES = _words("name_particles")
ARTICLES = _words("arabic_articles")
LINKS = _words("links")
GLUE = _words("glue")
DAYS = _words("day_words")
STOP_CAPS = DAYS | _words("capitalised_stop_words")
PREPOSITIONS = _words("prepositions")
SUBORDINATORS = _words("subordinators")
ROLES = _words("roles")
# After a name, only these words continue a phrase ("SANA news agency", "SOHR director"); others
# start the reported clause ("according to the Observatory rebels shelled ...").
NAME_TAILS = ROLES | _words("name_tails")
# "the oppositions chief negotiator", "the groups director": FA-KES drops apostrophes.
POSSESSORS = _words("possessors")
ABBREVIATIONS = _words("title_abbreviations")
BY_NOUNS = _words("report_nouns")
OUTLET_NOUNS = _words("outlet_nouns")
BULLETINS = _words("bulletin_nouns")
QUOTES = "\"“”«»'‘’"
PRONOUNS = _words("pronouns")
ANAPHORIC_HEADS = _words("anaphoric_heads")
_AFFIXED = lexicons.terms(_LEXICON, "compound_suffixes")


class Token(NamedTuple):
    """A word or punctuation mark: offsets into the text, its words, and their normalised form."""

    start: int
    end: int
    text: str
    low: str


def tokenize(text: str, low: str, start: int, end: int) -> list[Token]:
    """Return the tokens of ``text[start:end]``; ``low`` is the normalised ``text``."""
    new = tuple.__new__
    return [
        new(Token, (a, b, text[a:b], low[a:b]))
        for m in WORD.finditer(text, start, end)
        for a, b in (m.span(),)
    ]


@cache
def verb_automaton() -> Any:
    """Return the report-verb automaton; its values are ``(verb, stance, weak)``."""
    verbs: dict[str, tuple[str, str, bool]] = {}
    for group in cue_lexicon()["report_verbs"]:
        for term in group["terms"]:
            verbs.setdefault(term, (term, group["stance"], bool(group.get("weak"))))
    return term_automaton(verbs.items())


def verb_hits(text: str, start: int, end: int) -> list[tuple[int, int, tuple[str, str, bool]]]:
    """Return the report verbs in ``text[start:end]`` as ``(start, end, (verb, stance, weak))``.

    Sorted by start, longest first. The verbs of the whole text are found once
    (:func:`_text_verbs`) and those inside ``start..end`` picked out: a term's
    word edges are judged on the whole text either way, so the result is the
    same as searching the slice.
    """
    starts, hits = _text_verbs(text)
    out = []
    for i in range(bisect.bisect_left(starts, start), len(hits)):
        hit = hits[i]
        if hit[0] >= end:
            break
        if hit[1] <= end:
            out.append(hit)
    return out


@lru_cache(maxsize=8)
def _text_verbs(text: str) -> tuple[list[int], list[tuple[int, int, tuple[str, str, bool]]]]:
    """The report verbs of all of ``text`` (sorted by start, longest first) and their starts."""
    hits = find_terms(verb_automaton(), match_form(text), 0, len(text))
    return [h[0] for h in hits], hits


@cache
def np_words() -> frozenset[str]:
    """Return the words that can stand in a source's name (``np_words``)."""
    return frozenset(cue_lexicon()["np_words"]["words"])


@cache
def place_nouns() -> frozenset[str]:
    """Return the generic place words that may follow a source ("sources in the city")."""
    return frozenset(cue_lexicon()["place_nouns"]["words"])


@cache
def weak_verbs() -> frozenset[str]:
    """Return the report verbs that only say that something was said ("issued a statement")."""
    return frozenset(t for g in cue_lexicon()["report_verbs"] if g.get("weak") for t in g["terms"])


@cache
def verb_objects() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the patterns of a responsibility claim and of a denied claim after a verb."""
    lex = cue_lexicon()
    return (
        re.compile(lex["responsibility_claim"]["pattern"], re.IGNORECASE),
        re.compile(lex["denial_objects"]["pattern"], re.IGNORECASE),
    )


def np_word(low: str, words: frozenset[str]) -> bool:
    """Return whether the normalised word ``low`` can stand in a source's name."""
    return (
        low in words
        or (low.endswith("s") and low[:-1] in POSSESSORS)
        or (low.endswith(("'s", "’s")) and low[:-2] in words)  # "the army's daily bulletin"
        or low.endswith(_AFFIXED)
        or low.startswith(("pro-", "anti-"))
    )


def is_cap(tok: Token) -> bool:
    """Return whether ``tok`` is a capitalised name word ("Observatory", "al-Assad")."""
    if tok.text[:1].isupper():
        return tok.low not in STOP_CAPS
    head, dash, rest = tok.text.partition("-")
    return bool(dash) and head.lower() in ARTICLES and rest[:1].isupper()
