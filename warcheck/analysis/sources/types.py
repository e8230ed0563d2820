"""Source types: what kind of source a noun phrase names ("local sources" -> anonymous).

The type comes from the phrase's head noun (``source_nouns`` in
``data/lexicon.json``: "activists" -> witness, "local sources" -> anonymous,
"the Observatory" -> monitor, "news agency" -> wire), or, for a role word
("spokesman") or a bare name, from the kind of the actor mentioned in it; a
named "official" is not anonymous. Speakers such as "he" or "the group" are
anaphors, resolved later against earlier sources of the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from warcheck import knowledge
from warcheck.analysis.sources.words import (
    ANAPHORIC_HEADS,
    DETERMINERS,
    LINKS,
    PRONOUNS,
    Token,
    is_cap,
)
from warcheck.knowledge import cue_lexicon, lexicons
from warcheck.model import ActorMention

GUESS = "official?"  # a bare name: typed later from an earlier mention, else "official"
ANAPHOR_TYPE: dict[str, str] = dict(lexicons.entries("source_words", "anaphor_types"))
_KIND_TYPE = {
    "monitor": "monitor",
    "ngo": "monitor",
    "state_force": "party",
    "armed_group": "party",
    "militia": "party",
    "coalition": "party",
    "political": "party",
    "government": "official",
    "un_body": "official",
    "civilians": "witness",
}
_RANKS = re.compile(rf"\b(?:{lexicons.pattern('source_words', 'military_ranks')})\b")
_BULLETIN_TAIL = re.compile(
    r"(?:['’]s?)?\s+(?:(?:daily|weekly|latest|regular|official|new)\s+)?"
    rf"(?:{lexicons.pattern('source_words', 'bulletin_nouns')})$",
    re.IGNORECASE,
)
_HEAD_END = re.compile(r"\s(?:of|for|from|at|in|with|by|close\s+to|inside|within)\s", re.IGNORECASE)

Nouns = tuple[tuple[str, bool], ...]


@cache
def _noun_types() -> tuple[re.Pattern[str], Nouns]:
    """Return one pattern with a group per ``source_nouns`` entry, and each group's type."""
    nouns = cue_lexicon()["source_nouns"]
    pattern = "|".join(f"(?P<n{i}>{n['pattern']})" for i, n in enumerate(nouns))
    types = tuple((n["type"], bool(n.get("defer"))) for n in nouns)
    return re.compile(pattern, re.IGNORECASE), types


@cache
def wire_names() -> re.Pattern[str]:
    """Return the pattern of the names of news agencies (``wire_agencies``)."""
    names = [n for w in cue_lexicon()["wire_agencies"] for n in w["names"]]
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})(?:'?s)?\b")


def _nouns(np_text: str, cut: int | None = None) -> list[tuple[str, bool]]:
    """Return the source nouns in ``np_text[:cut]``, the rightmost (the head) first."""
    pattern, types = _noun_types()
    last: dict[int, int] = {}
    for m in pattern.finditer(np_text, 0, len(np_text) if cut is None else cut):
        last[int(m.lastgroup[1:])] = m.end()  # type: ignore[index]
    return [types[i] for i in sorted(last, key=lambda i: (-last[i], i))]


@lru_cache(maxsize=2048)
def phrase_nouns(np_text: str) -> tuple[Nouns, Nouns, bool]:
    """Return the source nouns of a phrase's head and of all of it, and whether it names a wire.

    Each noun is ``(type, defer)``, the head's rightmost first; ``defer`` says
    a role word ("spokesman") that takes the type of the actor it belongs to.
    """
    cut = _HEAD_END.search(np_text)
    full = _nouns(np_text)
    head = _nouns(np_text, cut.start()) if cut and full else full
    return tuple(head), tuple(full), bool(wire_names().search(np_text))


def type_phrase(
    np_text: str, mentions: Sequence[ActorMention], named: bool = False
) -> tuple[str, str | None]:
    """Return ``(source type, actor_id)`` for a source noun phrase.

    The head (the words before "of/for/at/in...") decides first: "a source at
    Aleppo Police Command" is anonymous, "the official SANA news agency" a wire.
    ``named`` says the phrase gives a person's name, which makes an "official"
    no longer anonymous. The type is :data:`GUESS` for a bare name.
    """
    if (tail := _BULLETIN_TAIL.search(np_text)) is not None and tail.start() > 0:
        np_text = np_text[: tail.start()]  # "the ministry's daily bulletin": the ministry
    government = knowledge.government_of_capital(np_text)
    if government is not None:  # "Moscow denied", "Damascus said": the capital for the government
        return ("party" if government.belligerent else "official"), government.id
    actor = next((m for m in reversed(mentions) if m.actor_id), None) or next(iter(mentions), None)
    actor_id = actor.actor_id if actor else None
    head, full, wire = phrase_nouns(np_text)
    noun = head[0] if head else (full[0] if full else None)
    if noun and noun[0] == "anonymous" and named:
        noun = ("official", True)  # "Necip Ensari, a local civil defence official": named
    if noun and noun[0] in ("witness", "anonymous", "monitor"):
        return noun[0], actor_id
    if wire or (noun and noun[0] == "wire"):
        return "wire", actor_id
    if actor and actor.kind == "media":
        return ("wire" if wire_names().search(actor.name or actor.text) else "media"), actor_id
    if noun and not noun[1]:
        return noun[0], actor_id
    if noun and ("official", False) in full:  # "police spokeswoman", "Police Chief X"
        return "official", actor_id
    if actor and actor.kind in _KIND_TYPE:
        return _actor_type(actor), actor_id
    if noun:
        plain = next((n for n in full if not n[1]), None)
        if plain is not None and plain[0] in ("monitor", "witness", "wire"):
            return plain[0], actor_id  # "director of the Observatory"
        return ("party" if ("party", True) in full else noun[0]), actor_id
    if _RANKS.search(np_text):
        return "party", actor_id
    return GUESS, actor_id


def _actor_type(actor: ActorMention) -> str:
    """A named actor's source type; a belligerent state speaks as a party to the war."""
    kind = _KIND_TYPE[actor.kind or ""]
    known = knowledge.actors().get(actor.actor_id or "")
    if kind == "official" and known is not None and known.belligerent:
        return "party"
    return kind


def is_named(np_toks: Sequence[Token], mentions: Sequence[ActorMention]) -> bool:
    """Return whether the head has two capitalised words in a row outside actor mentions."""
    run = 0
    for t in np_toks:
        if t.low in LINKS:
            return False  # only the head counts: "local sources from Dair al-Zour"
        capitalised = is_cap(t) and t.low not in DETERMINERS
        if not capitalised or any(m.start <= t.start < m.end for m in mentions):
            run = 0  # a word of an actor mention is not a person's name
        else:
            run += 1
            if run >= 2:
                return True
    return False


def anaphor_of(np_toks: Sequence[Token], has_mention: bool) -> str | None:
    """Return the pronoun or head noun when the phrase points back ("he", "the group")."""
    if len(np_toks) == 1 and np_toks[0].low in PRONOUNS:
        return np_toks[0].low
    if has_mention or any(t.text[:1].isupper() and t.low not in DETERMINERS for t in np_toks):
        return None
    definite = np_toks[0].low in ("the", "this", "that", "its", "his", "her")
    if definite and np_toks[-1].low in ANAPHORIC_HEADS:
        return np_toks[-1].low
    return None
