"""Scores of probabilistic predictions: accuracy, F1, ROC AUC, Brier score, reliability.

The positive class is 1 (credible in FA-KES). Accuracy and F1 threshold the
probability at 0.5; ROC AUC is the probability that a random positive is
ranked above a random negative (ties count half); the Brier score is the
mean squared difference between probability and label; the reliability
table bins the probabilities in tenths and gives, per bin, how many there
are, their mean probability and the share that are positive.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

THRESHOLD = 0.5
BINS = 10


def accuracy(labels: Sequence[int], probs: Sequence[float]) -> float:
    """Share of rows whose thresholded probability equals the label."""
    return sum((p >= THRESHOLD) == bool(y) for y, p in zip(labels, probs, strict=True)) / max(
        1, len(labels)
    )


def f1(labels: Sequence[int], probs: Sequence[float]) -> float:
    """F1 of the positive class."""
    pairs = list(zip(labels, probs, strict=True))
    tp = sum(1 for y, p in pairs if y and p >= THRESHOLD)
    fp = sum(1 for y, p in pairs if not y and p >= THRESHOLD)
    fn = sum(1 for y, p in pairs if y and p < THRESHOLD)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def roc_auc(labels: Sequence[int], probs: Sequence[float]) -> float | None:
    """Area under the ROC curve by ranks (ties averaged); ``None`` with one class only."""
    order = sorted(range(len(probs)), key=lambda i: probs[i])
    ranks = [0.0] * len(probs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and probs[order[j + 1]] == probs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    pos = sum(1 for y in labels if y)
    neg = len(labels) - pos
    if not pos or not neg:
        return None
    rank_sum = sum(r for r, y in zip(ranks, labels, strict=True) if y)
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def brier(labels: Sequence[int], probs: Sequence[float]) -> float:
    """Mean squared difference between probability and label."""
    return sum((p - y) ** 2 for y, p in zip(labels, probs, strict=True)) / max(1, len(labels))


def scores(labels: Sequence[int], probs: Sequence[float]) -> dict[str, float | None]:
    """Accuracy, F1, ROC AUC and Brier score, rounded to four places."""
    auc = roc_auc(labels, probs)
    return {
        "accuracy": round(accuracy(labels, probs), 4),
        "f1": round(f1(labels, probs), 4),
        "roc_auc": round(auc, 4) if auc is not None else None,
        "brier": round(brier(labels, probs), 4),
    }


def reliability(labels: Sequence[int], probs: Sequence[float]) -> list[dict[str, Any]]:
    """The reliability table: per tenth of probability, count, mean probability, positive share."""
    table = []
    for b in range(BINS):
        lo, hi = b / BINS, (b + 1) / BINS
        inside = [
            (y, p)
            for y, p in zip(labels, probs, strict=True)
            if lo <= p < hi or (b == BINS - 1 and p == 1.0)
        ]
        if not inside:
            continue
        table.append(
            {
                "bin": f"{lo:.1f}-{hi:.1f}",
                "n": len(inside),
                "mean_probability": round(sum(p for _, p in inside) / len(inside), 4),
                "positive_share": round(sum(y for y, _ in inside) / len(inside), 4),
            }
        )
    return table
