"""The actor knowledge base: actors, partisan labels, outlets and operations.

Everything is read once, lazily, from ``warcheck/knowledge/data/actors.json`` and
``warcheck/knowledge/data/operations.json`` and checked on load (every ``kind`` and
``camp`` is a :mod:`warcheck.vocab` key, ids are unique, references point to
known ids, every entry names its source). A broken data file raises
:class:`KnowledgeError` naming every problem found.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from warcheck import vocab
from warcheck.knowledge.loader import KnowledgeError, read_json
from warcheck.text import lookup_key, outlet_key

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Label:
    """A partisan label as one camp uses it for one actor.

    ``default`` marks the referent meant when the label is used and context
    names no more specific actor (e.g. "rebels" for the generic opposition).
    """

    label: str
    camp: str
    note: str
    actor_id: str
    default: bool = False


@dataclass(frozen=True)
class Actor:
    """A canonical actor, mirroring one entry of ``actors.json``.

    ``forces`` names the actor's armed forces (for "forces loyal to Assad"),
    ``demonyms`` are adjectives that name this actor before a military noun
    ("Russian warplanes"), ``case_sensitive`` lists the aliases and labels
    that match only with their exact capitalisation ("IS", "SAA").
    ``domains``/``outlet_names`` are set for news outlets. ``belligerent``,
    for a state or its leader, says why it is a party to the Syrian war (its
    statements are then a party's, not a neutral official's); ``None`` otherwise.
    ``capital`` is the city that stands for a government as a speaker ("Moscow
    denied").
    """

    id: str
    name: str
    kind: str
    camp: str
    aliases: tuple[str, ...]
    labels: tuple[Label, ...]
    source: str
    parent: str | None = None
    forces: str | None = None
    related: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    case_sensitive: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    belligerent: str | None = None
    capital: str | None = None
    outlet_names: tuple[str, ...] = ()
    note: str | None = None

    @property
    def is_outlet(self) -> bool:
        """Whether the actor publishes news (a media outlet or a body with a news site)."""
        return self.kind == "media" or bool(self.domains or self.outlet_names)


@dataclass(frozen=True)
class Operation:
    """A named military operation or campaign, mirroring ``operations.json``.

    ``start``/``end`` are ISO dates; ``end`` is ``None`` while the operation
    is open-ended. ``actor_id`` ran it, ``allies`` took part.
    """

    id: str
    name: str
    actor_id: str
    start: str
    end: str | None
    aliases: tuple[str, ...]
    source: str
    region: str | None = None
    allies: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class CampMarker:
    """A phrase (not an actor name) whose use suggests a camp's vocabulary."""

    phrase: str
    camps: tuple[str, ...]
    note: str


# --- loading --------------------------------------------------------------------------------


def _read(name: str) -> dict[str, Any]:
    return read_json(name)


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
    )


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
        if not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", aid):
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


@functools.cache
def _actor_data() -> tuple[
    dict[str, Actor], tuple[CampMarker, ...], tuple[str, ...], dict[str, tuple[str, ...]]
]:
    raw = _read("actors.json")
    try:
        items = [_actor_from(e) for e in raw["actors"]]
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
    problems = validate_actors(items)
    problems += [
        f"camp marker {m.phrase!r}: camp {c!r} not in vocab.CAMPS"
        for m in markers
        for c in m.camps
        if c not in vocab.CAMPS
    ]
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
    raw = _read("operations.json")
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


# --- outlets --------------------------------------------------------------------------------


@functools.cache
def _outlet_index() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    for a in actors().values():
        if not a.is_outlet:
            continue
        for d in a.domains:
            domains.setdefault(d.lower().removeprefix("www.").split("/")[0], a.id)
        for n in (a.id, a.name, *a.outlet_names, *a.aliases):
            key = outlet_key(n)
            if key:
                names.setdefault(key, a.id)
    return names, domains


@functools.cache
def _capitals() -> dict[str, str]:
    return {a.capital.lower(): a.id for a in actors().values() if a.capital}


def government_of_capital(name: str) -> Actor | None:
    """The government whose capital is ``name`` ("Moscow" -> Russia), or ``None``."""
    actor_id = _capitals().get(name.strip().lower())
    return actor(actor_id) if actor_id else None


def outlet(name_or_domain: str) -> Actor | None:
    """Return the outlet known by this name, dataset name, domain or URL, else ``None``.

    Matching ignores case, punctuation and spacing ("Al-Manar" = "al manar"),
    a leading ``www.`` and any URL scheme or path; a sub-domain falls back to
    its parent domain ("english.alaraby.co.uk" -> "alaraby.co.uk").
    """
    value = name_or_domain.strip()
    if not value:
        return None
    names, domains = _outlet_index()
    host = value.lower()
    if "://" in host or host.startswith("//"):
        host = urlsplit(host if "://" in host else "http:" + host).hostname or ""
    else:
        host = host.split("/")[0]
    host = host.removeprefix("www.").rstrip(".")
    if "." in host and " " not in host:
        parts = host.split(".")
        for i in range(len(parts) - 1):
            aid = domains.get(".".join(parts[i:]))
            if aid is not None:
                return actors()[aid]
    aid = names.get(outlet_key(value))
    return actors()[aid] if aid is not None else None


@dataclass(frozen=True)
class Weapon:
    """A weapon only one party is documented to use, which implies that party as the doer."""

    id: str
    terms: tuple[str, ...]
    actor_id: str
    confidence: float
    source: str


@functools.cache
def weapons() -> tuple[Weapon, ...]:
    """Return the signature weapons of ``weapons.json``, checked against the actors."""
    raw = _read("weapons.json")
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
    for w in out:
        if w.actor_id not in actors() or not w.source:
            raise KnowledgeError(f"weapons.json: {w.id}: unknown actor or missing source")
    return out
