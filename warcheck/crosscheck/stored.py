"""The cross-check over a corpus store: cluster its claims, review the incidents, store them.

:func:`crosscheck` reads the store's analysis documents, adds them to a
:class:`~warcheck.crosscheck.incidents.Corpus` (the articles already
cross-checked first, then the new ones), reviews the incidents the new
articles touched (all of them with ``full=True``) and hands plain rows back to
the store, which replaces those incidents in one transaction and keeps each
claim's grade history. The claims of the reviewed incidents are matched to
the store's reference events first (ACLED, UCDP GED:
:mod:`~warcheck.crosscheck.stored_references`), their matches written to
``reference_matches`` and weighed in the grades. The crosscheck layer does not
import the store: it talks to anything with the methods of
:class:`IncidentStore` (and, for reference data, of ``ReferenceStore``).

Because clustering does not depend on the order articles arrive in, the
incidents after an incremental run are those a full run gives.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from warcheck.crosscheck.contradictions import Contradiction
from warcheck.crosscheck.facts import RADIUS_KM, ClaimFacts, facts_of
from warcheck.crosscheck.grades import Grade
from warcheck.crosscheck.incidents import ClaimKey, Corpus, Rules
from warcheck.crosscheck.partitions import MapLike, Scheme
from warcheck.crosscheck.review import Clustering, IncidentReview, review
from warcheck.crosscheck.stored_references import match_incidents
from warcheck.vocab import GRADE

# An incident's grade: "contested" when any claim is, else the first of these its claims have.
INCIDENT_GRADE_ORDER = ("confirmed", "fair", "weak", "discounted", "not_assessed")
TOWN_KM = RADIUS_KM["town"]  # the coarsest place an incident prefers when it has one


class IncidentStore(Protocol):
    """What the cross-check needs of a store (``warcheck.Store`` has these methods)."""

    def crosscheck_inputs(self) -> Iterator[tuple[int, str | None, str | None, Any, bool]]:
        """Yield ``(article id, outlet, published, document, already cross-checked)``."""
        ...

    def write_incidents(
        self, incidents: list[dict[str, Any]], new_articles: list[int], *, full: bool
    ) -> None:
        """Replace the incidents containing these incidents' claims; mark articles done."""
        ...


@dataclass(frozen=True)
class CrosscheckReport:
    """What a cross-check run did: articles read and new, incidents written."""

    articles: int
    new_articles: int
    incidents: int
    claims: int


def crosscheck(
    store: IncidentStore,
    *,
    full: bool = False,
    rules: Rules | None = None,
    partition: str | Scheme | None = None,
    workers: int = 1,
    map: MapLike | None = None,  # noqa: A002 - as partitions.cluster_partitioned
) -> CrosscheckReport:
    """Cluster the store's claims into incidents, grade them, and store the result.

    Args:
        store: an open store.
        full: review and rewrite every incident, not only those new articles touched.
        rules: clustering rules (the defaults of :class:`Rules` when not given).
        partition: cluster by partitions (:mod:`~warcheck.crosscheck.stored_partitions`):
            ``"months"`` (an incremental run reads only the articles the new ones'
            months reach; links across months are lost, see docs/crosscheck.md),
            ``"blocks"`` (exact, reads everything) or a ``Months``/``Blocks`` scheme.
        workers: processes clustering the partitions (with ``partition``; 1: this one).
        map: a ``map`` to cluster the partitions with instead (a Dask client's
            :func:`~warcheck.crosscheck.partitions.dask_map`).
    """
    if partition is not None or map is not None:
        from warcheck.crosscheck.stored_partitions import crosscheck_partitioned

        return crosscheck_partitioned(
            store, full=full, rules=rules, scheme=partition, workers=workers, map=map
        )
    if not full and _nothing_new(store):
        return CrosscheckReport(articles=_count(store), new_articles=0, incidents=0, claims=0)
    corpus = Corpus(rules)
    new: list[tuple[list[ClaimFacts], str]] = []
    new_ids: list[int] = []
    seen = 0
    for aid, outlet, published, document, done in store.crosscheck_inputs():
        seen += 1
        facts = facts_of(aid, outlet, published, document)
        text = str((document.get("article") or {}).get("text", ""))
        if done and not full:
            corpus.add(facts, text)
        else:
            new.append((facts, text))
            new_ids.append(aid)
    corpus.take_changed()
    corpus.add_many(new)
    touched = corpus.take_changed()
    return finish(store, corpus, None if full else touched, new_ids, full=full, seen=seen)


