"""Wording: the article's words as features, and the logistic model that reads them.

Each word of the article (lower-cased runs of letters) is a feature
``word:<word>`` worth ``1 + log(count)``, the article's vector scaled to unit
length, with the first few spans where the word occurs. The wording model
(:func:`fit`) is an L2-regularised logistic regression over the
:data:`WORDS` words found in most training articles (at least
:data:`MIN_ARTICLES` of them), fitted by Newton's method on the values
centred on their training means but not rescaled (a rare word keeps a small
value). It is a bag of words: it learns which words went with which label in
FA-KES, and many of them say where and by whom an article was written
("terrorists", "regime", "Raqqa") rather than whether its facts held.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Sequence

import numpy as np

from warcheck.credibility.logistic import Logistic

GROUP = "word"
WORDS = 1000
MIN_ARTICLES = 2
SPANS = 3
NEWTON = 50
TOLERANCE = 1e-9
TOKEN = re.compile(r"[A-Za-z]+")


Word = tuple[str, float, list[tuple[int, int, str]]]


def word_features(text: str) -> list[Word]:
    """The article's word features (see the module): name, value and spans of each word."""
    seen: dict[str, list[tuple[int, int, str]]] = {}
    counts: Counter[str] = Counter()
    for m in TOKEN.finditer(text):
        word = m.group().lower()
        counts[word] += 1
        spans = seen.setdefault(word, [])
        if len(spans) < SPANS:
            spans.append((m.start(), m.end(), m.group()))
    weights = {w: 1.0 + math.log(c) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return [(f"{GROUP}:{w}", weights[w] / norm, seen[w]) for w in sorted(weights)]


def vocabulary(rows: Sequence[dict[str, float]], size: int = WORDS) -> list[str]:
    """The ``size`` word features found in most of the rows (ties by name), sorted."""
    found = Counter(n for r in rows for n in r if n.startswith(GROUP + ":"))
    kept = sorted((n for n, c in found.items() if c >= MIN_ARTICLES), key=lambda n: (-found[n], n))
    return sorted(kept[:size])


def names_with(rows: Sequence[dict[str, float]], groups: Collection[str]) -> list[str]:
    """The wording model's features: the vocabulary and the features of ``groups``."""
    extra = {n for r in rows for n in r if n.split(":", 1)[0] in groups}
    return sorted(extra) + vocabulary(rows)


def fit(
    rows: Sequence[dict[str, float]], labels: Sequence[int], names: Sequence[str], penalty: float
) -> Logistic:
    """Fit the wording model: mean log-loss plus ``penalty / 2`` times the squared weights."""
    x = np.array([[r.get(n, 0.0) for n in names] for r in rows], dtype=float).reshape(
        len(rows), len(names)
    )
    means = x.mean(axis=0) if len(rows) else np.zeros(len(names))
    a = np.hstack([x - means, np.ones((len(rows), 1))])
    y = np.asarray(labels, dtype=float)
    reg = np.full(len(names) + 1, penalty)
    reg[-1] = 1e-9  # the bias: (almost) unpenalised
    theta = np.zeros(len(names) + 1)
    for _ in range(NEWTON):
        p = 1.0 / (1.0 + np.exp(-np.clip(a @ theta, -30, 30)))
        grad = a.T @ (p - y) / len(y) + reg * theta
        hess = (a.T * (p * (1 - p))) @ a / len(y) + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        theta -= step
        if float(np.max(np.abs(step), initial=0.0)) < TOLERANCE:
            break
    weights = tuple(float(w) for w in theta[:-1])
    return Logistic(
        tuple(names), tuple(float(m) for m in means), (1.0,) * len(names), weights, float(theta[-1])
    )
