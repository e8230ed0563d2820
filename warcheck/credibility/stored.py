"""The credibility model over a corpus store: every stored article assessed, in context.

:func:`assess_stored` reads the store's analysis documents, computes each
article's own features and its cross-check features against every other
stored article (the same clustering as :mod:`~warcheck.crosscheck`, here
without labels: both views see the whole store) and hands one row per
article back to the store's ``article_assessments`` table.

What is stored is the outlet-free model's probability and its reasons: an
assessment of what the article says and how other outlets' reports of the
same incident stand with it, never of who published it. It is a model of
the FA-KES labels (facts matched against one documentation centre's
records), labelled as such in every row, not a verdict. The credibility layer
does not import the store: it talks to anything with the methods of
:class:`AssessmentStore`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from warcheck.credibility.assessment import WHAT, assess
from warcheck.credibility.corroboration import Corroboration, add_document, corroboration
from warcheck.credibility.features import Features, article_features
from warcheck.credibility.modelfile import FILE, shipped
from warcheck.credibility.training import Model
from warcheck.crosscheck import Corpus, camp_of

MODEL = "without_outlet"
"""The shipped model whose probability is stored: the one blind to the outlet and its camp."""

LABEL = WHAT + "; assessed against every other article in the store"

BATCH = 200
"""How many documents :func:`assess_stored` holds (and writes the rows of) at a time."""


class AssessmentStore(Protocol):
    """What the assessment needs of a store (``warcheck.Store`` has these methods)."""

    def crosscheck_inputs(self) -> Iterator[tuple[int, str | None, str | None, Any, bool]]:
        """Yield ``(article id, outlet, published, document, already cross-checked)``."""
        ...

    def write_assessments(self, rows: list[dict[str, Any]]) -> None:
        """Replace the assessments of these rows' articles."""
        ...


def assess_stored(
    store: AssessmentStore, models: dict[str, Model] | None = None, *, batch: int = BATCH
) -> int:
    """Assess every stored article and write the rows; return how many were written.

    Two passes over the store's documents, neither holding them: the first
    adds each article's claim facts and text to the clustering (what the
    cross-check keeps of an article), the second assesses ``batch`` documents
    at a time against it and writes their rows before reading the next ones.
    """
    models = models if models is not None else shipped()[0]
    corpus = Corpus()
    names: dict[int, str] = {}
    for aid, _outlet, _published, document, _done in store.crosscheck_inputs():
        add_document(corpus, aid, document)
        names[aid] = _name(aid)
    views = Corroboration(corpus, training=set(names), names=names)  # the whole store
    at = _now()
    written = 0
    for chunk in _batches(store.crosscheck_inputs(), batch):
        rows = [_row(aid, doc, out, views.features(aid), models, at) for aid, out, doc in chunk]
        store.write_assessments(rows)
        written += len(rows)
    return written


def assessment_rows(
    documents: dict[int, dict[str, Any]],
    outlets: dict[int, str | None],
    models: dict[str, Model],
) -> list[dict[str, Any]]:
    """One ``article_assessments`` row per document (see :func:`assess_stored`), all in memory."""
    names = {aid: _name(aid) for aid in documents}
    context = corroboration(documents, list(documents), names)
    at = _now()
    return [
        _row(aid, documents[aid], outlets.get(aid), context[aid], models, at)
        for aid in sorted(documents)
    ]


def _batches(
    inputs: Iterable[tuple[int, str | None, str | None, Any, bool]], size: int
) -> Iterator[list[tuple[int, str | None, Any]]]:
    """The store's ``(article id, outlet, document)``, ``size`` at a time."""
    chunk: list[tuple[int, str | None, Any]] = []
    for aid, outlet, _published, document, _done in inputs:
        chunk.append((aid, outlet, document))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _name(aid: int) -> str:
    return f"article {aid}"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _row(
    aid: int,
    document: dict[str, Any],
    outlet: str | None,
    context: Features,
    models: dict[str, Model],
    at: str,
) -> dict[str, Any]:
    """One article's ``article_assessments`` row: its own features and the cross-check's."""
    features = article_features(document, camp_of(outlet))
    features.add(context)
    found = assess(models[MODEL], features)
    return {
        "article_id": aid,
        "model": f"{FILE}#{MODEL}",
        "probability": found["probability_credible"],
        "label": LABEL,
        "reasons": json.dumps(found["reasons"], ensure_ascii=False),
        "assessed_at": at,
    }
