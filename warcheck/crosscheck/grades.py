"""Grades: each claim graded Airwars-style, with Admiralty codes and the evidence shown.

The definitions are in ``vocab.GRADE``, ``vocab.ADMIRALTY_RELIABILITY`` and
``vocab.ADMIRALTY_CREDIBILITY``; this module applies them, in this order:
not assessed (background, opinion), discounted (a disputed fact of the claim
is given otherwise by at least ``STRONGER`` more independent origins),
contested (the claim gives a disputed value, or is denied), confirmed (a
party claims responsibility), fair (two or more independent origins report
the incident), weak (one origin, however many copies).

A matched reference event (ACLED, UCDP GED; :mod:`warcheck.crosscheck.matches`)
is one more independent credible origin when it agrees; when it conflicts
(killed figure or perpetrator beyond the tolerance) the claim is contested;
when it conflicts strongly (:attr:`Match.strong`) and no other independent
origin reports the claim, the claim is discounted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from warcheck.crosscheck.contradictions import Contradiction, contradictions, root_actor
from warcheck.crosscheck.facts import ClaimFacts
from warcheck.crosscheck.matches import Match
from warcheck.crosscheck.origins import UNKNOWN_CAMP, Origin, camp_of

# Independent origins more than the claim's own that discount a disputed fact.
STRONGER = 2
NOT_GRADED = frozenset({"background", "opinion"})
DOUBT = frozenset({"hedged", "alleged", "conditional", "denied"})
# Outermost source type -> reliability (vocab.ADMIRALTY_RELIABILITY).
RELIABILITY_BY_SOURCE = {
    "monitor": "B",
    "wire": "B",
    "official": "C",
    "witness": "C",
    "media": "C",
    "party": "D",
    "anonymous": "E",
}


@dataclass(frozen=True)
class Evidence:
    """What a grade rests on: the other claims and articles, agreeing and conflicting facts."""

    claims: tuple[tuple[int, int], ...] = ()
    articles: tuple[int, ...] = ()
    origins: int = 1
    agreeing: tuple[str, ...] = ()
    conflicting: tuple[str, ...] = ()
    reference: str | None = None


@dataclass(frozen=True)
class Grade:
    """A claim's grade (``vocab.GRADE``), Admiralty code and evidence, with the reason."""

    claim: tuple[int, int]
    grade: str
    reliability: str
    credibility: str
    evidence: Evidence
    reason: str

    @property
    def admiralty(self) -> str:
        """The Admiralty code, reliability then credibility ("B2")."""
        return self.reliability + self.credibility


def reliability(claim: ClaimFacts) -> str:
    """Return the claim's source reliability (A–F) from its attribution and its outlet."""
    stype = claim.sources[0][0] if claim.sources else "outlet"
    if stype in RELIABILITY_BY_SOURCE:
        return RELIABILITY_BY_SOURCE[stype]
    camp = camp_of(claim.outlet)
    if camp == UNKNOWN_CAMP:
        return "F"
    return "B" if camp == "neutral" else "C"


def _origin_of(origins: Sequence[Origin]) -> dict[int, int]:
    return {a: o.article_id for o in origins for a in o.articles}


def _described(c: Contradiction) -> str:
    return f"{c.kind}: " + " vs ".join(
        f"{v.value} ({', '.join(o or 'unknown outlet' for o in v.outlets)})" for v in c.values
    )


def _discounted(claim: ClaimFacts, disputes: Sequence[Contradiction], of: dict[int, int]) -> bool:
    for c in disputes:
        support = {v.value: len({of.get(a, a) for a in v.articles}) for v in c.values}
        own = next(v.value for v in c.values if claim.key in v.claims)
        if any(n >= support[own] + STRONGER for value, n in support.items() if value != own):
            return True
    return False


def _responsible(claim: ClaimFacts, incident: Sequence[ClaimFacts]) -> bool:
    claimed = {
        root_actor(a)
        for f in incident
        if f.event_type == "claim_responsibility" and f.certainty != "denied"
        for a in f.agents
    }
    if not claimed:
        return False
    own = {root_actor(a) for a in claim.agents}
    return bool(own & claimed) or (not own and len(claimed) == 1)


