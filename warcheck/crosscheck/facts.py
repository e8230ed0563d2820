"""Claim facts: what the cross-check compares, read from one article's analysis document.

:func:`facts_of` reads the ``warcheck.analysis/1`` JSON document of an
article (``Analysis.to_dict()``, as the corpus store keeps it) and returns one
:class:`ClaimFacts` per claim: its event type and family, its date window
(widened by the date's precision), its place with a radius that depends on the
place's precision, its actors, figures, sources and certainty, and whether it
is background or the article's main claim. Nothing here depends on a country.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from warcheck.crosscheck.vectors import claim_terms
from warcheck.render.acled_figures import acled_figure

# Event type -> family (vocab.EVENT_FAMILY). A mapping between closed vocabularies.
FAMILY: dict[str, str] = {
    **dict.fromkeys(
        ("armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"),
        "battle",
    ),
    **dict.fromkeys(
        (
            "air_drone_strike",
            "shelling_artillery_missile_attack",
            "remote_explosive_landmine_ied",
            "suicide_bomb",
            "grenade",
            "chemical_weapon",
        ),
        "explosion",
    ),
    **dict.fromkeys(
        ("attack", "abduction_forced_disappearance", "sexual_violence"),
        "violence_against_civilians",
    ),
    **dict.fromkeys(
        (
            "peaceful_protest",
            "protest_with_intervention",
            "excessive_force_against_protesters",
            "violent_demonstration",
            "mob_violence",
        ),
        "protest_riot",
    ),
    **dict.fromkeys(
        (
            "arrests",
            "looting_property_destruction",
            "disrupted_weapons_use",
            "non_violent_transfer_of_territory",
            "headquarters_or_base_established",
            "change_to_group_activity",
            "other_strategic",
            "move_forces",
            "aid",
        ),
        "strategic",
    ),
    **dict.fromkeys(
        (
            "agreement",
            "diplomatic_event",
            "meet",
            "accuse",
            "claim_responsibility",
            "deny",
            "threaten",
            "demand",
            "statement",
        ),
        "verbal",
    ),
    **dict.fromkeys(("man_made_disaster", "natural_disaster", "organized_crime"), "non_conflict"),
}
# Families that may describe one violent incident: reports disagree on the weapon.
VIOLENT = frozenset({"battle", "explosion", "violence_against_civilians", "protest_riot"})

# Place precision -> radius in km within which the place may be the same as another.
RADIUS_KM: dict[str, float] = {
    "exact": 2.0,
    "neighbourhood": 5.0,
    "town": 15.0,
    "district": 40.0,
    "governorate": 150.0,
    "region": 300.0,
    "country": 1000.0,
}
# Days an undated claim ("by the publication date") may reach back.
UNDATED_DAYS = 7
# A claim whose window ends this many days before publication is background.
BACKGROUND_DAYS = 30
# Date precisions that can only be background when they end before publication.
COARSE = frozenset({"month", "season", "year"})


@dataclass(frozen=True)
class ClaimFacts:
    """The facts of one claim of one article that the cross-check compares.

    ``key`` is ``(article_id, claim)``. Days are proleptic ordinals
    (``date.toordinal()``); ``day_from``/``day_to`` bound the claim's date
    window (``None`` when unknown) and ``day_precise`` says the claim names a
    day. ``radius_km`` is the place's radius by precision. ``killed`` and
    ``injured`` are ``(min, max)`` of the largest figure (``max`` ``None`` when
    open-ended); ``killed_acled`` is the figure ACLED would code for the words
    of that same "killed" figure (:func:`warcheck.render.acled_figures.acled_figure`:
    "dozens", kept as ``(24, None)``, is 12; a figure that is not vague is its
    lower bound), so a reference event from ACLED is compared like with like;
    ``sources`` are ``(type, name or actor id)`` pairs, outermost
    first. ``terms`` are the rare words of the claim text.
    """

    article_id: int
    claim: int
    outlet: str | None
    published: str | None
    kind: str
    event_type: str | None
    family: str | None
    day_from: int | None
    day_to: int | None
    day_precise: bool
    place: str | None
    lat: float | None
    lon: float | None
    radius_km: float | None
    country: str | None
    agents: tuple[str, ...]
    targets: tuple[str, ...]
    killed: tuple[int, int | None] | None
    injured: tuple[int, int | None] | None
    sources: tuple[tuple[str, str | None], ...]
    certainty: str
    background: bool
    main: bool
    text: str
    terms: tuple[str, ...]
    killed_acled: int | None = None

    @property
    def key(self) -> tuple[int, int]:
        """The claim's key: ``(article_id, claim index)``."""
        return (self.article_id, self.claim)

    @property
    def violent(self) -> bool:
        """Whether the claim reports a violent event (a battle, explosion, attack, riot)."""
        return self.family in VIOLENT


