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
from collections.abc import Iterator
from typing import Any, Protocol

from warcheck.credibility.assessment import WHAT, assess
from warcheck.credibility.corroboration import corroboration
from warcheck.credibility.features import article_features
from warcheck.credibility.modelfile import FILE, shipped
from warcheck.credibility.training import Model
from warcheck.crosscheck import camp_of

MODEL = "without_outlet"
"""The shipped model whose probability is stored: the one blind to the outlet and its camp."""

LABEL = WHAT + "; assessed against every other article in the store"


class AssessmentStore(Protocol):
    """What the assessment needs of a store (``warcheck.Store`` has these methods)."""

    def crosscheck_inputs(self) -> Iterator[tuple[int, str | None, str | None, Any, bool]]:
        """Yield ``(article id, outlet, published, document, already cross-checked)``."""
        ...

    def write_assessments(self, rows: list[dict[str, Any]]) -> None:
        """Replace the assessments of these rows' articles."""
        ...


def assess_stored(store: AssessmentStore, models: dict[str, Model] | None = None) -> int:
    """Assess every stored article and write the rows; return how many were written."""
    models = models if models is not None else shipped()[0]
    documents: dict[int, dict[str, Any]] = {}
    outlets: dict[int, str | None] = {}
    for aid, outlet, _published, document, _done in store.crosscheck_inputs():
        documents[aid] = document
        outlets[aid] = outlet
    rows = assessment_rows(documents, outlets, models)
    store.write_assessments(rows)
    return len(rows)


def assessment_rows(
    documents: dict[int, dict[str, Any]],
    outlets: dict[int, str | None],
    models: dict[str, Model],
) -> list[dict[str, Any]]:
    """One ``article_assessments`` row per document (see :func:`assess_stored`)."""
    names = {aid: f"article {aid}" for aid in documents}
    context = corroboration(documents, list(documents), names)
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    rows = []
    for aid in sorted(documents):
        features = article_features(documents[aid], camp_of(outlets.get(aid)))
        features.add(context[aid])
        found = assess(models[MODEL], features)
        rows.append(
            {
                "article_id": aid,
                "model": f"{FILE}#{MODEL}",
                "probability": found["probability_credible"],
                "label": LABEL,
                "reasons": json.dumps(found["reasons"], ensure_ascii=False),
                "assessed_at": at,
            }
        )
    return rows
