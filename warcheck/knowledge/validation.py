"""Checks of the knowledge base: each returns the problems it finds, empty when sound.

:mod:`warcheck.knowledge.catalogue` runs them on load and raises
:class:`~warcheck.knowledge.loader.KnowledgeError` naming every problem, so a
broken data file fails at once and says where.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from warcheck import vocab
from warcheck.knowledge.records import Actor, CampMarker, Operation, Weapon
from warcheck.text import lookup_key

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SNAKE_CASE = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")


def validate_actors(items: Iterable[Actor]) -> list[str]:
    """Return the problems found in a list of actors (empty when it is sound)."""
    problems: list[str] = []
    actors_ = list(items)
    ids = [a.id for a in actors_]
    seen: set[str] = set()
    for aid in ids:
        if aid in seen:
            problems.append(f"duplicate actor id {aid!r}")
        seen.add(aid)
        if not _SNAKE_CASE.fullmatch(aid):
            problems.append(f"actor id {aid!r} is not snake_case")
    owner: dict[str, str] = {}
    for a in actors_:
        where = f"actor {a.id!r}"
        if a.kind not in vocab.ACTOR_KIND:
            problems.append(f"{where}: kind {a.kind!r} is not in vocab.ACTOR_KIND")
        if a.camp not in vocab.CAMPS:
            problems.append(f"{where}: camp {a.camp!r} is not in vocab.CAMPS")
        if not a.source.strip():
            problems.append(f"{where}: no source")
        if not a.name.strip():
            problems.append(f"{where}: no name")
        if a.belligerent is not None and (
            a.kind != "government" or not isinstance(a.belligerent, str) or not a.belligerent
        ):
            problems.append(f"{where}: 'belligerent' is a reason, for governments only")
        if a.capital is not None and a.kind != "government":
            problems.append(f"{where}: 'capital' is for governments only")
        for ref in (a.parent, a.forces, *a.related):
            if ref is not None and ref not in seen:
                problems.append(f"{where}: unknown actor id {ref!r} in parent/forces/related")
        for lab in a.labels:
            if lab.camp not in vocab.CAMPS:
                problems.append(
                    f"{where}: label {lab.label!r} has camp {lab.camp!r} not in vocab.CAMPS"
                )
        spelled = set(a.aliases) | {lab.label for lab in a.labels} | set(a.demonyms)
        for cs in a.case_sensitive:
            if cs not in spelled:
                problems.append(
                    f"{where}: case-sensitive form {cs!r} is not an alias, label or demonym"
                )
        for alias in (a.name, *a.aliases):
            key = lookup_key(alias)
            if not key:
                problems.append(f"{where}: empty alias")
            elif owner.setdefault(key, a.id) != a.id:
                problems.append(f"{where}: alias {alias!r} also belongs to {owner[key]!r}")
    for a in actors_:
        for lab in a.labels:
            other = owner.get(lookup_key(lab.label))
            if other is not None:
                problems.append(
                    f"actor {a.id!r}: label {lab.label!r} is also an alias of {other!r}"
                )
    return problems


def _iso_date(value: str) -> bool:
    try:
        return bool(_ISO_DATE.fullmatch(value)) and bool(dt.date.fromisoformat(value))
    except ValueError:
        return False


def validate_operations(items: Iterable[Operation], actor_ids: set[str]) -> list[str]:
    """Return the problems found in a list of operations (empty when it is sound)."""
    problems: list[str] = []
    seen: set[str] = set()
    for op in items:
        where = f"operation {op.id!r}"
        if op.id in seen:
            problems.append(f"duplicate operation id {op.id!r}")
        seen.add(op.id)
        for ref in (op.actor_id, *op.allies):
            if ref not in actor_ids:
                problems.append(f"{where}: unknown actor id {ref!r}")
        for day in (op.start, op.end):
            if day is not None and not _iso_date(day):
                problems.append(f"{where}: date {day!r} is not a YYYY-MM-DD date")
        if op.end is not None and op.end < op.start:
            problems.append(f"{where}: ends before it starts")
        if not op.source.strip():
            problems.append(f"{where}: no source")
    return problems


def validate_camp_markers(items: Iterable[CampMarker]) -> list[str]:
    """Return the problems found in a list of camp markers (empty when they are sound)."""
    return [
        f"camp marker {m.phrase!r}: camp {c!r} not in vocab.CAMPS"
        for m in items
        for c in m.camps
        if c not in vocab.CAMPS
    ]


def validate_weapons(items: Iterable[Weapon], actor_ids: set[str]) -> list[str]:
    """Return the problems found in a list of signature weapons (empty when they are sound)."""
    return [
        f"{w.id}: unknown actor or missing source"
        for w in items
        if w.actor_id not in actor_ids or not w.source
    ]
