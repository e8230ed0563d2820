"""Matches: the reference events (ACLED, UCDP GED) a claim describes, and what they agree on.

A claim that is not background, has an event family, a place no vaguer than
a governorate (:data:`MAX_RADIUS_KM`) and a date window of at most
:data:`MAX_WINDOW_DAYS` matches a reference event (placed and dated as
precisely) when

- **date**: the two windows (each widened by its own precision) overlap, give
  or take ``contradictions.DATE_SLACK_DAYS``;
- **place**: the points lie within the claim's radius plus the event's
  (``facts.RADIUS_KM`` by precision; the dataset's geo-precision code read as a
  place precision, see :mod:`warcheck.crosscheck.reference`);
- **type**: the same family (``vocab.EVENT_FAMILY``, through
  ``knowledge.acled.ACLED_TYPES`` and ``facts.FAMILY``; UCDP's type of violence
  its closest family), or both armed (battle, explosion, violence against
  civilians: coders and reporters disagree on the weapon). Protests and riots
  match only protests and riots.

Two more facts are compared when both sides give them. The **perpetrator**
agrees when an agent of the claim is part of (has the same outermost actor as)
an actor the event names (actor1/actor2, side A/B, read with warcheck's actor
finder, ACLED's "Military Forces of <state>" as the state's government; the
dataset does not say which side did it), and conflicts when the event names
armed parties or governments, none is the claim's, and every name it gives is
recognised (a name warcheck cannot read may be the claim's perpetrator).
**Killed** agrees within ``contradictions``' tolerance (2 people or 25%;
within UCDP's low-high range too) and conflicts beyond it; a vague figure
("dozens": 24 or more) is compared as a range, and against ACLED also as the
figure ACLED codes for its words ("dozens" 12, ``ClaimFacts.killed_acled``),
agreeing when either does; it is compared for
the article's main claim only, since its other claims may give a part of the
toll. ``score`` is the share of compared facts that agree. A conflict is
**strong** (:attr:`Match.strong`), and may discount the claim, only when the
claim is its article's main claim, asserted, and the identity is tight (both
give the day, both places are precise, the same family) and the killed
figures are apart by more than :data:`STRONG_PEOPLE` and half the larger
figure, or the perpetrator conflicts.

Events are indexed by day (:class:`EventIndex`), so a claim is compared only
with the events of its own days, never with all of them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from warcheck.analysis.actors import find_actors
from warcheck.crosscheck.contradictions import DATE_SLACK_DAYS, _figures_differ, root_actor
from warcheck.crosscheck.facts import ClaimFacts
from warcheck.crosscheck.places import PRECISE_KM, distance_km
from warcheck.crosscheck.reference import ReferenceEvent
from warcheck.knowledge.catalogue import actors
from warcheck.knowledge.world import government_of_state, states
from warcheck.vocab import ARMED_KINDS

ClaimKey = tuple[int, int]
# A claim or event whose window is longer than this is too vague to match.
MAX_WINDOW_DAYS = 31
# A claim or event placed more vaguely than this (a region, a country) is too vague to match.
MAX_RADIUS_KM = 150.0
ARMED_FAMILIES = frozenset({"battle", "explosion", "violence_against_civilians"})
# Killed figures apart by more than this many people and half the larger conflict strongly.
STRONG_PEOPLE = 10
_PARTY_KINDS = ARMED_KINDS | {"government"}
# ACLED's names of state forces: "Military Forces of Syria (2000-)", "Police Forces of Iraq".
_STATE_FORCES = re.compile(
    r"(?:Military|Police) Forces of (?P<state>.+?)(?: \(\d{4}-(?:\d{4})?\))?(?:: .*)?$"
)


@dataclass(frozen=True)
class Match:
    """A claim matched to a reference event: how well, which facts agree and which conflict."""

    claim: ClaimKey
    event: ReferenceEvent
    score: float
    agreeing: tuple[str, ...]
    conflicting: tuple[str, ...]
    strong: bool
    distance_km: float
    days_apart: int

    def describe(self) -> str:
        """One line for a grade's evidence: the event, its date, place, type and toll."""
        e = self.event
        kind = ": ".join(x for x in (e.event_type, e.sub_event_type) if x)
        where = e.location or e.admin1 or e.country or "?"
        toll = f", {e.fatalities} killed" if e.fatalities is not None else ""
        return f"{e.label} ({e.date_from}, {where}; {kind}{toll}; score {self.score:.2f})"