def day(value: str | None) -> int | None:
    """Return the ordinal of an ISO date (its first ten characters), else ``None``."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def _window(claim: Mapping[str, Any], published: int | None) -> tuple[int | None, int | None]:
    lo, hi = day(claim.get("date_from")), day(claim.get("date_to"))
    if lo is None and hi is None:
        return (published - UNDATED_DAYS, published) if published is not None else (None, None)
    if lo is None:
        assert hi is not None
        return hi - UNDATED_DAYS, hi
    return lo, hi if hi is not None else published


def _place(claim: Mapping[str, Any]) -> Mapping[str, Any] | None:
    for place in claim.get("places") or ():
        if place.get("lat") is not None and place.get("lon") is not None:
            return place
    return None


def _largest(claim: Mapping[str, Any], outcome: str) -> Mapping[str, Any] | None:
    """The claim's casualty mention of ``outcome`` with the largest lower bound (the first)."""
    best: Mapping[str, Any] | None = None
    for c in claim.get("casualties") or ():
        if c.get("outcome") != outcome or c.get("min") is None:
            continue
        if best is None or int(c["min"]) > int(best["min"]):
            best = c
    return best


def _figure(claim: Mapping[str, Any], outcome: str) -> tuple[int, int | None] | None:
    c = _largest(claim, outcome)
    if c is None:
        return None
    return int(c["min"]), None if c.get("max") is None else int(c["max"])


def _acled_killed(claim: Mapping[str, Any]) -> int | None:
    """ACLED's figure for the words of the claim's largest "killed" figure, else its lower bound."""
    c = _largest(claim, "killed")
    if c is None:
        return None
    vague = acled_figure(str(c.get("text") or "")) if c.get("qualifier") == "vague" else None
    return int(c["min"]) if vague is None else vague


def _background(
    claim: Mapping[str, Any], window: tuple[int | None, int | None], published: int | None
) -> bool:
    if claim.get("kind") == "background":
        return True
    hi = window[1]
    if published is None or hi is None:
        return False
    if claim.get("date_precision") in COARSE:
        return hi < published - 1
    return hi < published - BACKGROUND_DAYS


def _sources(claim: Mapping[str, Any]) -> tuple[tuple[str, str | None], ...]:
    return tuple(
        (str(s.get("type")), s.get("actor_id") or s.get("name")) for s in claim.get("sources") or ()
    )


def main_claim(document: Mapping[str, Any]) -> int | None:
    """Return the index of the claim the summary names as the main event, else ``None``."""
    summary = document.get("summary") or {}
    event = summary.get("main_event") or {}
    index = event.get("claim")
    return int(index) if index is not None else None


def claim_facts(
    article_id: int,
    outlet: str | None,
    published: str | None,
    claim: Mapping[str, Any],
    main: bool,
) -> ClaimFacts:
    """Return the facts of one claim (a ``claims`` entry of an analysis document)."""
    pub = day(published)
    window = _window(claim, pub)
    place = _place(claim)
    event_type = claim.get("event_type")
    return ClaimFacts(
        article_id=article_id,
        claim=int(claim.get("index", 0)),
        outlet=outlet,
        published=published,
        kind=str(claim.get("kind", "event")),
        event_type=event_type,
        family=FAMILY.get(event_type) if event_type else None,
        day_from=window[0],
        day_to=window[1],
        day_precise=claim.get("date_precision") == "day",
        place=place.get("name") if place else None,
        lat=float(place["lat"]) if place else None,
        lon=float(place["lon"]) if place else None,
        radius_km=RADIUS_KM.get(str(place.get("precision")), 50.0) if place else None,
        country=place.get("country") if place else None,
        agents=_ids(claim.get("agents")),
        targets=_ids(claim.get("targets")),
        killed=_figure(claim, "killed"),
        injured=_figure(claim, "injured"),
        sources=_sources(claim),
        certainty=str(claim.get("certainty", "asserted")),
        background=_background(claim, window, pub),
        main=main,
        text=str(claim.get("text", "")),
        terms=claim_terms(str(claim.get("text", ""))),
        killed_acled=_acled_killed(claim),
    )


def _ids(participants: Sequence[Mapping[str, Any]] | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p["actor_id"] for p in participants or () if p.get("actor_id")))


def facts_of(
    article_id: int, outlet: str | None, published: str | None, document: Mapping[str, Any]
) -> list[ClaimFacts]:
    """Return the facts of every claim of one article's analysis document.

    ``outlet`` and ``published`` fall back to the document's article record.
    """
    article = document.get("article") or {}
    outlet = outlet if outlet is not None else article.get("outlet")
    published = published if published is not None else article.get("published")
    main = main_claim(document)
    return [
        claim_facts(article_id, outlet, published, c, c.get("index") == main)
        for c in document.get("claims") or ()
    ]
