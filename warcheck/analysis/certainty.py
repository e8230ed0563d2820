"""Certainty and claim kind: how sure a sentence is, and whether it reports, quotes or judges.

The decision reads the cues of the sentence (:mod:`warcheck.analysis.cues`) and the
stance of the innermost source of its chain (:mod:`warcheck.analysis.sources.sourcing`), in
this order: a denial makes it ``denied``; a conditional ("if", "unless",
"as long as") ``conditional``; a sentence dominated by evaluative wording
(loaded language, opinion markers, exaggeration) that reports no event, or
that is saturated with it, ``opinion``; a claimed/accused stance or
allegation wording ``alleged``; a hedge ``hedged``; anything else ``asserted``.

Weak cues ("all", "liberated", "would", "therefore") count half and never
decide alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache, partial
from typing import Any

from warcheck.analysis.cues import is_weak
from warcheck.analysis.sources.words import verb_hits
from warcheck.knowledge import cue_lexicon
from warcheck.model import Cue, Sentence, Source, within
from warcheck.text import find_terms, match_form, term_automaton

# How much each cue kind says that a sentence judges rather than reports.
_EVALUATIVE = {
    "loaded_language": 1.0,
    "opinion": 1.0,
    "exaggeration": 1.0,
    "honorific": 0.5,
    "sectarian": 0.5,
    "name_calling": 0.0,
}
OPINION_SATURATED = 3.0  # opinion even when an event is reported
OPINION_NO_EVENT = 1.5  # opinion when no event is reported
_NUMBER = re.compile(r"\b\d")


@cache
def _markers() -> tuple[Any, re.Pattern[str]]:
    """Return the event-word automaton and the background pattern."""
    lex = cue_lexicon()
    events = term_automaton((t, t) for t in lex["event_markers"]["terms"])
    return events, re.compile(lex["background_markers"]["pattern"])


def evaluative_score(cues: Sequence[Cue]) -> float:
    """Return how strongly ``cues`` mark judgement rather than report (weak cues count half)."""
    return sum(_EVALUATIVE.get(c.kind, 0.0) * (0.5 if is_weak(c) else 1.0) for c in cues)


@lru_cache(maxsize=256)
def reports_event(text: str, start: int = 0, end: int | None = None) -> bool:
    """Return whether ``text[start:end]`` reports something happening.

    It does when it has event words ("killed", "shelled", "met"), unless it is
    a background clause ("has been mired in war since 2011") without a figure.
    """
    end = len(text) if end is None else end
    events, background = _markers()
    low = match_form(text)
    if not find_terms(events, low, start, end, first=True):
        return False
    return bool(_NUMBER.search(text, start, end)) or not background.search(low, start, end)


def _is_opinion(cues: Sequence[Cue], has_event: bool | Callable[[], bool]) -> bool:
    """Return whether evaluative wording dominates; ``has_event`` is asked only when it matters."""
    if not cues:
        return False
    score = evaluative_score(cues)
    if score >= OPINION_SATURATED:
        return True
    if score < OPINION_NO_EVENT and not any(c.kind == "opinion" and not is_weak(c) for c in cues):
        return False
    return not (has_event() if callable(has_event) else has_event)


def _verb_cue(source: Source, kind: str) -> tuple[Cue, ...]:
    """Return the report verb of ``source`` as a cue, when its span shows it."""
    span, verb = source.span, source.verb
    if span is None or not verb:
        return ()
    at = span.text.lower().rfind(verb.lower())
    if at < 0:
        return ()
    start = span.start + at
    words = span.text[at : at + len(verb)]
    return (Cue(start, start + len(verb), words, kind, note="report verb"),)


def certainty_of(
    sentence: Sentence,
    text: str,
    cues: Sequence[Cue],
    sources: Sequence[Source],
    has_event: bool | None = None,
) -> tuple[str, tuple[Cue, ...]]:
    """Return the certainty of a sentence (a ``vocab.CERTAINTY`` key) and the cues that decided it.

    Args:
        sentence: the sentence.
        text: the article text.
        cues: cues of the sentence (others are ignored).
        sources: the sentence's sourcing chain, outermost first.
        has_event: whether the sentence reports an event; guessed from event
            words when ``None``.
    """
    own = within(cues, sentence.start, sentence.end) if cues else ()
    inner = None
    for source in reversed(sources):
        if source.stance:
            inner = source
            break
    stance = inner.stance if inner else None
    # The event words matter only for opinion: they are looked for when asked.
    event: bool | Callable[[], bool]
    if has_event is None:
        event = partial(reports_event, text, sentence.start, sentence.end)
    else:
        event = has_event

    by_kind: dict[str, list[Cue]] = {}
    for c in own:
        if not is_weak(c):
            by_kind.setdefault(c.kind, []).append(c)

    def strong(kind: str) -> tuple[Cue, ...]:
        return tuple(by_kind.get(kind, ()))

    if strong("denial") or stance == "denied":
        return "denied", strong("denial") or (_verb_cue(inner, "denial") if inner else ())
    if strong("conditional"):
        return "conditional", strong("conditional")
    if _is_opinion(own, event):
        return "opinion", tuple(c for c in own if _EVALUATIVE.get(c.kind, 0.0) > 0)
    if stance in ("claimed", "accused") or strong("allegation"):
        return "alleged", strong("allegation") or (_verb_cue(inner, "allegation") if inner else ())
    hedges = tuple(c for c in own if c.kind == "hedge")
    if strong("hedge") or len(hedges) >= 2:
        return "hedged", hedges
    return "asserted", ()


def claim_kind(sentence: Sentence, text: str, cues: Sequence[Cue], has_event: bool) -> str:
    """Return what a sentence (or clause) claims: a ``vocab.CLAIM_KIND`` key.

    ``opinion`` when evaluative wording dominates (as in :func:`certainty_of`);
    ``event`` when the caller found an event (``has_event``); ``statement``
    when someone is said to say, announce or demand something that is not an
    event; otherwise ``background`` (standing facts, history, geography).

    The cues may be those of a clause of ``sentence``; only cues inside the
    sentence count.
    """
    if cues and _is_opinion(within(cues, sentence.start, sentence.end), has_event):
        return "opinion"
    if has_event:
        return "event"
    # The report verbs of the whole text are found once (the sourcing looked for them too).
    if verb_hits(text, sentence.start, sentence.end):
        return "statement"
    return "background"
