"""Event typing of a sentence or snippet by trigger rules.

The rules (:mod:`warcheck.analysis.event_rules`, from ``event_patterns.json``)
give each event type its trigger terms, the words that must or must not be near
a trigger, and a weight. A fired trigger scores its rule weight, plus a little
for close ``with`` matches and for an early position (the main event of a news
snippet comes first), minus the penalties whose words precede it in its clause
(a background clause: "after", "amid", "accused of"; a hypothetical one:
"planned", "could"; the topic of a protest). Each type keeps its best trigger,
with a small bonus for other triggers of the same type; the best type wins.
Precedence between types (a suicide car bomb is a suicide bomb, not an IED) is
in the weights.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from warcheck.analysis.event_rules import (
    FALLBACK_TYPES,
    Group,
    Hits,
    Penalty,
    Rule,
    RuleSet,
    TermSpan,
    rule_set,
    term_hits_and_rules,
)
from warcheck.text import lower_same_length
from warcheck.vocab import EVENT_TYPE

__all__ = ["FALLBACK_TYPES", "EventGuess", "classify_event"]

_WORD_END = re.compile(r"\w*")
_CAPITAL_AFTER = re.compile(r"\s+(?:the\s+)?[A-Z]")
_OTHER_SCORE = 0.05
_STRONG = 5.0  # a trigger scoring this much is a strong cue on its own
_POSITION_BONUS = 0.4
_POSITION_SPAN = 300.0
_SAME_TYPE_BONUS = 0.15
_MAX_BONUS = 0.5 + _POSITION_BONUS + 2 * _SAME_TYPE_BONUS  # with-closeness, position, same type


@dataclass(frozen=True)
class EventGuess:
    """The event type of a text, how sure the guess is and the words behind it.

    ``event_type`` is a key of ``vocab.EVENT_TYPE``; ``score`` is 0..1;
    ``cue`` is the ``(start, end)`` character offsets in the text of the
    trigger that decided the type, ``None`` when nothing did ("other").
    """

    event_type: str
    score: float
    cue: tuple[int, int] | None


def _near(
    group: Group,
    span: TermSpan,
    hits: Hits,
    hit_ids: set[int],
    low: str,
    overlap: bool = False,
) -> int | None:
    """Distance in characters from ``span`` to the nearest match of ``group``, or None.

    A match overlapping ``span`` counts (at distance 0) only when ``overlap``
    is true; a constraint group never satisfies itself with the trigger's words.
    With ``group.far`` the farthest match within the window is taken instead.
    """
    best: int | None = None
    for tid in group.terms & hit_ids:
        for start, end in hits[tid]:
            if start < span[1] and end > span[0]:
                if not overlap:
                    continue
                dist = 0
            elif group.side == "before":
                if end > span[0]:
                    continue
                dist = span[0] - end
            elif group.side == "after":
                if start < span[1]:
                    continue
                dist = start - span[1]
            else:
                dist = span[0] - end if end <= span[0] else start - span[1]
            if group.within and dist > group.within:
                continue
            if group.clause and not _same_clause(low, start, span[0]):
                continue
            if best is None or (dist > best if group.far else dist < best):
                best = dist
    return best


def _same_clause(low: str, a: int, b: int) -> bool:
    """True when no full stop or semicolon separates positions ``a`` and ``b``."""
    if a > b:
        a, b = b, a
    return ". " not in low[a:b] and ";" not in low[a:b]


def _penalty(
    penalties: tuple[Penalty, ...],
    start: int,
    hits: Hits,
    hit_ids: set[int],
    low: str,
) -> tuple[tuple[float, frozenset[str]], ...]:
    """The context penalties that apply to a trigger starting at ``start``."""
    span = (start, start)
    out = []
    for pen in penalties:
        if pen.group.terms.isdisjoint(hit_ids):
            continue
        dist = _near(pen.group, span, hits, hit_ids, low)
        if dist is not None and _same_clause(low, start - dist, start):
            out.append((pen.penalty, pen.exempt))
    return tuple(out)


def _longest_first(span: TermSpan) -> TermSpan:
    return span[0], -span[1]


def _rule_score(
    rule: Rule,
    hits: Hits,
    hit_ids: set[int],
    text: str,
    low: str,
    penalty_at: Callable[[int], tuple[tuple[float, frozenset[str]], ...]],
) -> tuple[float, TermSpan] | None:
    """Score of ``rule`` on these hits and the trigger span, or None if it does not fire.

    Each occurrence of a trigger is scored: the rule weight, plus up to 0.5 for
    close ``with`` matches, plus up to ``_POSITION_BONUS`` for an early
    position, minus any context penalty (a background or hypothetical clause).
    """
    without = [g for g in rule.without if not g.terms.isdisjoint(hit_ids)] if rule.without else ()
    # Longest match first at each position, so that the cue covers the whole phrase.
    tids = rule.terms & hit_ids
    if len(tids) == 1:
        spans = hits[next(iter(tids))]  # in text order, one length: already sorted
    else:
        spans = [s for tid in tids for s in hits[tid]]
        spans.sort(key=_longest_first)
    best: tuple[float, TermSpan] | None = None
    with_cap = 0.5 if rule.with_ else 0.0
    for span in spans:
        score = rule.weight + _POSITION_BONUS * max(0.0, 1.0 - span[0] / _POSITION_SPAN)
        if best is not None and score + with_cap <= best[0]:
            break  # spans come in text order: no later one can score higher
        if rule.capital_after and _CAPITAL_AFTER.match(text, span[1]) is None:
            continue
        ok = True
        for group in rule.with_:
            dist = _near(group, span, hits, hit_ids, low)
            if dist is None:
                ok = False
                break
            if group.within:
                closeness = (
                    0.5 + 0.5 * dist / group.within if group.far else 1.0 - dist / group.within
                )
                score += 0.5 * closeness / len(rule.with_)
        if not ok or (without and _near_any(without, span, hits, hit_ids, low)):
            continue
        penalties = penalty_at(span[0])
        for amount, exempt in penalties:
            if rule.event_type not in exempt:
                score -= amount
        if best is None or score > best[0]:
            best = (score, span)
    return best


def _near_any(
    groups: Sequence[Group], span: TermSpan, hits: Hits, hit_ids: set[int], low: str
) -> bool:
    """Whether a match of one of ``groups`` is near ``span`` (overlapping it counts)."""
    return any(_near(g, span, hits, hit_ids, low, overlap=True) is not None for g in groups)


# type -> (best score, its trigger span, the distinct trigger spans that fired it)
_TypeScores = dict[str, tuple[float, TermSpan, set[TermSpan]]]


def classify_event(text: str) -> EventGuess:
    """Guess the event type of a sentence or snippet.

    Args:
        text: a sentence, clause or short snippet of news text.

    Returns:
        The best-scoring type with a 0..1 score and the offsets of its trigger
        in ``text``; type ``"other"`` with a low score when no trigger fires.
    """
    compiled = rule_set()
    low = lower_same_length(text)
    hits, triggered = term_hits_and_rules(low, compiled.automaton)
    candidates = sorted(triggered)
    if not candidates:
        return EventGuess("other", _OTHER_SCORE, None)
    best_of_type = _score_types(compiled, candidates, hits, text, low)
    if not best_of_type:
        return EventGuess("other", _OTHER_SCORE, None)
    return _decide(best_of_type, low)


def _score_types(
    compiled: RuleSet,
    candidates: list[int],
    hits: Hits,
    text: str,
    low: str,
) -> _TypeScores:
    """Score the candidate rules and keep, for each type, its best trigger.

    A rule that cannot change the winner, even with every bonus, is skipped.
    """
    hit_ids = set(hits)
    cache: dict[int, tuple[tuple[float, frozenset[str]], ...]] = {}

    def penalty_at(start: int) -> tuple[tuple[float, frozenset[str]], ...]:
        found = cache.get(start)
        if found is None:
            found = cache[start] = _penalty(compiled.penalties, start, hits, hit_ids, low)
        return found

    best_of_type: _TypeScores = {}
    leader = float("-inf")
    for index in candidates:
        rule = compiled.rules[index]
        reach = rule.weight + _MAX_BONUS
        prev = best_of_type.get(rule.event_type)
        if prev is not None:
            reach = max(reach, prev[0] + 2 * _SAME_TYPE_BONUS)
        if reach < leader or (
            rule.with_ and any(group.terms.isdisjoint(hit_ids) for group in rule.with_)
        ):
            continue
        result = _rule_score(rule, hits, hit_ids, text, low, penalty_at)
        if result is None:
            continue
        score, span = result
        if prev is None:
            prev = best_of_type[rule.event_type] = (score, span, {span})
        else:
            prev[2].add(span)
            if score > prev[0]:
                prev = best_of_type[rule.event_type] = (score, span, prev[2])
        leader = max(leader, prev[0] + _SAME_TYPE_BONUS * min(len(prev[2]) - 1, 2))
    return best_of_type


def _decide(best_of_type: _TypeScores, low: str) -> EventGuess:
    """The winning type, its score (margin over the runner-up) and its whole trigger word."""
    if len(best_of_type) == 1:  # the usual case: one type fired, nothing to rank
        ((etype, (top, span, spans)),) = best_of_type.items()
        top += _SAME_TYPE_BONUS * min(len(spans) - 1, 2)
        second = 0.0
    else:
        ranked = sorted(
            (
                (s + _SAME_TYPE_BONUS * min(len(spans) - 1, 2), -sp[0], t, sp)
                for t, (s, sp, spans) in best_of_type.items()
            ),
            reverse=True,
        )
        top, _, etype, span = ranked[0]
        second = ranked[1][0]
    # Margin over the runner-up, scaled down for weak cues (weights run up to about 7).
    score = round(min(0.99, top / (top + second + 1.0) * min(1.0, top / _STRONG)), 3)
    word_end = _WORD_END.match(low, span[1])
    if word_end is not None:
        span = (span[0], word_end.end())
    return EventGuess(etype if etype in EVENT_TYPE else FALLBACK_TYPES[etype], score, span)
