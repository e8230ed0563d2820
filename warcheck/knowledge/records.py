"""The records of the actor knowledge base: actors, their labels, operations, weapons.

Frozen mirrors of the entries of ``knowledge/data/actors.json``,
``operations.json`` and ``weapons.json``; :mod:`warcheck.knowledge.catalogue`
builds them, :mod:`warcheck.knowledge.validation` checks them.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    denied"). ``country`` is the ISO 3166-1 code of the state a government, its
    forces or its state media belong to (see :mod:`warcheck.knowledge.world`).
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
    country: str | None = None

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


@dataclass(frozen=True)
class Weapon:
    """A weapon only one party is documented to use, which implies that party as the doer."""

    id: str
    terms: tuple[str, ...]
    actor_id: str
    confidence: float
    source: str