def _agreeing(claim: ClaimFacts, others: Sequence[ClaimFacts]) -> tuple[str, ...]:
    out = []
    for f in others:
        if claim.killed and f.killed and claim.killed[0] == f.killed[0]:
            out.append(f"killed {claim.killed[0]} ({f.outlet or 'unknown outlet'})")
        if claim.agents and set(claim.agents) & set(f.agents):
            out.append(f"perpetrator {claim.agents[0]} ({f.outlet or 'unknown outlet'})")
        if claim.place and claim.place == f.place:
            out.append(f"place {claim.place} ({f.outlet or 'unknown outlet'})")
    return tuple(dict.fromkeys(out))


def grade_claim(
    claim: ClaimFacts,
    incident: Sequence[ClaimFacts],
    origins: Sequence[Origin],
    disputes: Sequence[Contradiction],
    reference: Match | None = None,
) -> Grade:
    """Grade one claim of an incident given its origins, contradictions and reference match."""
    of = _origin_of(origins)
    others = [f for f in incident if f.article_id != claim.article_id]
    own_origin = of.get(claim.article_id, claim.article_id)
    independent = {of.get(f.article_id, f.article_id) for f in others} - {own_origin}
    mine = [c for c in disputes if c.involves(claim.key)]
    ref = reference if reference is not None and reference.claim == claim.key else None
    evidence = Evidence(
        claims=tuple(f.key for f in others),
        articles=tuple(dict.fromkeys(f.article_id for f in others)),
        origins=len(independent) + 1,
        agreeing=_agreeing(claim, others) + (ref.agreeing if ref else ()),
        conflicting=tuple(_described(c) for c in mine) + (ref.conflicting if ref else ()),
        reference=ref.describe() if ref else None,
    )
    counted = len(independent) + (1 if ref and not ref.conflicting else 0)
    grade, reason = _decide(claim, incident, mine, of, counted)
    if ref is not None:
        grade, reason = _with_reference(grade, reason, ref, len(independent))
    return Grade(
        claim=claim.key,
        grade=grade,
        reliability=reliability(claim),
        credibility=_credibility(grade, claim, counted),
        evidence=evidence,
        reason=reason,
    )


def _with_reference(grade: str, reason: str, ref: Match, independent: int) -> tuple[str, str]:
    """The grade once a reference match is weighed (see the module docstring)."""
    if grade in ("not_assessed", "discounted"):
        return grade, reason
    if not ref.conflicting:
        if grade == "fair":
            reason += f", one of them reference event {ref.event.label}"
        return grade, reason
    if ref.strong and independent == 0:
        return "discounted", f"reference event {ref.event.label} gives it otherwise"
    return "contested", f"disputed by reference event {ref.event.label}" + (
        f"; {reason}" if grade == "contested" else ""
    )


def _decide(
    claim: ClaimFacts,
    incident: Sequence[ClaimFacts],
    mine: Sequence[Contradiction],
    of: dict[int, int],
    independent: int,
) -> tuple[str, str]:
    if claim.background or claim.kind in NOT_GRADED or claim.family is None:
        return "not_assessed", "background, opinion or no event type"
    if mine and _discounted(claim, mine, of):
        return "discounted", f"stronger evidence gives {mine[0].kind} otherwise"
    if mine:
        return "contested", "disputed: " + ", ".join(c.kind for c in mine)
    if claim.event_type == "claim_responsibility" or _responsible(claim, incident):
        return "confirmed", "a party claims responsibility"
    if independent >= 1:
        return "fair", f"{independent + 1} independent origins report it"
    return "weak", "a single origin reports it"


def _credibility(grade: str, claim: ClaimFacts, independent: int) -> str:
    if grade == "not_assessed":
        return "6"
    if grade == "discounted":
        return "5"
    if grade == "contested" or claim.certainty in DOUBT:
        return "4"
    return "1" if independent >= 2 else "2" if independent == 1 else "3"


def grade(
    incident: Sequence[ClaimFacts],
    origins: Sequence[Origin],
    disputes: Sequence[Contradiction] | None = None,
    references: Mapping[tuple[int, int], Match] | None = None,
) -> dict[tuple[int, int], Grade]:
    """Grade every claim of one incident; contradictions are found when not given.

    ``references`` maps claim keys to their best reference match
    (:func:`warcheck.crosscheck.matches.reference_evidence`).
    """
    if disputes is None:
        disputes = contradictions(incident)
    refs = references or {}
    return {f.key: grade_claim(f, incident, origins, disputes, refs.get(f.key)) for f in incident}
