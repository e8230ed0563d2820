"""Cross-check features: how an article's main incident stands with other outlets' reports.

The articles' documents are clustered into incidents by the cross-check
(:class:`~warcheck.crosscheck.Corpus`); each article's main incident is then
reviewed twice: with every article given (``xc_all``: the training and the
test articles, never their labels) and with the training articles only
(``xc_train``: the article itself and the training articles of its
incident). Each view gives how many other articles and outlets report the
incident, from how many camps and independent origins, which facts other
reports contradict (perpetrator, toll, place, date, a denial), how many
facts they agree on, and the grade of the main claim.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from typing import Any

from warcheck import vocab
from warcheck.credibility.features import Features
from warcheck.crosscheck import Corpus, IncidentReview, article_incidents, camp_of, facts_of
from warcheck.crosscheck.facts import ClaimFacts
from warcheck.crosscheck.review import review_incident

VIEWS = ("xc_all", "xc_train")


def clustered(documents: Mapping[int, Mapping[str, Any]]) -> Corpus:
    """Return the cross-check corpus of these documents (article id -> analysis document)."""
    corpus = Corpus()
    for aid in sorted(documents):
        add_document(corpus, aid, documents[aid])
    return corpus


def add_document(corpus: Corpus, aid: int, doc: Mapping[str, Any]) -> None:
    """Add one article's claim facts and text to ``corpus`` (the document is not kept)."""
    corpus.add(facts_of(aid, None, None, doc), str((doc.get("article") or {}).get("text", "")))


def corroboration(
    documents: Mapping[int, Mapping[str, Any]],
    training: Collection[int],
    names: Mapping[int, str] | None = None,
) -> dict[int, Features]:
    """Return the cross-check features of every article, in both views.

    ``training`` are the ids of the training articles (the ``xc_train`` view
    keeps those and the article itself); ``names`` says how the notes name an
    article (its id when not given), each followed by its outlet.
    """
    views = Corroboration(clustered(documents), training, names)
    return {aid: views.features(aid) for aid in sorted(documents)}


class Corroboration:
    """The cross-check features of the articles of one clustered corpus, one article at a time.

    The incidents are read off the corpus once; each incident's review is kept
    for the other articles that share it. :func:`corroboration` asks it for
    every article at once; the stored assessment
    (:func:`~warcheck.credibility.stored.assess_stored`) a batch at a time,
    without holding the documents.
    """

    def __init__(
        self, corpus: Corpus, training: Collection[int], names: Mapping[int, str] | None = None
    ) -> None:
        self.corpus = corpus
        self.incident_of = article_incidents(corpus)
        self.members = corpus.members()
        self.train = set(training)
        self.names = names or {}
        self.reviews: dict[tuple[Any, frozenset[int]], IncidentReview] = {}

    def features(self, aid: int) -> Features:
        """Article ``aid``'s cross-check features, in both views."""
        f = Features()
        key = self.incident_of.get(aid)
        claims = self.members.get(key, []) if key is not None else []
        for view in VIEWS:
            keep = [c for c in claims if view == "xc_all" or c.article_id in self.train | {aid}]
            found = _review(self.corpus, key, keep, self.reviews) if keep else None
            _put_view(f, view, aid, found, self.names)
        return f


def _review(
    corpus: Corpus,
    key: Any,
    claims: list[ClaimFacts],
    cache: dict[tuple[Any, frozenset[int]], IncidentReview],
) -> IncidentReview:
    ids = frozenset(c.article_id for c in claims)
    if (key, ids) not in cache:
        cache[(key, ids)] = review_incident(corpus, key, claims)
    return cache[(key, ids)]


def _put_view(
    f: Features, view: str, aid: int, found: IncidentReview | None, names: Mapping[int, str]
) -> None:
    """Put one view's features of article ``aid`` given its incident's review."""
    others = sorted({c.article_id for c in found.claims} - {aid}) if found else []
    own_camp = found.camps.get(aid) if found else None
    camps = [found.camps[a] for a in others] if found else []
    outlets = {c.outlet for c in found.claims if c.article_id != aid} if found else set()
    outlet = {c.article_id: c.outlet or "unknown outlet" for c in found.claims} if found else {}
    named = [f"{names.get(a, str(a))} ({outlet[a]})" for a in others]
    note = [f"incident with articles {', '.join(named)}"] if others else []
    f.put(f"{view}:others_log", math.log1p(len(others)))
    f.put(f"{view}:other_outlets_log", math.log1p(len(outlets)))
    f.put(f"{view}:same_camp_log", math.log1p(sum(c == own_camp for c in camps)))
    f.put(f"{view}:other_camp_log", math.log1p(sum(c != own_camp for c in camps)))
    origins = len(found.origins) if found else 1
    f.put(f"{view}:origins_log", math.log1p(max(0, origins - 1)))
    own = [c for c in found.claims if c.article_id == aid] if found else []
    for kind in vocab.CONTRADICTION_KIND:
        hits = [
            c
            for c in (found.contradictions if found else ())
            if c.kind == kind and any(c.involves(x.key) for x in own)
        ]
        f.put(f"{view}:conflict_{kind}", 1.0 if hits else 0.0)
        if hits:
            f.notes.setdefault(f"{view}:conflict_{kind}", []).extend(note + [_said(hits[0])])
    main = next((c for c in own if c.main), own[0] if own else None)
    grade = found.grades.get(main.key) if found and main else None
    agreeing = grade.evidence.agreeing if grade else ()
    f.put(f"{view}:agree_log", math.log1p(len(agreeing)))
    f.notes[f"{view}:agree_log"] = note + list(agreeing[:3])
    for g in vocab.GRADE:
        f.put(f"{view}:grade_{g}", 1.0 if grade and grade.grade == g else 0.0)
    for name in (f"{view}:others_log", f"{view}:other_camp_log", f"{view}:same_camp_log"):
        f.notes[name] = list(note)
    if main is not None:
        f.put(f"{view}:main_claim", 1.0)


def _said(c: Any) -> str:
    return f"{c.kind}: " + " vs ".join(
        f"{v.value} ({', '.join(o or 'unknown outlet' for o in v.outlets)})" for v in c.values
    )


def outlet_camp(outlet: str | None) -> str:
    """The outlet's camp as the cross-check knows it (``"unknown camp"`` when not known)."""
    return camp_of(outlet)
