"""Cross-validated CASE 2021 figures of rules, model and both (evaluation/case2021_cv.py)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import warcheck
from warcheck.errors import DataError
from warcheck.evaluation.case2021_cv import PREDICTORS, evaluate_cv, folds, format_cv, select_rows

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "case2021-sample.tsv"


def test_folds_are_stratified_balanced_and_fixed_by_the_seed() -> None:
    labels = ["a"] * 10 + ["b"] * 5 + ["c"] * 3
    fold = folds(labels, k=3, seed=7)
    assert fold == folds(labels, k=3, seed=7)
    assert fold != folds(labels, k=3, seed=8)
    sizes = Counter(fold).values()
    assert max(sizes) - min(sizes) <= 1
    for label in "abc":
        per = Counter(f for f, lab in zip(fold, labels, strict=True) if lab == label)
        assert max(per.values()) - min(per.get(f, 0) for f in range(3)) <= 1


def test_one_fold_is_refused() -> None:
    with pytest.raises(DataError):
        folds(["a", "b"], k=1)


def test_even_and_odd_rows_split_the_file() -> None:
    rows = [(str(i), "t", "X") for i in range(5)]
    assert [r[0] for r in select_rows(rows, "even")] == ["0", "2", "4"]
    assert [r[0] for r in select_rows(rows, "odd")] == ["1", "3"]


def test_cv_reports_every_predictor_per_fold_and_the_even_odd_figure() -> None:
    result = warcheck.evaluate("case2021", str(FIXTURE), cv=True, folds=2, seed=3)
    assert result["dataset_kind"] == "case2021_cv" and result["k"] == 2 and result["seed"] == 3
    assert len(result["folds"]) == 2
    for p in PREDICTORS:
        assert 0.0 <= result["metrics"][p]["mean"] <= 1.0
        assert 0.0 <= result["even_odd"]["metrics"][p] <= 1.0
    assert result["even_odd"]["train"] + result["even_odd"]["test"] == 20
    text = warcheck.format_evaluation(result)
    assert "2-fold cross-validation (seed 3)" in text and "odd" in text
    assert format_cv(result) == text


def test_cv_on_too_few_rows_or_another_dataset_is_a_data_error() -> None:
    with pytest.raises(DataError, match="too few"):
        evaluate_cv(FIXTURE, k=11)
    with pytest.raises(DataError, match="--cv"):
        warcheck.evaluate("fakes", str(FIXTURE), cv=True)
