"""The cross-check: incidents across articles, independent origins, contradictions, grades.

A pure library over the analysis documents the corpus store keeps:
:func:`facts_of` turns one article's document into claim facts,
:class:`Corpus` clusters the claims of many articles into incidents as they
are added, :func:`origins` tells copies from independent reports,
:func:`contradictions` names what the claims of one incident disagree on, and
:func:`grade` grades each claim with its evidence.
"""

from __future__ import annotations

from warcheck.crosscheck.facts import ClaimFacts, facts_of
from warcheck.crosscheck.incidents import Corpus, Rules, article_incidents

__all__ = ["ClaimFacts", "Corpus", "Rules", "article_incidents", "facts_of"]
