"""The cross-check: incidents across articles, independent origins, contradictions, grades.

A pure library over the analysis documents the corpus store keeps:
:func:`facts_of` turns one article's document into claim facts,
:class:`Corpus` clusters the claims of many articles into incidents as they
are added, :func:`origins` tells copies from independent reports,
:func:`contradictions` names what the claims of one incident disagree on, and
:func:`grade` grades each claim with its evidence; :func:`review` does all
of it for the incidents of a corpus (what the corpus store calls).
:func:`read_reference` reads ACLED and UCDP GED events, :func:`match` and
:func:`reference_evidence` match claims to them for the grades.
"""

from __future__ import annotations

from warcheck.crosscheck.contradictions import Contradiction, Version, contradictions
from warcheck.crosscheck.facts import ClaimFacts, facts_of
from warcheck.crosscheck.grades import Evidence, Grade, grade
from warcheck.crosscheck.incidents import Corpus, Rules, article_incidents
from warcheck.crosscheck.matches import Match, match, reference_evidence
from warcheck.crosscheck.origins import UNKNOWN_CAMP, Origin, camp_of, origins
from warcheck.crosscheck.reference import ReferenceEvent, read_reference
from warcheck.crosscheck.review import IncidentReview, review

__all__ = [
    "UNKNOWN_CAMP",
    "ClaimFacts",
    "Contradiction",
    "Corpus",
    "Evidence",
    "Grade",
    "IncidentReview",
    "Match",
    "Origin",
    "ReferenceEvent",
    "Rules",
    "Version",
    "article_incidents",
    "camp_of",
    "contradictions",
    "facts_of",
    "grade",
    "match",
    "origins",
    "read_reference",
    "reference_evidence",
    "review",
]
