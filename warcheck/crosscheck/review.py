"""Review: a corpus's incidents with their origins, contradictions and graded claims.

This is what the corpus store calls after an ingest: :func:`review` takes a
:class:`~warcheck.crosscheck.incidents.Corpus` and returns, per incident
(all of them, or only those named), its claims, the origins among its
articles, the contradictions between them and every claim's grade.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from warcheck.crosscheck.contradictions import Contradiction, contradictions
from warcheck.crosscheck.facts import ClaimFacts
from warcheck.crosscheck.grades import Grade, grade
from warcheck.crosscheck.incidents import ClaimKey
from warcheck.crosscheck.matches import Match
from warcheck.crosscheck.origins import Origin, camp_of, origins


class Clustering(Protocol):
    """What a review needs of clustered articles (a :class:`Corpus` has it)."""

    @property
    def facts(self) -> Mapping[int, Sequence[ClaimFacts]]:
        """Article id -> its claims' facts."""
        ...

    @property
    def texts(self) -> Mapping[int, str]:
        """Article id -> its text."""
        ...

    def members(self) -> Mapping[ClaimKey, list[ClaimFacts]]:
        """Incident key -> the facts of its claims, in key order."""
        ...


@dataclass(frozen=True)
class IncidentReview:
    """One incident: its claims, origins, contradictions and grades (claim key -> grade).

    ``camps`` maps each article to its outlet's camp (``"unknown camp"`` when
    the outlet is not in the knowledge files). ``references`` holds the best
    reference-event match of each of its claims that has one.
    """

    key: ClaimKey
    claims: tuple[ClaimFacts, ...]
    origins: tuple[Origin, ...]
    contradictions: tuple[Contradiction, ...]
    grades: dict[ClaimKey, Grade]
    camps: dict[int, str]
    references: dict[ClaimKey, Match] = field(default_factory=dict)


def review_incident(
    corpus: Clustering,
    key: ClaimKey,
    claims: list[ClaimFacts],
    references: Mapping[ClaimKey, Match] | None = None,
) -> IncidentReview:
    """Review one incident of a corpus given its claims (and their reference matches)."""
    refs = {f.key: references[f.key] for f in claims if references and f.key in references}
    articles = sorted({f.article_id for f in claims})
    found = origins(
        {a: corpus.texts[a] for a in articles},
        {a: corpus.facts[a][0].published for a in articles},
    )
    disputes = contradictions(claims)
    return IncidentReview(
        key=key,
        claims=tuple(claims),
        origins=tuple(found),
        contradictions=tuple(disputes),
        grades=grade(claims, found, disputes, refs),
        camps={a: camp_of(corpus.facts[a][0].outlet) for a in articles},
        references=refs,
    )


def review(
    corpus: Clustering,
    keys: Iterable[ClaimKey] | None = None,
    references: Mapping[ClaimKey, Match] | None = None,
) -> list[IncidentReview]:
    """Review the incidents of a corpus (those with these keys when given), in key order.

    ``references`` maps claim keys to their best reference match
    (:func:`~warcheck.crosscheck.matches.reference_evidence`), weighed in the grades.
    """
    members = corpus.members()
    wanted = sorted(members) if keys is None else sorted(set(keys) & set(members))
    return [review_incident(corpus, k, members[k], references) for k in wanted]