def finish(
    store: IncidentStore,
    clusters: Clustering,
    keys: set[ClaimKey] | None,
    new_ids: list[int],
    *,
    full: bool,
    seen: int,
) -> CrosscheckReport:
    """Match, review and grade these incidents (all when ``None``), store them, report."""
    references = match_incidents(store, clusters, keys)  # stores without reference data: {}
    reviews = review(clusters, keys, references)
    rows = [incident_row(r) for r in reviews]
    store.write_incidents(rows, new_ids, full=full)
    return CrosscheckReport(
        articles=seen,
        new_articles=len(new_ids),
        incidents=len(rows),
        claims=sum(len(r["claims"]) for r in rows),
    )


def _nothing_new(store: Any) -> bool:
    """Whether every article was cross-checked before (stores that cannot tell: no)."""
    if not hasattr(store, "partition_inputs"):
        return False
    return next(iter(store.partition_inputs().placements(new_only=True)), None) is None


def _count(store: Any) -> int:
    return int(store.count("articles")) if hasattr(store, "count") else 0


def incident_grade(grades: Iterable[str]) -> str:
    """The incident's grade: contested when any claim is, else its claims' best grade."""
    found = set(grades)
    if "contested" in found:
        return "contested"
    for g in INCIDENT_GRADE_ORDER:
        if g in found:
            return g
    return "not_assessed"


def incident_row(r: IncidentReview) -> dict[str, Any]:
    """One reviewed incident as the plain row the store writes (claims by key)."""
    main = (
        [c for c in r.claims if c.main and not c.background]
        or [c for c in r.claims if not c.background]
        or list(r.claims)
    )
    types = Counter(c.event_type for c in main if c.event_type)
    families = Counter(c.family for c in main if c.family)
    days_from = [c.day_from for c in main if c.day_from is not None]
    days_to = [c.day_to for c in main if c.day_to is not None]
    place = incident_place(r.claims)
    return {
        "key": r.key,
        "event_type": types.most_common(1)[0][0] if types else None,
        "family": families.most_common(1)[0][0] if families else None,
        "date_from": _iso(min(days_from)) if days_from else None,
        "date_to": _iso(max(days_to)) if days_to else None,
        "place_claim": place.key if place else None,
        "grade": incident_grade(g.grade for g in r.grades.values()),
        "camps": sorted(set(r.camps.values())),
        "outlets": len({c.outlet for c in r.claims}),
        "claims": [_claim_row(r.grades[c.key]) for c in r.claims],
        "origins": _origin_rows(r),
        "contradictions": [_contradiction_row(c) for c in r.contradictions],
    }


def incident_place(claims: Iterable[ClaimFacts]) -> ClaimFacts | None:
    """The claim whose place is the incident's: the town-or-finer place most articles name.

    Places vaguer than a town (``TOWN_KM``) count only when no claim names a
    finer one; ties go to the more precise place, then the earlier claim.
    """
    placed = [c for c in claims if c.lat is not None and not c.background]
    pool = [c for c in placed if (c.radius_km or 1e9) <= TOWN_KM] or placed
    if not pool:
        return None
    articles: dict[str | None, set[int]] = {}
    for c in pool:
        articles.setdefault(c.place, set()).add(c.article_id)
    return min(pool, key=lambda c: (-len(articles[c.place]), c.radius_km or 1e9, c.key))


def _iso(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def _claim_row(g: Grade) -> dict[str, Any]:
    assert g.grade in GRADE, g.grade
    e = g.evidence
    return {
        "key": g.claim,
        "grade": g.grade,
        "reliability": g.reliability,
        "credibility": g.credibility,
        "reason": g.reason,
        "evidence": {
            "claims": [list(k) for k in e.claims],
            "articles": list(e.articles),
            "origins": e.origins,
            "agreeing": list(e.agreeing),
            "conflicting": list(e.conflicting),
            "reference": e.reference,
        },
    }


def _origin_rows(r: IncidentReview) -> list[dict[str, Any]]:
    rows: dict[int, dict[str, Any]] = {}
    for o in r.origins:
        for aid in (o.article_id, *o.copies):
            rows[aid] = {
                "article_id": aid,
                "origin_id": o.article_id,
                "links": sorted(o.links) if aid != o.article_id else [],
                "wire": o.wire,
            }
    for aid in r.camps:
        rows.setdefault(aid, {"article_id": aid, "origin_id": aid, "links": [], "wire": None})
    return [rows[a] for a in sorted(rows)]


def _contradiction_row(c: Contradiction) -> dict[str, Any]:
    values = [
        {
            "value": v.value,
            "claims": [list(k) for k in v.claims],
            "articles": list(v.articles),
            "outlets": list(v.outlets),
        }
        for v in c.values
    ]
    described = "; ".join(
        f"{v.value} ({', '.join(o or 'unknown outlet' for o in v.outlets)})" for v in c.values
    )
    return {"kind": c.kind, "description": f"{c.kind}: {described}", "values": values}
