"""Event rules: the trigger rules of ``event_patterns.json``, compiled once, and their terms.

The rules live in ``warcheck/knowledge/data/event_patterns.json``: named lexicons of
terms (a term ``@name`` stands for a whole lexicon), a list of rules and a list of
context penalties. A rule gives an event type (a key of
:data:`warcheck.vocab.EVENT_TYPE`, or of :data:`FALLBACK_TYPES`), a weight and the
trigger terms that fire it (``any``), with the ``with`` groups that must match near
a trigger and the ``without`` groups that must not (each group: its terms, a side,
a character window, optionally the same clause). All terms are found in one pass
of an Aho-Corasick automaton over the text's :func:`warcheck.text.flat_form`, whole
words only (:func:`term_hits`); a trailing ``*`` lets a term match any word ending
(``airstrike*`` matches "airstrikes"), and hyphens count as spaces.
:mod:`warcheck.analysis.events` scores the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from warcheck.knowledge.loader import read_json
from warcheck.text import flat_form, flat_key
from warcheck.vocab import EVENT_TYPE

TermSpan = tuple[int, int]
Hits = dict[int, list[TermSpan]]
"""Term id -> the ``(start, end)`` of its whole-word matches, in text order."""

# Types the rules may use that the vocabulary does not (yet) define, with the
# vocabulary key emitted in their place until it does.
FALLBACK_TYPES: dict[str, str] = {"claim_responsibility": "accuse"}


@dataclass(frozen=True)
class Group:
    """A constraint group: terms that must (or must not) occur near a trigger."""

    terms: frozenset[int]
    side: str  # "before", "after" or "any"
    within: int  # characters; 0 means anywhere in the text
    clause: bool = False  # the match must be in the trigger's clause (no ". " or ";" between)
    far: bool = False  # prefer the farthest match (the clause subject), not the nearest


@dataclass(frozen=True)
class Rule:
    """One trigger rule."""

    event_type: str
    weight: float
    terms: frozenset[int]
    with_: tuple[Group, ...]
    without: tuple[Group, ...]
    capital_after: bool = False  # the trigger must be followed by a capitalised word (a name)


@dataclass(frozen=True)
class Penalty:
    """Context that lowers every trigger it precedes in the same clause."""

    group: Group
    penalty: float
    exempt: frozenset[str]


@dataclass(frozen=True)
class RuleSet:
    """The compiled rules: the term automaton, the rules heaviest first, the
    rules each term triggers (by index) and the penalties."""

    automaton: Any
    rules: tuple[Rule, ...]
    by_term: dict[int, tuple[int, ...]]
    penalties: tuple[Penalty, ...]


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


def _group(spec: Any, lexicons: dict[str, list[str]], term_id: dict[str, int]) -> Group:
    if isinstance(spec, list):
        spec = {"terms": spec}
    ids = frozenset(
        term_id.setdefault(_norm(t), len(term_id)) for t in _expand(spec["terms"], lexicons)
    )
    return Group(
        ids,
        spec.get("side", "any"),
        int(spec.get("within", 0)),
        bool(spec.get("clause")),
        bool(spec.get("far")),
    )


@cache
def rule_set() -> RuleSet:
    """Return the rules of ``event_patterns.json``, compiled once."""
    data = read_json("event_patterns.json")
    lexicons: dict[str, list[str]] = {k: v["terms"] for k, v in data["lexicons"].items()}
    term_id: dict[str, int] = {}
    rules: list[Rule] = []
    for spec in data["rules"]:
        etype = spec["type"]
        if etype not in EVENT_TYPE and etype not in FALLBACK_TYPES:
            raise ValueError(f"event_patterns.json: unknown event type {etype!r}")
        main = _group({"terms": spec["any"]}, lexicons, term_id)
        with_ = tuple(_group(g, lexicons, term_id) for g in spec.get("with", []))
        without = tuple(_group(g, lexicons, term_id) for g in spec.get("without", []))
        rules.append(
            Rule(
                etype,
                float(spec["weight"]),
                main.terms,
                with_,
                without,
                bool(spec.get("capital_after")),
            )
        )
    penalties = tuple(
        Penalty(
            _group(spec, lexicons, term_id),
            float(spec["penalty"]),
            frozenset(spec.get("except_types", ())),
        )
        for spec in data["penalties"]
    )
    rules.sort(key=lambda r: -r.weight)  # heaviest first: lets classify_event skip hopeless rules
    by_term: dict[int, list[int]] = {}
    for index, rule in enumerate(rules):
        for tid in rule.terms:
            by_term.setdefault(tid, []).append(index)
    triggers = {k: tuple(v) for k, v in by_term.items()}
    automaton = ahocorasick.Automaton()
    for term, tid in term_id.items():
        prefix = term.endswith("*")
        key = " " + term.rstrip("*") + ("" if prefix else " ")
        # (term id, offset from the key's last character to the word's start, to its end,
        # the rules the term triggers)
        automaton.add_word(key, (tid, len(key) - 1, 0 if prefix else 1, triggers.get(tid, ())))
    automaton.make_automaton()
    return RuleSet(automaton, tuple(rules), triggers, penalties)


def term_hits(low: str, automaton: Any) -> Hits:
    """Return the whole-word matches of the rules' terms in a lower-cased text.

    Args:
        low: the text, lower-cased (:func:`warcheck.text.lower_same_length`).
        automaton: the :attr:`RuleSet.automaton`.

    Returns:
        Term id -> spans in ``low``; a prefix term's span is its stem ("airstrike"
        of "airstrikes").
    """
    return term_hits_and_rules(low, automaton)[0]


def term_hits_and_rules(low: str, automaton: Any) -> tuple[Hits, set[int]]:
    """Return :func:`term_hits` and the indexes of the rules that the terms found trigger."""
    hits: Hits = {}
    triggered: set[int] = set()
    flat = " " + flat_form(low) + " "
    for last, (tid, back, trail, rules) in automaton.iter(flat):
        span = (last - back, last - trail)
        found = hits.get(tid)
        if found is None:
            hits[tid] = [span]
            if rules:
                triggered.update(rules)
        else:
            found.append(span)
    return hits, triggered
