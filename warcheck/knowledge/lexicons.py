"""Word lists of the analysis: the lexicon data files, each read once and checked.

A lexicon is a data file ``knowledge/data/<name>.json`` (names in :data:`LEXICONS`) of named
tables, the words a domain expert extends: casualty nouns and verbs, month and number words,
source nouns and titles, place words, page words. Each table says where its words come from
(``source``) and has one of three shapes:

* ``"terms": [...]``: a list of words or phrases;
* ``"groups": [{"terms": [...], <fields>}, ...]``: lists of terms sharing some fields (the
  outcome of casualty verbs, the group of casualty nouns); a group may add its own
  ``source``;
* ``"entries": {term: value}``: terms with a value each (month names and their numbers).

A table with ``"regex": true`` holds regular-expression alternatives instead of plain words;
in those a space stands for any run of whitespace (``"shot dead"`` matches ``shot\\s+dead``).
Terms are kept in file order (some alternations are tried in order). Loading checks that
every table has a source note and that its terms are non-empty strings without
duplicates; a bad file raises :class:`~warcheck.knowledge.loader.KnowledgeError`.

Callers build their sets, maps and patterns from the tables once, when they are imported,
so that per-article work never touches the files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any

from warcheck.knowledge.loader import KnowledgeError, read_json

#: The lexicon files, by name (``knowledge/data/<name>.json``).
LEXICONS: tuple[str, ...] = (
    "casualty_words",
    "time_words",
    "number_words",
    "source_words",
    "place_words",
    "reading_words",
    "role_words",
    "actor_words",
    "person_words",
    "story_words",
)
_SHAPES = ("terms", "groups", "entries")
_META = {"source", "about", "regex", *_SHAPES}


@dataclass(frozen=True)
class Group:
    """One group of a ``groups`` table: its terms and its other fields."""

    terms: tuple[str, ...]
    fields: Mapping[str, Any]

    def __getitem__(self, key: str) -> Any:
        """Return the field ``key`` of the group (e.g. ``group["outcome"]``)."""
        return self.fields[key]


@dataclass(frozen=True)
class Table:
    """A checked lexicon table."""

    name: str
    source: str
    regex: bool
    terms: tuple[str, ...]  # every term, in file order (of all groups, for a groups table)
    groups: tuple[Group, ...] = ()
    entries: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


@cache
def lexicon(name: str) -> Mapping[str, Table]:
    """Return the checked tables of the lexicon ``name`` (read once)."""
    if name not in LEXICONS:
        raise KnowledgeError(f"{name}: not a lexicon (known: {', '.join(LEXICONS)})")
    data = read_json(f"{name}.json")
    if not isinstance(data.get("about"), str) or not isinstance(data.get("tables"), dict):
        raise KnowledgeError(f"{name}.json: needs an 'about' note and 'tables'")
    tables = {key: _table(f"{name}.json: {key}", key, raw) for key, raw in data["tables"].items()}
    return MappingProxyType(tables)


def _table(where: str, name: str, raw: Any) -> Table:
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{where}: a table must be an object")
    shapes = [s for s in _SHAPES if s in raw]
    unknown = set(raw) - _META
    if len(shapes) != 1 or unknown:
        raise KnowledgeError(f"{where}: needs exactly one of {_SHAPES}; unknown keys {unknown}")
    source = raw.get("source")
    regex = bool(raw.get("regex"))
    groups: tuple[Group, ...] = ()
    entries: Mapping[str, Any] = MappingProxyType({})
    if "terms" in raw:
        terms = _terms(where, raw["terms"])
    elif "groups" in raw:
        groups = tuple(_group(f"{where} group {i}", g, source) for i, g in enumerate(raw["groups"]))
        terms = tuple(t for g in groups for t in g.terms)
    else:
        if not isinstance(raw["entries"], dict):
            raise KnowledgeError(f"{where}: entries must be an object")
        terms = _terms(where, list(raw["entries"]))
        entries = MappingProxyType(dict(raw["entries"]))
    if not _note(source) and not groups:
        raise KnowledgeError(f"{where}: needs a source note")
    duplicates = sorted({t for t in terms if terms.count(t) > 1})
    if duplicates:
        raise KnowledgeError(f"{where}: duplicate terms {duplicates}")
    return Table(name, source or "", regex, terms, groups, entries)


def _group(where: str, raw: Any, table_source: str | None) -> Group:
    if not isinstance(raw, dict) or "terms" not in raw:
        raise KnowledgeError(f"{where}: a group must be an object with terms")
    if not (_note(raw.get("source")) or _note(table_source)):
        raise KnowledgeError(f"{where}: needs a source note (its own or its table's)")
    fields = {k: v for k, v in raw.items() if k != "terms"}
    return Group(_terms(where, raw["terms"]), MappingProxyType(fields))


def _terms(where: str, raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw:
        raise KnowledgeError(f"{where}: terms must be a non-empty list")
    bad = [t for t in raw if not isinstance(t, str) or not t.strip() or t != t.strip()]
    if bad:
        raise KnowledgeError(f"{where}: terms must be non-empty strings without edge spaces {bad}")
    return tuple(raw)


def _note(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def table(name: str, key: str) -> Table:
    """Return the table ``key`` of the lexicon ``name``."""
    tables = lexicon(name)
    if key not in tables:
        raise KnowledgeError(f"{name}.json: no table {key!r}")
    return tables[key]


def terms(name: str, key: str) -> tuple[str, ...]:
    """Return the terms of a table, in file order."""
    return table(name, key).terms


def term_set(name: str, key: str) -> frozenset[str]:
    """Return the terms of a table as a set."""
    return frozenset(table(name, key).terms)


def groups(name: str, key: str) -> tuple[Group, ...]:
    """Return the groups of a ``groups`` table, in file order."""
    found = table(name, key)
    if not found.groups:
        raise KnowledgeError(f"{name}.json: {key} is not a groups table")
    return found.groups


def entries(name: str, key: str) -> Mapping[str, Any]:
    """Return the entries of an ``entries`` table (term -> value), in file order."""
    found = table(name, key)
    if not found.entries:
        raise KnowledgeError(f"{name}.json: {key} is not an entries table")
    return found.entries


def alternation(words: tuple[str, ...], regex: bool = True) -> str:
    r"""Return ``words`` as one regex alternation, in order, a space matching ``\s+``.

    Plain words (``regex=False``) are escaped first.
    """
    if regex:
        return "|".join(w.replace(" ", r"\s+") for w in words)
    return "|".join(r"\s+".join(re.escape(part) for part in w.split(" ")) for w in words)


def pattern(name: str, key: str) -> str:
    """Return the terms of a table as one regex alternation (see :func:`alternation`)."""
    found = table(name, key)
    return alternation(found.terms, found.regex)


def tables() -> Iterator[tuple[str, Table]]:
    """Yield ``(lexicon name, table)`` for every table of every lexicon."""
    for name in LEXICONS:
        for found in lexicon(name).values():
            yield name, found
