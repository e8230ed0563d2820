"""The plain-Python logistic regression: it learns, it is deterministic, it explains."""

from __future__ import annotations

from warcheck.credibility.logistic import fit, sigmoid


def _data() -> tuple[list[dict[str, float]], list[int]]:
    rows = [{"a": float(i % 7), "b": float((i * 3) % 5), "c": 1.0} for i in range(60)]
    labels = [1 if r["a"] + 0.1 * r["b"] > 3 else 0 for r in rows]
    return rows, labels


def test_it_learns_the_signal_and_not_the_noise() -> None:
    rows, labels = _data()
    model = fit(rows, labels, ["a", "b", "c"], penalty=0.01)
    weights = dict(zip(model.names, model.weights, strict=True))
    assert weights["a"] > 1.0 > abs(weights["b"])
    assert weights["c"] == 0.0  # a constant feature carries nothing
    assert model.probability({"a": 6.0, "b": 0.0}) > 0.9 > 0.1 > model.probability({"a": 0.0})


def test_a_larger_penalty_shrinks_the_weights() -> None:
    rows, labels = _data()
    loose = fit(rows, labels, ["a", "b"], penalty=0.01)
    tight = fit(rows, labels, ["a", "b"], penalty=1.0)
    assert abs(tight.weights[0]) < abs(loose.weights[0])


def test_same_rows_same_model_and_contributions_add_up() -> None:
    rows, labels = _data()
    one, two = fit(rows, labels, ["a", "b"], 0.1), fit(rows, labels, ["a", "b"], 0.1)
    assert one == two
    row = {"a": 5.0, "b": 2.0}
    terms = one.contributions(row)
    assert sigmoid(one.bias + sum(terms.values())) == one.probability(row)
    assert sigmoid(-800.0) == 0.0 and sigmoid(800.0) == 1.0
