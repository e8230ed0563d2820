"""Event rules: compiled once from event_patterns.json; their terms are found as whole words."""

from __future__ import annotations

from warcheck.analysis import event_rules
from warcheck.text import lower_same_length


def _found(text: str) -> dict[str, list[str]]:
    """Each rule term found in ``text`` (by its id) -> the texts of its spans."""
    rules = event_rules.rule_set()
    hits = event_rules.term_hits(lower_same_length(text), rules.automaton)
    return {str(tid): [text[s:e] for s, e in spans] for tid, spans in hits.items()}


def test_data_is_compiled_once_heaviest_rule_first() -> None:
    event_rules.rule_set.cache_clear()
    rules = event_rules.rule_set()
    assert event_rules.rule_set() is rules
    weights = [r.weight for r in rules.rules]
    assert weights == sorted(weights, reverse=True)
    for tid, indexes in rules.by_term.items():
        assert all(tid in rules.rules[i].terms for i in indexes)


def test_terms_are_found_as_whole_words_with_offsets() -> None:
    text = "Warplanes carried out Airstrikes; a non-airstrike day."
    spans = [s for found in _found(text).values() for s in found]
    # "airstrike*" matches "Airstrikes" (its stem) and, hyphens being spaces, "airstrike".
    assert spans.count("Airstrike") == 1 and spans.count("airstrike") == 1
    assert _found("Swarplanes carriedout xairstrikes") == {}  # inside words: nothing


def test_curly_quotes_do_not_hide_a_term() -> None:
    plain = sorted(len(v) for v in _found('the "airstrike" on the town').values())
    curly = sorted(len(v) for v in _found("the “airstrike” on the town").values())
    assert plain == curly and plain
