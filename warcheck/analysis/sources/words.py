"""Source words: the tokens and closed word classes that source phrases are grown from.

Report verbs and the words that can stand in a source's name come from
``data/lexicon.json`` (``report_verbs``, ``np_words``, ``place_nouns``); the
small closed classes (determiners, links, roles...) are listed here. Report
verbs are found with an Aho-Corasick automaton (:func:`verb_hits`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from warcheck.knowledge import lexicon
from warcheck.text import find_terms, match_form, term_automaton


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


WORD = re.compile(r"\w[\w'\-]*(?:\.\w[\w'\-]*)*|[^\w\s]")
DETERMINERS = _words(
    "the a an our its their his her this these those that one two three four several some many "
    "other another both various numerous"
)
PARTICLES = _words("al el bin ibn abu abd bint de van von der ul ad as-")
ARTICLES = _words("al el as ad ar ash at az an ibn bin abu")
LINKS = _words("of for from at in with within close")
GLUE = _words(
    "has have had was were is are also later earlier previously further separately strongly "
    "categorically officially publicly repeatedly recently then again already firmly flatly "
    "vehemently just now meanwhile however reportedly allegedly last late"
)
DAYS = _words("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight")
STOP_CAPS = DAYS | _words(
    "in on at after before but and meanwhile however earlier later also while when as since "
    "january february march april may june july august september october november december if "
    "although though during until following despite it this that there these those here by"
)
PREPOSITIONS = _words(
    "by of against to from in on at with for near into toward towards over inside outside across "
    "through throughout within under between among around"
)
SUBORDINATORS = _words(
    "after before while as and but when since because although though whereas where adding "
    "saying even"
)
ROLES = _words(
    "minister spokesman spokeswoman director head commander official leader member president "
    "chief envoy ambassador secretary governor mayor activist resident photographer journalist "
    "correspondent researcher analyst expert founder reporter adviser advisor representative"
)
# After a name, only these words continue a phrase ("SANA news agency", "SOHR director"); others
# start the reported clause ("according to the Observatory rebels shelled ...").
NAME_TAILS = ROLES | _words(
    "agency news tv television channel newspaper daily website group monitoring monitor media "
    "office network centre center organisation organization committee council ministry command "
    "statement report radio institute institution foundation commission association union league "
    "authority directorate department court tribunal bureau board federation society syndicate"
)
# "the oppositions chief negotiator", "the groups director": FA-KES drops apostrophes.
POSSESSORS = _words(
    "opposition group ministry army government coalition regime monitor agency observatory "
    "council organisation organization militia movement"
)
ABBREVIATIONS = _words("maj gen col lt brig dr mr mrs ms capt sgt")
BY_NOUNS = _words("report reports statement study investigation tally count toll")
QUOTES = "\"“”«»'‘’"
PRONOUNS = _words("he she they it we")
ANAPHORIC_HEADS = _words(
    "source sources statement group monitor agency spokesman spokeswoman official officials "
    "ministry army military organization organisation coalition militia movement body report "
    "channel television network faction forces command"
)
_AFFIXED = (
    "-based",
    "-run",
    "-backed",
    "-led",
    "-affiliated",
    "-linked",
    "-owned",
    "-controlled",
    "-held",
    "-funded",
    "-aligned",
)


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
    for group in lexicon()["report_verbs"]:
        for term in group["terms"]:
            verbs.setdefault(term, (term, group["stance"], bool(group.get("weak"))))
    return term_automaton(verbs.items())


def verb_hits(text: str, start: int, end: int) -> list[tuple[int, int, tuple[str, str, bool]]]:
    """Return the report verbs in ``text[start:end]`` as ``(start, end, (verb, stance, weak))``.

    Sorted by start, longest first.
    """
    return find_terms(verb_automaton(), match_form(text), start, end)


@cache
def np_words() -> frozenset[str]:
    """Return the words that can stand in a source's name (``np_words``)."""
    return frozenset(lexicon()["np_words"]["words"])


@cache
def place_nouns() -> frozenset[str]:
    """Return the generic place words that may follow a source ("sources in the city")."""
    return frozenset(lexicon()["place_nouns"]["words"])


@cache
def weak_verbs() -> frozenset[str]:
    """Return the report verbs that only say that something was said ("issued a statement")."""
    return frozenset(t for g in lexicon()["report_verbs"] if g.get("weak") for t in g["terms"])


@cache
def verb_objects() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the patterns of a responsibility claim and of a denied claim after a verb."""
    lex = lexicon()
    return (
        re.compile(lex["responsibility_claim"]["pattern"], re.IGNORECASE),
        re.compile(lex["denial_objects"]["pattern"], re.IGNORECASE),
    )


def np_word(low: str, words: frozenset[str]) -> bool:
    """Return whether the normalised word ``low`` can stand in a source's name."""
    return (
        low in words
        or (low.endswith("s") and low[:-1] in POSSESSORS)
        or low.endswith(_AFFIXED)
        or low.startswith(("pro-", "anti-"))
    )


def is_cap(tok: Token) -> bool:
    """Return whether ``tok`` is a capitalised name word ("Observatory", "al-Assad")."""
    if tok.text[:1].isupper():
        return tok.low not in STOP_CAPS
    head, dash, rest = tok.text.partition("-")
    return bool(dash) and head.lower() in ARTICLES and rest[:1].isupper()
