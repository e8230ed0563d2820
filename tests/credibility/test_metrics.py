"""The scores of probabilistic predictions."""

from __future__ import annotations

import pytest

from warcheck.credibility import metrics


def test_perfect_and_reversed_rankings() -> None:
    labels = [0, 0, 1, 1]
    assert metrics.roc_auc(labels, [0.1, 0.2, 0.8, 0.9]) == 1.0
    assert metrics.roc_auc(labels, [0.9, 0.8, 0.2, 0.1]) == 0.0
    assert metrics.roc_auc(labels, [0.5, 0.5, 0.5, 0.5]) == 0.5  # ties count half
    assert metrics.roc_auc([1, 1], [0.2, 0.3]) is None


def test_accuracy_f1_brier() -> None:
    labels, probs = [1, 0, 1, 0], [0.9, 0.6, 0.4, 0.1]
    assert metrics.accuracy(labels, probs) == 0.5
    assert metrics.f1(labels, probs) == pytest.approx(0.5)  # tp 1, fp 1, fn 1
    assert metrics.brier(labels, probs) == pytest.approx((0.01 + 0.36 + 0.36 + 0.01) / 4)


def test_reliability_table_bins_every_prediction_once() -> None:
    labels, probs = [1, 0, 1, 1, 0], [0.95, 0.05, 1.0, 0.55, 0.51]
    table = metrics.reliability(labels, probs)
    assert sum(row["n"] for row in table) == 5
    top = next(row for row in table if row["bin"] == "0.9-1.0")
    assert top["n"] == 2 and top["positive_share"] == 1.0
    middle = next(row for row in table if row["bin"] == "0.5-0.6")
    assert middle["positive_share"] == 0.5
