"""The catalogue: the knowledge base's records, read once, checked, and looked up.

Every function reads its data file through :mod:`warcheck.knowledge.loader`
on first call, checks it (:mod:`warcheck.knowledge.validation`) and caches
the result: ``actors.json`` (actors, camp markers, blockers, military nouns),
``operations.json``, ``weapons.json`` and ``lexicon.json``. The returned
objects are shared between calls: do not modify them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from warcheck import vocab
from warcheck.knowledge.loader import KnowledgeError, read_json
from warcheck.knowledge.records import Actor, CampMarker, Label, Operation, Weapon
from warcheck.knowledge.validation import (
    validate_actors,
    validate_camp_markers,
    validate_operations,
    validate_weapons,
)
from warcheck.knowledge.world import built_actors
from warcheck.text import lookup_key


def _actor_from(entry: Mapping[str, Any]) -> Actor:
    aid = str(entry["id"])
    labels = tuple(
        Label(
            str(x["label"]),
            str(x["camp"]),
            str(x.get("note", "")),
            aid,
            bool(x.get("default", False)),
        )
        for x in entry.get("labels", ())
    )
    return Actor(
        id=aid,
        name=str(entry["name"]),
        kind=str(entry["kind"]),
        camp=str(entry["camp"]),
        aliases=tuple(entry.get("aliases", ())),
        labels=labels,
        source=str(entry.get("source", "")),
        parent=entry.get("parent"),
        forces=entry.get("forces"),
        related=tuple(entry.get("related", ())),
        demonyms=tuple(entry.get("demonyms", ())),
        case_sensitive=tuple(entry.get("case_sensitive", ())),
        domains=tuple(entry.get("domains", ())),
        belligerent=entry.get("belligerent"),
        capital=entry.get("capital"),
        outlet_names=tuple(entry.get("outlet_names", ())),
        note=entry.get("note"),
        country=entry.get("country"),
    )


@functools.cache
def _actor_data() -> tuple[
    dict[str, Actor], tuple[CampMarker, ...], tuple[str, ...], dict[str, tuple[str, ...]]
]:
    raw = read_json("actors.json")
    try:
        items = [_actor_from(e) for e in raw["actors"]]
        items += built_actors(items)
        markers = tuple(
            CampMarker(str(m["phrase"]), tuple(m["camps"]), str(m.get("note", "")))
            for m in raw.get("camp_markers", ())
        )
        blockers = tuple(str(b["phrase"]) for b in raw.get("blockers", ()))
        nouns = {
            part: tuple(str(n) for n in raw["military_nouns"][part])
            for part in ("members", "means", "sites")
        }
    except (KeyError, TypeError) as err:
        raise KnowledgeError(f"actors.json: malformed entry ({err!r})") from None
    problems = validate_actors(items) + validate_camp_markers(markers)
    if problems:
        raise KnowledgeError("actors.json: " + "; ".join(problems))
    return {a.id: a for a in items}, markers, blockers, nouns


def actors() -> dict[str, Actor]:
    """Return every actor, keyed by id (the same dictionary on every call: do not modify)."""
    return _actor_data()[0]


def actor(actor_id: str) -> Actor:
    """Return the actor with id ``actor_id``; raise ``KeyError`` when there is none."""
    return _actor_data()[0][actor_id]


def camp_markers() -> tuple[CampMarker, ...]:
    """Return the camp-marker phrases (vocabulary that is not an actor name)."""
    return _actor_data()[1]


def blockers() -> tuple[str, ...]:
    """Return phrases that contain an actor word but name no actor ("regime change")."""
    return _actor_data()[2]


def military_nouns(part: str | None = None) -> tuple[str, ...]:
    """Return the nouns after which a demonym names a state's forces ("Russian warplanes").

    ``part`` narrows them to ``"members"`` (soldiers, troops), ``"means"``
    (weapons, strikes and attacks: "ISIS rockets" makes ISIS the doer) or
    ``"sites"`` (positions, bases, convoys); ``None`` gives all three.
    """
    nouns = _actor_data()[3]
    if part is None:
        return nouns["members"] + nouns["means"] + nouns["sites"]
    return nouns[part]


@functools.cache
def operations() -> list[Operation]:
    """Return the named operations and campaigns, in file order."""
    raw = read_json("operations.json")
    try:
        ops = [
            Operation(
                id=str(o["id"]),
                name=str(o["name"]),
                actor_id=str(o["actor"]),
                start=str(o["start"]),
                end=o.get("end"),
                aliases=tuple(o.get("aliases", ())),
                source=str(o.get("source", "")),
                region=o.get("region"),
                allies=tuple(o.get("allies", ())),
                note=o.get("note"),
            )
            for o in raw["operations"]
        ]
    except (KeyError, TypeError) as err:
        raise KnowledgeError(f"operations.json: malformed entry ({err!r})") from None
    problems = validate_operations(ops, set(actors()))
    if problems:
        raise KnowledgeError("operations.json: " + "; ".join(problems))
    return ops


@functools.cache
def labels_by_camp() -> dict[str, list[Label]]:
    """Return, for every camp, the labels it uses, each naming the actor it is used for."""
    out: dict[str, list[Label]] = {camp: [] for camp in vocab.CAMPS}
    for a in actors().values():
        for lab in a.labels:
            out[lab.camp].append(lab)
    return out


@functools.cache
def _labels_by_key() -> dict[str, tuple[Label, ...]]:
    out: dict[str, list[Label]] = {}
    for a in actors().values():
        for lab in a.labels:
            out.setdefault(lookup_key(lab.label), []).append(lab)
    return {k: tuple(v) for k, v in out.items()}


def label_uses(label: str) -> tuple[Label, ...]:
    """Return every (camp, actor) use of a label, matched case- and spelling-insensitively."""
    return _labels_by_key().get(lookup_key(label), ())


@functools.cache
def _capitals() -> dict[str, str]:
    return {a.capital.lower(): a.id for a in actors().values() if a.capital}


def government_of_capital(name: str) -> Actor | None:
    """The government whose capital is ``name`` ("Moscow" -> Russia), or ``None``."""
    actor_id = _capitals().get(name.strip().lower())
    return actor(actor_id) if actor_id else None


@functools.cache
def weapons() -> tuple[Weapon, ...]:
    """Return the signature weapons of ``weapons.json``, checked against the actors."""
    raw = read_json("weapons.json")
    out = tuple(
        Weapon(
            id=str(w["id"]),
            terms=tuple(str(t) for t in w["terms"]),
            actor_id=str(w["actor_id"]),
            confidence=float(w["confidence"]),
            source=str(w["source"]),
        )
        for w in raw["weapons"]
    )
    problems = validate_weapons(out, set(actors()))
    if problems:
        raise KnowledgeError("weapons.json: " + "; ".join(problems))
    return out


@functools.cache
def cue_lexicon() -> dict[str, Any]:
    """Return the parsed ``lexicon.json`` (cue groups, report verbs, source words, ...)."""
    return read_json("lexicon.json")
