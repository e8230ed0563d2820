"""The word tables of the article summary and its headline tolls (``summary_words.json``).

Read once, through :mod:`warcheck.knowledge.loader`, and checked against the
closed vocabularies: every event type, source type and casualty group must be
a key of :mod:`warcheck.vocab`, every sourcing group a field of
:class:`warcheck.model.Sourcing`, and every table must carry a ``source`` note.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping
from dataclasses import dataclass, fields
from typing import Any

from warcheck import vocab
from warcheck.knowledge.loader import KnowledgeError, read_json
from warcheck.model import Sourcing

FILE = "summary_words.json"


@dataclass(frozen=True)
class SummaryWords:
    """The tables of ``summary_words.json``; see its ``about`` and ``source`` notes."""

    violent_event_types: frozenset[str]
    sourcing_groups: Mapping[str, str]
    civilian_groups: frozenset[str]
    noncivilian_groups: frozenset[str]
    part_of_previous: tuple[str, ...]
    part_of_next: tuple[str, ...]
    collective_nouns: tuple[str, ...]
    joining_words: tuple[str, ...]
    war_wide_totals: str


def _table(data: dict[str, Any], name: str, key: str) -> Any:
    table = data.get(name)
    if not isinstance(table, dict) or key not in table:
        raise KnowledgeError(f"{FILE}: table {name!r} must be an object with {key!r}")
    if not str(table.get("source") or "").strip():
        raise KnowledgeError(f"{FILE}: table {name!r} has no source note")
    return table[key]


def _terms(data: dict[str, Any], name: str, key: str, allowed: Collection[str] = ()) -> list[str]:
    terms = _table(data, name, key)
    if not isinstance(terms, list) or not terms or not all(isinstance(t, str) for t in terms):
        raise KnowledgeError(f"{FILE}: {name}.{key} must be a non-empty list of strings")
    unknown = [t for t in terms if allowed and t not in allowed]
    if unknown:
        raise KnowledgeError(f"{FILE}: {name}.{key}: not in the vocabulary: {unknown}")
    return terms


def _groups(data: dict[str, Any]) -> dict[str, str]:
    groups = _table(data, "sourcing_groups", "groups")
    counts = {f.name for f in fields(Sourcing)}
    if not isinstance(groups, dict):
        raise KnowledgeError(f"{FILE}: sourcing_groups.groups must be an object")
    bad = {k: v for k, v in groups.items() if k not in vocab.SOURCE_TYPE or v not in counts}
    if bad:
        raise KnowledgeError(f"{FILE}: sourcing_groups: unknown source type or group: {bad}")
    return {str(k): str(v) for k, v in groups.items()}


@functools.cache
def summary_words() -> SummaryWords:
    """Return the summary's word tables, read and checked once."""
    data = read_json(FILE)
    pattern = _table(data, "war_wide_totals", "pattern")
    if not isinstance(pattern, str) or not pattern:
        raise KnowledgeError(f"{FILE}: war_wide_totals.pattern must be a regular expression")
    return SummaryWords(
        violent_event_types=frozenset(
            _terms(data, "violent_event_types", "event_types", vocab.EVENT_TYPE)
        ),
        sourcing_groups=_groups(data),
        civilian_groups=frozenset(_terms(data, "civilian_groups", "groups", vocab.CASUALTY_GROUP)),
        noncivilian_groups=frozenset(
            _terms(data, "noncivilian_groups", "groups", vocab.CASUALTY_GROUP)
        ),
        part_of_previous=tuple(_terms(data, "part_of_previous", "words")),
        part_of_next=tuple(_terms(data, "part_of_next", "words")),
        collective_nouns=tuple(_terms(data, "collective_nouns", "words")),
        joining_words=tuple(_terms(data, "joining_words", "words")),
        war_wide_totals=pattern,
    )
