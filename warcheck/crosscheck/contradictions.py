"""Contradictions: what the reports of one incident disagree on, and who says what.

Each article of the incident gives its version of each fact (its main claim's
when it has one, else its first claim that has the fact); two articles
disagree (``vocab.CONTRADICTION_KIND``) when they name perpetrators that are
not part of one another, killed figures apart by more than the tolerance,
precise places farther apart than their radii, or days of the violent event
more than a day apart, or when one denies what another asserts. Every
contradiction lists each value with the claims, articles and outlets that
give it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from warcheck.crosscheck.facts import ClaimFacts
from warcheck.crosscheck.places import apart
from warcheck.knowledge.catalogue import actors

# Killed figures agree within this many people or this share of the larger figure.
TOLERANCE_PEOPLE = 2
TOLERANCE_SHARE = 0.25
DATE_SLACK_DAYS = 1


@dataclass(frozen=True)
class Version:
    """One value of a disputed fact and who gives it."""

    value: str
    claims: tuple[tuple[int, int], ...]
    articles: tuple[int, ...]
    outlets: tuple[str | None, ...]


@dataclass(frozen=True)
class Contradiction:
    """A fact the claims of one incident disagree on (``kind`` in ``vocab.CONTRADICTION_KIND``)."""

    kind: str
    values: tuple[Version, ...]

    def involves(self, key: tuple[int, int]) -> bool:
        """Whether the claim with this key gives one of the disputed values."""
        return any(key in v.claims for v in self.values)


def root_actor(actor_id: str) -> str:
    """Return the outermost actor an actor is part of (its parent's parent...)."""
    known = actors()
    seen = {actor_id}
    while actor_id in known and known[actor_id].parent and known[actor_id].parent not in seen:
        actor_id = str(known[actor_id].parent)
        seen.add(actor_id)
    return actor_id


def _by_article(
    facts: Sequence[ClaimFacts], has: Callable[[ClaimFacts], bool]
) -> dict[int, ClaimFacts]:
    """Each article's claim that gives a fact: its main claim if it does, else the first."""
    out: dict[int, ClaimFacts] = {}
    for f in sorted(facts, key=lambda f: (not f.main, f.key)):
        if not f.background and has(f) and f.article_id not in out:
            out[f.article_id] = f
    return out


def _versions(groups: dict[str, list[ClaimFacts]]) -> tuple[Version, ...]:
    return tuple(
        Version(
            value=value,
            claims=tuple(f.key for f in claims),
            articles=tuple(dict.fromkeys(f.article_id for f in claims)),
            outlets=tuple(dict.fromkeys(f.outlet for f in claims)),
        )
        for value, claims in sorted(groups.items())
    )


def _disputed(
    kind: str,
    chosen: dict[int, ClaimFacts],
    value: Callable[[ClaimFacts], str],
    differ: Callable[[ClaimFacts, ClaimFacts], bool],
) -> Contradiction | None:
    picked = list(chosen.values())
    if not any(differ(f, g) for i, f in enumerate(picked) for g in picked[i + 1 :]):
        return None
    groups: dict[str, list[ClaimFacts]] = {}
    for f in picked:
        groups.setdefault(value(f), []).append(f)
    return Contradiction(kind, _versions(groups))


def _figures_differ(a: tuple[int, int | None], b: tuple[int, int | None]) -> bool:
    lo_a, hi_a = a[0], a[1] if a[1] is not None else 10**9
    lo_b, hi_b = b[0], b[1] if b[1] is not None else 10**9
    gap = max(lo_a - hi_b, lo_b - hi_a)
    larger = max(lo_a, lo_b)
    return gap > max(TOLERANCE_PEOPLE, TOLERANCE_SHARE * larger)


def _figure_text(f: ClaimFacts) -> str:
    lo, hi = f.killed or (0, 0)
    return str(lo) if hi == lo else (f"at least {lo}" if hi is None else f"{lo}-{hi}")


def _perpetrators(f: ClaimFacts) -> frozenset[str]:
    return frozenset(root_actor(a) for a in f.agents)


def contradictions(incident: Sequence[ClaimFacts]) -> list[Contradiction]:
    """Return the contradictions among the claims of one incident, by kind."""
    violent = [f for f in incident if f.violent and f.certainty != "denied"]
    checks = (
        (
            "perpetrator",
            _by_article(violent, lambda f: bool(f.agents)),
            lambda f: ", ".join(sorted(_perpetrators(f))),
            lambda a, b: not (_perpetrators(a) & _perpetrators(b)),
        ),
        (
            "killed",
            _by_article(incident, lambda f: f.killed is not None and f.certainty != "denied"),
            _figure_text,
            lambda a, b: _figures_differ(a.killed or (0, 0), b.killed or (0, 0)),
        ),
        ("place", _by_article(incident, _precise_place), lambda f: str(f.place), apart),
        (
            "date",
            _by_article(violent, lambda f: f.day_precise and f.day_from is not None),
            lambda f: dt.date.fromordinal(f.day_from or 1).isoformat(),
            lambda a, b: abs((a.day_from or 0) - (b.day_from or 0)) > DATE_SLACK_DAYS,
        ),
    )
    out = []
    for kind, chosen, value, differ in checks:
        found = _disputed(kind, chosen, value, differ)
        if found is not None:
            out.append(found)
    denial = _denial(incident)
    return out + ([denial] if denial else [])


def _precise_place(f: ClaimFacts) -> bool:
    return f.lat is not None and (f.radius_km or 0) <= 40.0


def _denial(incident: Sequence[ClaimFacts]) -> Contradiction | None:
    denied = [f for f in incident if f.certainty == "denied" or f.event_type == "deny"]
    if not denied:
        return None
    asserted = [f for f in incident if f.certainty == "asserted" and f.violent and not f.background]
    if not asserted:
        return None
    return Contradiction("denial", _versions({"asserted": asserted, "denied": denied}))
