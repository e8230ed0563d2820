"""The states of the world as actors, from ``states.json``.

Every ISO 3166-1 country is an actor: the states that ``actors.json`` describes keep
their entry there (matched by its ``country`` field); for each other one this module
builds a government actor (id: the name in snake case, "north_korea") and a forces
actor (``<id>_forces``) from the file's phrase templates ("{dem} government",
"{dem} police"), its demonym ("Egyptian troops") and its capital ("Cairo said").
A state's bare name ("Egypt") is a place unless a verb follows it: :func:`speaker_names`
gives those names with the government they stand for, and :func:`speaker_pattern` the
words that must follow.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from warcheck.knowledge.loader import KnowledgeError, read_json
from warcheck.knowledge.records import Actor
from warcheck.text import lookup_key

_FILE = "states.json"
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class State:
    """One state of ``states.json``: ISO code, names, capital and demonyms."""

    iso: str
    name: str
    names: tuple[str, ...]
    capital: str | None
    demonyms: tuple[str, ...]


@functools.cache
def _raw() -> dict[str, Any]:
    return read_json(_FILE)


@functools.cache
def states() -> dict[str, State]:
    """Return every state, keyed by ISO 3166-1 alpha-2 code."""
    try:
        return {
            str(e["iso"]): State(
                str(e["iso"]),
                str(e["name"]),
                tuple(e.get("names", ())),
                e.get("capital"),
                tuple(e.get("demonyms", ())),
            )
            for e in _raw()["states"]
        }
    except (KeyError, TypeError) as err:
        raise KnowledgeError(f"{_FILE}: malformed entry ({err!r})") from None


def _terms(table: str) -> tuple[str, ...]:
    return tuple(str(t) for t in _raw()[table]["terms"])


def _slug(name: str) -> str:
    return _NOT_SLUG.sub("_", name.lower().replace("'", "")).strip("_")


def _forms(table: str, s: State) -> list[str]:
    """The phrases of a template table filled in with the state's names and demonyms."""
    out: list[str] = []
    for t in _terms(table):
        fills = [(n, d) for n in (s.name, *s.names) for d in (s.demonyms or ("",))]
        for name, dem in fills:
            if "{dem}" in t and not dem:
                continue
            out.append(t.format(name=name, dem=dem))
    return list(dict.fromkeys(out))


def built_actors(described: Iterable[Actor]) -> list[Actor]:
    """The government and forces actors of the states that ``described`` lacks."""
    known = {a.country for a in described if a.country}
    taken = {a.id for a in described}
    source = f"{_FILE}: " + str(_raw()["source"])
    out: list[Actor] = []
    for s in states().values():
        gid = _slug(s.name)
        if s.iso in known or gid in taken or f"{gid}_forces" in taken:
            continue
        forces = Actor(
            id=f"{gid}_forces",
            name=f"{s.demonyms[0]} forces" if s.demonyms else f"Forces of {s.name}",
            kind="state_force",
            camp="neutral",
            aliases=tuple(_forms("forces_forms", s)),
            labels=(),
            source=source,
            parent=gid,
            demonyms=s.demonyms,
            country=s.iso,
        )
        government = Actor(
            id=gid,
            name=f"Government of {s.name}",
            kind="government",
            camp="neutral",
            aliases=tuple(_forms("government_forms", s)),
            labels=(),
            source=source,
            forces=forces.id,
            capital=s.capital,
            country=s.iso,
        )
        out += [government, forces]
    return out


def speaker_names(actors: Mapping[str, Actor]) -> list[tuple[str, str]]:
    """``(name, government id)`` for each state's bare names that are not plain aliases."""
    government = {a.country: a.id for a in actors.values() if a.country and a.kind == "government"}
    out: list[tuple[str, str]] = []
    for s in states().values():
        gid = government.get(s.iso)
        if gid is None:
            continue
        aliases = set(actors[gid].aliases) | {actors[gid].name}
        out += [(n, gid) for n in (s.name, *s.names) if n not in aliases]
    return out


def speaker_pattern(report_verbs: Iterable[str]) -> re.Pattern[str]:
    """What must follow a bare state name for it to be the state: glue words, then a verb."""
    glue = sorted((re.escape(g.lower()) for g in _terms("speaker_glue")), key=len, reverse=True)
    verbs = {v.lower() for v in (*_terms("speaker_verbs"), *report_verbs) if " " not in v}
    alts = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    return re.compile(r",?\s+(?:(?:" + "|".join(glue) + r")\s+){0,3}(?:" + alts + r")\b")


def government_of_state(actors: Mapping[str, Actor], iso: str) -> Actor | None:
    """The government actor of the state ``iso``, if any."""
    return next((a for a in actors.values() if a.country == iso and a.kind == "government"), None)


@dataclass(frozen=True)
class GenericHead:
    """A label that names the forces, government or media of whatever state a story is about."""

    role: str
    syrian_usage: bool


@functools.cache
def generic_heads() -> dict[str, GenericHead]:
    """Return the generic heads of ``states.json`` by lookup key ("security forces")."""
    out: dict[str, GenericHead] = {}
    for g in _raw()["generic_heads"]["groups"]:
        head = GenericHead(str(g["role"]), bool(g.get("syrian_usage", False)))
        out.update((lookup_key(t), head) for t in g["terms"])
    return out