class EventIndex:
    """Reference events by day: each event under every day of its window."""

    def __init__(self, events: Iterable[ReferenceEvent]) -> None:
        self.by_day: dict[int, list[ReferenceEvent]] = {}
        for e in events:
            lo, hi = e.day_from, e.day_to
            vague = hi - lo >= MAX_WINDOW_DAYS or e.radius_km > MAX_RADIUS_KM
            if e.latitude is None or e.longitude is None or vague:
                continue
            for d in range(lo, hi + 1):
                self.by_day.setdefault(d, []).append(e)

    def around(self, lo: int, hi: int) -> list[ReferenceEvent]:
        """The events whose window meets ``[lo, hi]`` widened by the date slack, once each."""
        seen: dict[tuple[str, str], ReferenceEvent] = {}
        for d in range(lo - DATE_SLACK_DAYS, hi + DATE_SLACK_DAYS + 1):
            for e in self.by_day.get(d, ()):
                seen.setdefault((e.dataset, e.upstream_id), e)
        return list(seen.values())


def matchable(claim: ClaimFacts) -> bool:
    """Whether a claim can be matched: an event of a family, placed within a governorate,
    dated within a month."""
    return (
        not claim.background
        and claim.family is not None
        and claim.lat is not None
        and claim.lon is not None
        and claim.day_from is not None
        and claim.day_to is not None
        and claim.day_to - claim.day_from < MAX_WINDOW_DAYS
        and (claim.radius_km or 0.0) <= MAX_RADIUS_KM
    )


def compatible(family: str | None, event: ReferenceEvent) -> bool:
    """Whether a claim's family and an event's may be one incident's (see the module)."""
    other = event.family
    if family is None or other is None:
        return False
    return family == other or (family in ARMED_FAMILIES and other in ARMED_FAMILIES)


@functools.cache
def _state_governments() -> dict[str, str]:
    """A state's names (lower case) -> the id of its government actor."""
    known = actors()
    out: dict[str, str] = {}
    for state in states().values():
        government = government_of_state(known, state.iso)
        if government is not None:
            for name in (state.name, *state.names):
                out.setdefault(name.lower(), government.id)
    return out


@functools.lru_cache(maxsize=4096)
def event_actors(name: str | None) -> frozenset[str]:
    """The outermost actors a dataset's actor name names (empty when none is recognised).

    ACLED names state forces "Military Forces of Syria (2000-)" or "Police
    Forces of ...": the state's government; other names are read with
    warcheck's actor finder.
    """
    if not name:
        return frozenset()
    state = _STATE_FORCES.match(name.strip())
    if state and state["state"].lower() in _state_governments():
        return frozenset({root_actor(_state_governments()[state["state"].lower()])})
    return frozenset(root_actor(m.actor_id) for m in find_actors(name, []) if m.actor_id)


def event_parties(name: str | None) -> frozenset[str]:
    """The armed parties and governments among :func:`event_actors`."""
    known = actors()
    return frozenset(a for a in event_actors(name) if a in known and known[a].kind in _PARTY_KINDS)


def _killed(claim: ClaimFacts, e: ReferenceEvent) -> tuple[str | None, str | None, bool]:
    """(agreeing, conflicting, strong) for the killed figures.

    The claim's range is compared with the event's (UCDP's low-high); against
    ACLED, whose figure for a vague report is its conservative one ("dozens"
    12), the figure ACLED would code for the claim's words is compared too, and
    the figures agree when either comparison does.
    """
    if claim.killed is None or e.fatalities is None or not claim.main:
        return None, None, False  # other claims may give a part of the toll (the children)
    lo, hi = claim.killed
    shown = str(lo) if hi == lo else (f"at least {lo}" if hi is None else f"{lo}-{hi}")
    low = e.fatalities_low if e.fatalities_low is not None else e.fatalities
    high = e.fatalities_high if e.fatalities_high is not None else e.fatalities
    coded = claim.killed_acled if e.dataset == "acled" else None
    figures: list[tuple[int, int | None]] = [claim.killed]
    if coded is not None and coded != lo:
        figures.append((coded, coded))
    for figure in figures:
        if not _figures_differ(figure, (low, high)):
            as_coded = "" if figure == claim.killed else f", coded {coded} as ACLED would"
            return f"killed {shown}{as_coded} ({e.label} {e.fatalities})", None, False
    strong = all(
        max(f_lo - high, low - (f_hi if f_hi is not None else 10**9))
        > max(STRONG_PEOPLE, 0.5 * max(f_lo, high))
        for f_lo, f_hi in figures
    )
    return None, f"killed {shown} vs {e.fatalities} ({e.label})", strong


def _perpetrator(claim: ClaimFacts, e: ReferenceEvent) -> tuple[str | None, str | None]:
    """(agreeing, conflicting) for the perpetrator; a conflict only when every name is read."""
    own = {root_actor(a) for a in claim.agents}
    named = [x for x in (e.actor1, e.actor2) if x]
    parties = frozenset().union(*(event_parties(x) for x in named))
    if not own or not parties:
        return None, None
    if own & parties:
        return (
            f"perpetrator {', '.join(sorted(own & parties))} ({e.label}: {' / '.join(named)})",
            None,
        )
    if not all(event_actors(x) for x in named):
        return None, None  # an actor warcheck cannot read may be the claim's
    return None, f"perpetrator {', '.join(sorted(own))} vs {' / '.join(named)} ({e.label})"


