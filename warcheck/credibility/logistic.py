"""L2-regularised logistic regression in plain Python: small, deterministic, explainable.

Features are standardised (mean 0, unit deviation on the training rows; a
constant feature is left at 0) and the weights are fitted by full-batch
gradient descent with Nesterov momentum from zero, for a fixed number of
steps or until the gradient is negligible. There is no randomness: the same
rows give the same weights. A prediction's log-odds is the bias plus one
term per feature, so each term is that feature's contribution.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from operator import mul

STEPS = 400
RATE = 0.5
TOLERANCE = 1e-6


@dataclass(frozen=True)
class Logistic:
    """A fitted model: feature names, their standardisation, weights and bias."""

    names: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    def standardise(self, values: dict[str, float]) -> list[float]:
        """Return the standardised vector of one row given as name -> value."""
        return [
            (values.get(n, 0.0) - m) / s
            for n, m, s in zip(self.names, self.means, self.scales, strict=True)
        ]

    def contributions(self, values: dict[str, float]) -> dict[str, float]:
        """Return each feature's term of the log-odds (zero terms left out)."""
        x = self.standardise(values)
        return {n: w * v for n, w, v in zip(self.names, self.weights, x, strict=True) if w * v}

    def probability(self, values: dict[str, float]) -> float:
        """Return the probability of the positive class for one row."""
        x = self.standardise(values)
        return sigmoid(self.bias + sum(map(mul, self.weights, x)))


def sigmoid(z: float) -> float:
    """The logistic function, safe for large ``|z|``."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _scaling(rows: Sequence[dict[str, float]], names: Sequence[str]) -> tuple[list, list]:
    n = len(rows)
    means, scales = [], []
    for name in names:
        col = [r.get(name, 0.0) for r in rows]
        mean = sum(col) / n
        var = sum((v - mean) ** 2 for v in col) / n
        means.append(mean)
        scales.append(math.sqrt(var) if var > 1e-12 else 1.0)
    return means, scales


def fit(
    rows: Sequence[dict[str, float]],
    labels: Sequence[int],
    names: Sequence[str],
    penalty: float,
    steps: int = STEPS,
) -> Logistic:
    """Fit the model on rows (name -> value) with 0/1 labels and an L2 ``penalty``.

    The objective is the mean log-loss plus ``penalty / 2`` times the squared
    weights (the bias is not penalised).
    """
    means, scales = _scaling(rows, names)
    shell = Logistic(tuple(names), tuple(means), tuple(scales), (0.0,) * len(names), 0.0)
    x = [shell.standardise(r) for r in rows]
    columns = [list(c) for c in zip(*x, strict=True)] if x else []
    n, d = len(x), len(names)
    w, b = [0.0] * d, 0.0
    vw, vb = [0.0] * d, 0.0
    for t in range(steps):
        momentum = t / (t + 3)
        lw = [wi + momentum * v for wi, v in zip(w, vw, strict=True)]
        lb = b + momentum * vb
        resid = [sigmoid(lb + sum(map(mul, lw, row))) - y for row, y in zip(x, labels, strict=True)]
        grad = [
            sum(map(mul, col, resid)) / n + penalty * wi
            for col, wi in zip(columns, lw, strict=False)
        ]
        gb = sum(resid) / n
        vw = [momentum * v - RATE * g for v, g in zip(vw, grad, strict=True)]
        vb = momentum * vb - RATE * gb
        w = [wi + v for wi, v in zip(w, vw, strict=True)]
        b += vb
        if max(map(abs, grad), default=0.0) < TOLERANCE and abs(gb) < TOLERANCE:
            break
    return Logistic(tuple(names), tuple(means), tuple(scales), tuple(w), b)
