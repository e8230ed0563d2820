"""Assessments: articles turned into feature rows, and a model's probability explained.

:func:`featurise` analyses every article (with its outlet, without a date),
reads its own features and its cross-check features against all the
articles given; :func:`assess` gives one article's probability of being
labelled credible and the features that moved it most, in words, with the
spans and incidents behind them. The probability is a model of the FA-KES
labels (facts matched against one documentation centre's records), not a
verdict on the article or its outlet.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from warcheck.analysis.pipeline import analyze_article
from warcheck.credibility.corroboration import corroboration
from warcheck.credibility.features import GROUPS, Features, article_features, group_of
from warcheck.credibility.training import Model
from warcheck.crosscheck import camp_of
from warcheck.errors import WarcheckError
from warcheck.read.article import read

TOP = 3
WHAT = (
    "the probability that FA-KES would label this article credible (its facts matching the "
    "Violations Documentation Center's records), from warcheck's analysis or the article's "
    "words: not a verdict"
)


@dataclass(frozen=True)
class Example:
    """One article to assess: its text (title line first), outlet, 0/1 label if known, name.

    The name is how the cross-check's notes refer to the article (its index when ``None``).
    """

    text: str
    outlet: str | None = None
    label: int | None = None
    name: str | None = None


def document_of(example: Example) -> dict[str, Any]:
    """The article's analysis document; an empty one when it cannot be analysed."""
    try:
        return analyze_article(read(example.text, outlet=example.outlet or None)).to_dict()
    except WarcheckError:
        return {"article": {"text": example.text, "outlet": example.outlet}}


def featurise(examples: Sequence[Example], training: Collection[int]) -> list[Features]:
    """Analyse the examples and return each one's features (own and cross-check).

    ``training`` are the indices of the training examples: the cross-check's
    ``xc_train`` view uses those only; no label is read.
    """
    documents = {i: document_of(e) for i, e in enumerate(examples)}
    out = []
    for i, e in enumerate(examples):
        f = article_features(documents[i], camp_of(e.outlet))
        out.append(f)
    names = {i: e.name for i, e in enumerate(examples) if e.name}
    for i, xc in corroboration(documents, training, names).items():
        out[i].add(xc)
    return out


def _words(model: Model, name: str, value: float) -> str:
    group, _, key = name.partition(":")
    mean = model.means[model.names.index(name)]
    level = "higher" if value > mean else "lower"
    what = f"{GROUPS.get(group, group)} {key.replace('_', ' ')}"
    return f"{what}: {value:.3g} ({level} than the training mean {mean:.3g})"


def reasons(model: Model, features: Features, top: int = TOP) -> list[dict[str, Any]]:
    """The ``top`` features that moved the log-odds most, in words, with what is behind them."""
    terms = model.contributions(features.values)
    ranked = sorted(terms.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:top]
    out = []
    for name, term in ranked:
        value = features.values.get(name, 0.0)
        out.append(
            {
                "feature": name,
                "group": group_of(name),
                "contribution": round(term, 4),
                "towards": "credible" if term > 0 else "not credible",
                "reason": _words(model, name, value),
                "spans": [
                    {"start": s, "end": e, "text": t} for s, e, t in features.spans.get(name, [])
                ],
                "incidents": list(features.notes.get(name, [])),
            }
        )
    return out


def assess(model: Model, features: Features, top: int = TOP) -> dict[str, Any]:
    """One article's assessment: probability, what it is, and the top reasons."""
    return {
        "probability_credible": round(model.probability(features.values), 4),
        "what": WHAT,
        "reasons": reasons(model, features, top),
    }


def assess_alone(document: dict[str, Any], models: dict[str, Model]) -> dict[str, Any]:
    """The assessment of one article on its own, by the full and the outlet-free models.

    With no other articles, the cross-check features are those of an incident
    nobody else reports (as for a third of the FA-KES training articles).
    The reasons are the outlet-free model's, so that they speak of the
    article and not of who published it.
    """
    article = document.get("article") or {}
    features = article_features(document, camp_of(article.get("outlet")))
    xc = corroboration({0: document}, [0])[0]
    features.add(xc)
    content = assess(models["without_outlet"], features)
    return {
        "probability_credible": round(models["full"].probability(features.values), 4),
        "probability_credible_without_outlet": content["probability_credible"],
        "what": WHAT + "; the article assessed alone, without other outlets' reports",
        "reasons": content["reasons"],
    }