def compare(claim: ClaimFacts, e: ReferenceEvent) -> Match | None:
    """The match of a claim and an event, or ``None`` when date, place or type rule it out."""
    assert claim.day_from is not None and claim.day_to is not None
    assert claim.lat is not None and claim.lon is not None
    if e.latitude is None or e.longitude is None or not compatible(claim.family, e):
        return None
    days = max(e.day_from - claim.day_to, claim.day_from - e.day_to, 0)
    if days > DATE_SLACK_DAYS:
        return None
    km = distance_km(claim.lat, claim.lon, e.latitude, e.longitude)
    if km > (claim.radius_km or 0.0) + e.radius_km:
        return None
    kind = ": ".join(x for x in (e.event_type, e.sub_event_type) if x)
    agreeing = [
        f"date {dt.date.fromordinal(max(claim.day_from, e.day_from)).isoformat()} ({e.label})",
        f"place {claim.place or '?'} {km:.0f} km from {e.location or '?'} ({e.label})",
        f"type {claim.event_type} ~ {kind} ({e.label})",
    ]
    conflicting = []
    killed_ok, killed_bad, strong_toll = _killed(claim, e)
    perp_ok, perp_bad = _perpetrator(claim, e)
    agreeing += [x for x in (killed_ok, perp_ok) if x]
    conflicting += [x for x in (killed_bad, perp_bad) if x]
    tight = (
        claim.main
        and claim.certainty == "asserted"
        and claim.day_precise
        and e.day_from == e.day_to
        and (claim.radius_km or 0.0) <= PRECISE_KM
        and e.radius_km <= PRECISE_KM
        and claim.family == e.family
    )
    return Match(
        claim=claim.key,
        event=e,
        score=len(agreeing) / (len(agreeing) + len(conflicting)),
        agreeing=tuple(agreeing),
        conflicting=tuple(conflicting),
        strong=bool(tight and (strong_toll or perp_bad)),
        distance_km=km,
        days_apart=days,
    )


def match(
    claims: Sequence[ClaimFacts], events: Iterable[ReferenceEvent] | EventIndex
) -> list[Match]:
    """Every match of the claims with the events (indexed by day), best first per claim."""
    index = events if isinstance(events, EventIndex) else EventIndex(events)
    out: list[Match] = []
    for claim in claims:
        if not matchable(claim):
            continue
        assert claim.day_from is not None and claim.day_to is not None
        found = [m for e in index.around(claim.day_from, claim.day_to) if (m := compare(claim, e))]
        out += sorted(found, key=_rank)
    return out


def _rank(m: Match) -> tuple[float, int, float, str, str]:
    return (-m.score, m.days_apart, m.distance_km, m.event.dataset, m.event.upstream_id)


def reference_evidence(
    claims: Sequence[ClaimFacts], events: Iterable[ReferenceEvent] | EventIndex
) -> dict[ClaimKey, Match]:
    """Each matched claim's best match (highest score, then nearest in time and place).

    This is what :func:`warcheck.crosscheck.grades.grade` takes as
    ``references``: see its rules (an agreeing match is one more independent
    credible origin; a conflicting one contests; a strong one may discount).
    """
    best: dict[ClaimKey, Match] = {}
    for m in match(claims, events):
        best.setdefault(m.claim, m)
    return best


def claim_span(claims: Iterable[ClaimFacts]) -> tuple[str, str] | None:
    """The ISO days an event must meet to match one of these claims, or ``None`` (none can)."""
    days = [(c.day_from, c.day_to) for c in claims if matchable(c)]
    if not days:
        return None
    lo = min(d[0] for d in days if d[0] is not None) - DATE_SLACK_DAYS
    hi = max(d[1] for d in days if d[1] is not None) + DATE_SLACK_DAYS
    return dt.date.fromordinal(lo).isoformat(), dt.date.fromordinal(hi).isoformat()


def stored_events(
    read: Callable[[str, str], Iterable[Mapping[str, Any]]], claims: Sequence[ClaimFacts]
) -> list[ReferenceEvent]:
    """The events the claims may match, read with ``read(date_from, date_to)``.

    ``read`` is the store's ``reference_events`` (the cross-check does not
    import the store: it is handed the method).
    """
    span = claim_span(claims)
    return [ReferenceEvent.from_row(r) for r in read(*span)] if span else []


def match_rows(found: Iterable[Match]) -> list[dict[str, Any]]:
    """``reference_matches`` rows of the matches with stored events, by claim key.

    Each row has the claim's ``key`` (article id, claim index), which the store
    turns into its ``claim_id``, the event's ``reference_id``, the score and
    the facts ('; '-joined).
    """
    return [
        {
            "key": m.claim,
            "reference_id": m.event.store_id,
            "score": round(m.score, 4),
            "agreeing": "; ".join(m.agreeing),
            "conflicting": "; ".join(m.conflicting),
        }
        for m in found
        if m.event.store_id is not None
    ]
