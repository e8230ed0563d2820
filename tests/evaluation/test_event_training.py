"""Fitting the event model and its training examples (evaluation/event_training.py)."""

from __future__ import annotations

from pathlib import Path

from warcheck.evaluation.case2021 import read_snippets
from warcheck.evaluation.event_training import (
    CLASSES,
    acled_examples,
    case_examples,
    example,
    extra_examples,
    fit_model,
    fresh_examples,
    written_sentences,
)
from warcheck.knowledge.loader import read_json

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


def test_written_sentences_name_their_sub_event_type_and_have_a_source() -> None:
    data = read_json("event_sentences.json")
    assert "written for warcheck, reviewed" in data["source"]
    pairs = written_sentences()
    assert len(pairs) == len(data["entries"]) and {label for _, label in pairs} <= set(CLASSES)
    assert len({text for text, _ in pairs}) == len(pairs)  # no sentence twice
    assert ("Other" in {e["sub_event_type"] for e in data["entries"]}) and any(
        label == "other_strategic" for _, label in pairs
    )
    assert [(ex.text, ex.label) for ex in fresh_examples()] == pairs
    assert not {text for text, _ in pairs} & {ex.text for ex in extra_examples()}


def test_balance_weighs_a_rare_class_up() -> None:
    # Nine examples of one class and one of another that shares all its words but one:
    # with every class alike, a new text like them all leans more to the lone example's class.
    common = [
        example(f"Troops clashed with rebels near town {n}.", "armed_clash") for n in "abcdefghi"
    ]
    rare = [example("Troops clashed with rebels near the base.", "attack")]
    plain = fit_model(common + rare, dense_scale=0.0, steps=200)
    balanced = fit_model(common + rare, dense_scale=0.0, steps=200, balance=1.0)
    feats = example("Troops clashed with rebels near the river.", "armed_clash").features(True)
    at = CLASSES.index("attack")
    assert balanced.proba(feats)[at] > plain.proba(feats)[at]
    assert plain.to_bytes() == fit_model(common + rare, dense_scale=0.0, steps=200).to_bytes()
