"""Fitting the event model and its training examples (evaluation/event_training.py)."""

from __future__ import annotations

from pathlib import Path

from warcheck.evaluation.case2021 import read_snippets
from warcheck.evaluation.event_training import (
    CLASSES,
    acled_examples,
    case_examples,
    extra_examples,
    fit_model,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "case2021-sample.tsv"


def test_case_rows_become_examples_of_model_classes() -> None:
    examples = case_examples(read_snippets(FIXTURE))
    assert len(examples) == 20
    assert all(ex.label in CLASSES for ex in examples)
    assert all(ex.evidence[0].startswith("r:") for ex in examples)


def test_unknown_case_code_is_skipped() -> None:
    rows = [("1", "Troops clashed with rebels.", "ARMED_CLASH"), ("2", "x", "NOT_A_CODE")]
    assert [ex.label for ex in case_examples(rows)] == ["armed_clash"]


def test_every_model_class_has_written_examples() -> None:
    assert {ex.label for ex in extra_examples()} == set(CLASSES)


def test_acled_categories_are_matched_to_classes_by_name(tmp_path: Path) -> None:
    path = tmp_path / "categories.csv"
    path.write_text(
        "event_type,sub_event_type\n"
        "Battles,Armed clash\n"
        "Strategic developments,Other\n"
        "Riots,Something unheard of\n",
        encoding="utf-8",
    )
    examples = acled_examples(path)
    assert [(ex.text, ex.label) for ex in examples] == [
        ("Battles: Armed clash", "armed_clash"),
        ("Strategic developments: Other", "other_strategic"),
    ]


def test_fit_is_deterministic_and_fits_its_training_data() -> None:
    examples = case_examples(read_snippets(FIXTURE)) + extra_examples()
    model = fit_model(examples)
    assert model.to_bytes() == fit_model(examples).to_bytes()
    right = sum(model.predict_features(ex.features(True))[0] == ex.label for ex in examples)
    assert right / len(examples) > 0.9


def test_without_evidence_the_model_sees_words_only() -> None:
    examples = case_examples(read_snippets(FIXTURE))
    assert not fit_model(examples, with_evidence=False).evidence
    ex = examples[0]
    assert len(ex.features(False)) < len(ex.features(True))
