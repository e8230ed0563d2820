"""Boosted trees: they learn a conjunction, are deterministic, and their contributions add up."""

from __future__ import annotations

from warcheck.credibility.logistic import sigmoid
from warcheck.credibility.modelfile import model_dict, model_from
from warcheck.credibility.trees import fit


def _xor() -> tuple[list[dict[str, float]], list[int]]:
    rows = [{"a": float(i % 2), "b": float((i // 2) % 2), "noise": float(i % 5)} for i in range(80)]
    return rows, [int(r["a"] == r["b"] == 1.0) for r in rows]


def test_it_learns_a_conjunction_and_is_deterministic() -> None:
    rows, labels = _xor()
    model = fit(rows, labels, ["a", "b", "noise"], rounds=60)
    right = sum((model.probability(r) >= 0.5) == bool(y) for r, y in zip(rows, labels, strict=True))
    assert right == len(rows)
    assert model == fit(rows, labels, ["a", "b", "noise"], rounds=60)


def test_contributions_sum_to_the_log_odds() -> None:
    rows, labels = _xor()
    model = fit(rows, labels, ["a", "b", "noise"], rounds=20)
    row = rows[3]
    base = model.bias + sum(model.rate * tree[0][2] for tree in model.trees)
    total = base + sum(model.contributions(row).values())
    assert abs(sigmoid(total) - model.probability(row)) < 1e-12
    assert set(model.contributions(row)) <= {"a", "b", "noise"}


def test_the_model_file_keeps_the_trees() -> None:
    rows, labels = _xor()
    model = fit(rows, labels, ["a", "b"], rounds=5)
    again = model_from(model_dict(model))
    # Eight significant digits are kept: the probabilities agree to far below a rounding of 4.
    assert all(abs(again.probability(r) - model.probability(r)) < 1e-6 for r in rows)
