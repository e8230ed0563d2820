"""Event typing of a sentence or snippet by trigger lexicons.

The rules live in ``warcheck/knowledge/data/event_patterns.json``: named lexicons of
terms, a list of rules and a list of context penalties. A rule gives an event
type (a key of :data:`warcheck.vocab.EVENT_TYPE`, or of :data:`FALLBACK_TYPES`),
a weight and the trigger terms that fire it (``any``). It fires on a trigger
when every ``with`` group matches near it (before it, after it or either side,
within a character window, optionally in the same clause) and no ``without``
group does. All terms are found in one pass of an Aho-Corasick automaton over
the text's :func:`warcheck.text.flat_form`, whole words only; a trailing ``*`` lets a term match any
word ending (``airstrike*`` matches "airstrikes"), and hyphens count as spaces.

A fired trigger scores its rule weight, plus a little for close ``with``
matches and for an early position (the main event of a news snippet comes
first), minus the penalties whose words precede it in its clause (a background
clause: "after", "amid", "accused of"; a hypothetical one: "planned", "could";
the topic of a protest). Each type keeps its best trigger, with a small bonus
for other triggers of the same type; the best type wins. Precedence between
types (a suicide car bomb is a suicide bomb, not an IED) is in the weights.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from warcheck.knowledge.loader import read_json
from warcheck.text import flat_form, flat_key, lower_same_length
from warcheck.vocab import EVENT_TYPE

# Types the rules may use that the vocabulary does not (yet) define, with the
# vocabulary key emitted in their place until it does.
FALLBACK_TYPES: dict[str, str] = {"claim_responsibility": "accuse"}

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


@dataclass(frozen=True)
class _Group:
    """A constraint group: terms that must (or must not) occur near a trigger."""

    terms: frozenset[int]
    side: str  # "before", "after" or "any"
    within: int  # characters; 0 means anywhere in the text
    clause: bool = False  # the match must be in the trigger's clause (no ". " or ";" between)
    far: bool = False  # prefer the farthest match (the clause subject), not the nearest


@dataclass(frozen=True)
class _Rule:
    """One trigger rule."""

    event_type: str
    weight: float
    terms: frozenset[int]
    with_: tuple[_Group, ...]
    without: tuple[_Group, ...]
    capital_after: bool = False  # the trigger must be followed by a capitalised word (a name)


@dataclass(frozen=True)
class _Penalty:
    """Context that lowers every trigger it precedes in the same clause."""

    group: _Group
    penalty: float
    exempt: frozenset[str]


@dataclass(frozen=True)
class _Compiled:
    """Automaton plus rules, built once."""

    automaton: Any
    rules: tuple[_Rule, ...]
    by_term: dict[int, tuple[int, ...]]
    penalties: tuple[_Penalty, ...]


def _norm(term: str) -> str:
    """The key of a term; a trailing ``*`` (any word ending) is kept."""
    return flat_key(term.rstrip("*")) + ("*" if term.endswith("*") else "")


def _expand(items: list[str], lexicons: dict[str, list[str]]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item.startswith("@"):
            out.extend(_expand(lexicons[item[1:]], lexicons))
        else:
            out.append(item)
    return out


def _group(spec: Any, lexicons: dict[str, list[str]], term_id: dict[str, int]) -> _Group:
    if isinstance(spec, list):
        spec = {"terms": spec}
    ids = frozenset(
        term_id.setdefault(_norm(t), len(term_id)) for t in _expand(spec["terms"], lexicons)
    )
    return _Group(
        ids,
        spec.get("side", "any"),
        int(spec.get("within", 0)),
        bool(spec.get("clause")),
        bool(spec.get("far")),
    )


@cache
def _compiled() -> _Compiled:
    data = read_json("event_patterns.json")
    lexicons: dict[str, list[str]] = {k: v["terms"] for k, v in data["lexicons"].items()}
    term_id: dict[str, int] = {}
    rules: list[_Rule] = []
    for spec in data["rules"]:
        etype = spec["type"]
        if etype not in EVENT_TYPE and etype not in FALLBACK_TYPES:
            raise ValueError(f"event_patterns.json: unknown event type {etype!r}")
        main = _group({"terms": spec["any"]}, lexicons, term_id)
        with_ = tuple(_group(g, lexicons, term_id) for g in spec.get("with", []))
        without = tuple(_group(g, lexicons, term_id) for g in spec.get("without", []))
        rules.append(
            _Rule(
                etype,
                float(spec["weight"]),
                main.terms,
                with_,
                without,
                bool(spec.get("capital_after")),
            )
        )
    penalties = tuple(
        _Penalty(
            _group(spec, lexicons, term_id),
            float(spec["penalty"]),
            frozenset(spec.get("except_types", ())),
        )
        for spec in data["penalties"]
    )
    automaton = ahocorasick.Automaton()
    for term, tid in term_id.items():
        prefix = term.endswith("*")
        key = " " + term.rstrip("*") + ("" if prefix else " ")
        # (term id, offset from the key's last character to the word's start, to its end)
        automaton.add_word(key, (tid, len(key) - 1, 0 if prefix else 1))
    automaton.make_automaton()
    rules.sort(key=lambda r: -r.weight)  # heaviest first: lets classify_event skip hopeless rules
    by_term: dict[int, list[int]] = {}
    for index, rule in enumerate(rules):
        for tid in rule.terms:
            by_term.setdefault(tid, []).append(index)
    return _Compiled(automaton, tuple(rules), {k: tuple(v) for k, v in by_term.items()}, penalties)


def _find(low: str, automaton: Any) -> dict[int, list[tuple[int, int]]]:
    """Return term id -> [(start, end)] of whole-word matches (a prefix term's span is its stem)."""
    hits: dict[int, list[tuple[int, int]]] = {}
    flat = " " + flat_form(low) + " "
    for last, (tid, back, trail) in automaton.iter(flat):
        span = (last - back, last - trail)
        found = hits.get(tid)
        if found is None:
            hits[tid] = [span]
        else:
            found.append(span)
    return hits


def _near(
    group: _Group,
    span: tuple[int, int],
    hits: dict[int, list[tuple[int, int]]],
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
    penalties: tuple[_Penalty, ...],
    start: int,
    hits: dict[int, list[tuple[int, int]]],
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


def _longest_first(span: tuple[int, int]) -> tuple[int, int]:
    return span[0], -span[1]


def _rule_score(
    rule: _Rule,
    hits: dict[int, list[tuple[int, int]]],
    hit_ids: set[int],
    text: str,
    low: str,
    penalty_at: Callable[[int], tuple[tuple[float, frozenset[str]], ...]],
) -> tuple[float, tuple[int, int]] | None:
    """Score of ``rule`` on these hits and the trigger span, or None if it does not fire.

    Each occurrence of a trigger is scored: the rule weight, plus up to 0.5 for
    close ``with`` matches, plus up to ``_POSITION_BONUS`` for an early
    position, minus any context penalty (a background or hypothetical clause).
    """
    without = [g for g in rule.without if not g.terms.isdisjoint(hit_ids)]
    # Longest match first at each position, so that the cue covers the whole phrase.
    spans = [s for tid in rule.terms & hit_ids for s in hits[tid]]
    if len(spans) > 1:
        spans.sort(key=_longest_first)
    best: tuple[float, tuple[int, int]] | None = None
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
        if not ok or any(
            _near(g, span, hits, hit_ids, low, overlap=True) is not None for g in without
        ):
            continue
        for amount, exempt in penalty_at(span[0]):
            if rule.event_type not in exempt:
                score -= amount
        if best is None or score > best[0]:
            best = (score, span)
    return best


def classify_event(text: str) -> EventGuess:
    """Guess the event type of a sentence or snippet.

    Args:
        text: a sentence, clause or short snippet of news text.

    Returns:
        The best-scoring type with a 0..1 score and the offsets of its trigger
        in ``text``; type ``"other"`` with a low score when no trigger fires.
    """
    compiled = _compiled()
    low = lower_same_length(text)
    hits = _find(low, compiled.automaton)
    if not hits:
        return EventGuess("other", _OTHER_SCORE, None)
    hit_ids = set(hits)
    candidates: set[int] = set()
    for tid in hit_ids:
        triggered = compiled.by_term.get(tid)
        if triggered:
            candidates.update(triggered)
    if not candidates:
        return EventGuess("other", _OTHER_SCORE, None)
    cache: dict[int, tuple[tuple[float, frozenset[str]], ...]] = {}

    def penalty_at(start: int) -> tuple[tuple[float, frozenset[str]], ...]:
        found = cache.get(start)
        if found is None:
            found = cache[start] = _penalty(compiled.penalties, start, hits, hit_ids, low)
        return found

    # type -> (best score, its trigger span, the distinct trigger spans that fired it)
    best_of_type: dict[str, tuple[float, tuple[int, int], set[tuple[int, int]]]] = {}
    leader = float("-inf")
    for index in sorted(candidates):
        rule = compiled.rules[index]
        # Skip a rule that cannot change the winner, even with every bonus.
        reach = rule.weight + _MAX_BONUS
        prev = best_of_type.get(rule.event_type)
        if prev is not None:
            reach = max(reach, prev[0] + 2 * _SAME_TYPE_BONUS)
        if reach < leader or any(group.terms.isdisjoint(hit_ids) for group in rule.with_):
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
    if not best_of_type:
        return EventGuess("other", _OTHER_SCORE, None)
    ranked = sorted(
        (
            (s + _SAME_TYPE_BONUS * min(len(spans) - 1, 2), -sp[0], t, sp)
            for t, (s, sp, spans) in best_of_type.items()
        ),
        reverse=True,
    )
    top, _, etype, span = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    # Margin over the runner-up, scaled down for weak cues (weights run up to about 7).
    score = round(min(0.99, top / (top + second + 1.0) * min(1.0, top / _STRONG)), 3)
    word_end = _WORD_END.match(low, span[1])
    if word_end is not None:
        span = (span[0], word_end.end())
    return EventGuess(etype if etype in EVENT_TYPE else FALLBACK_TYPES[etype], score, span)
