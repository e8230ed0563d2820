"""The learned event typer beside the rules (analysis/event_model.py)."""

from __future__ import annotations

import pytest

from warcheck.analysis import event_model
from warcheck.analysis.event_model import EventModel, combine, refine, text_features
from warcheck.analysis.events import EventGuess, classify_event
from warcheck.evaluation.event_training import CLASSES, example, fit_model


def test_text_features_have_words_bigrams_and_marked_character_ngrams() -> None:
    feats = text_features("Bombs hit 12 homes")
    assert {"w:bombs", "b:bombs hit", "w:00", "c:<bo", "c:mbs>", "c:<hit>"} <= set(feats)
    assert not any("1" in f or "2" in f for f in feats)  # digits folded to 0


def test_character_ngrams_carry_a_word_to_its_other_forms() -> None:
    shared = set(text_features("airstrikes")) & set(text_features("airstrike"))
    assert any(f.startswith("c:") for f in shared)
    assert "w:airstrike" not in text_features("airstrikes")


def _small_model() -> EventModel:
    texts = [
        ("Warplanes bombed the market.", "air_drone_strike"),
        ("Jets struck the village from the air.", "air_drone_strike"),
        ("Protesters marched peacefully in the square.", "peaceful_protest"),
        ("Thousands rallied in the capital.", "peaceful_protest"),
    ]
    return fit_model([example(t, label) for t, label in texts])


def test_model_bytes_round_trip_and_are_the_same_every_time() -> None:
    model = _small_model()
    data = model.to_bytes()
    assert data == _small_model().to_bytes()
    loaded = EventModel.from_bytes(data)
    assert loaded.classes == model.classes and loaded.bits == model.bits
    assert (loaded.weights == model.weights).all() and (loaded.bias == model.bias).all()
    assert loaded.dense is not None and (loaded.dense == model.dense).all()


def test_without_sentence_vectors_the_model_has_no_dense_weights() -> None:
    texts = [
        ("Warplanes bombed the market.", "air_drone_strike"),
        ("Crowds rallied.", "peaceful_protest"),
    ]
    model = fit_model([example(t, label) for t, label in texts], dense_scale=0.0)
    assert model.dense is None and EventModel.from_bytes(model.to_bytes()).dense is None


def test_sentence_vectors_alone_can_carry_a_class() -> None:
    # The test texts share no word with the examples: the sentence vectors carry them.
    texts = [
        ("Warplanes bombed the market.", "air_drone_strike"),
        ("Jets struck the village from the air.", "air_drone_strike"),
        ("Protesters marched peacefully in the square.", "peaceful_protest"),
        ("Thousands rallied in the capital.", "peaceful_protest"),
    ]
    model = fit_model([example(t, label) for t, label in texts], dense_scale=3.0)
    guess = classify_event("x")
    assert model.predict("Aircraft shelled houses", guess)[0] == "air_drone_strike"
    assert model.predict("Demonstrators gathered downtown", guess)[0] == "peaceful_protest"


def test_fitted_model_learns_its_examples() -> None:
    model = _small_model()
    assert model.predict("Warplanes bombed the town.", classify_event("x"))[0] == "air_drone_strike"
    assert model.predict("Crowds rallied peacefully.", classify_event("x"))[0] == "peaceful_protest"


def test_not_a_model_file_is_refused() -> None:
    with pytest.raises(Exception, match="not a warcheck event model"):
        EventModel.from_bytes(__import__("gzip").compress(b"something else"))


MODEL = event_model.event_model()


def test_rules_stand_when_sure_or_when_the_model_is_unsure() -> None:
    sure = EventGuess("armed_clash", 0.9, (0, 5))
    unsure = EventGuess("armed_clash", 0.1, (0, 5))
    assert combine(sure, ("air_drone_strike", 0.99), MODEL) == "armed_clash"
    assert combine(unsure, ("air_drone_strike", 0.1), MODEL) == "armed_clash"
    assert combine(unsure, ("air_drone_strike", 0.99), MODEL) == "air_drone_strike"


def test_model_agreeing_up_to_the_fold_keeps_the_fine_rule_type() -> None:
    meet = EventGuess("meet", 0.1, (0, 4))
    assert MODEL.class_of("meet") == "diplomatic_event"
    assert combine(meet, ("diplomatic_event", 0.99), MODEL) == "meet"


def test_no_rule_type_stays_other_in_open_text_but_not_in_a_closed_world() -> None:
    other = EventGuess("other", 0.05, None)
    assert combine(other, ("arrests", 0.9), MODEL) == "other"
    assert combine(other, ("arrests", 0.9), MODEL, closed_world=True) == "arrests"


def test_refine_reads_no_model_for_sure_rules_or_no_rule_type(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fail() -> EventModel:
        raise AssertionError("the model was read")

    monkeypatch.setattr(event_model, "event_model", fail)
    assert refine("It rained.", EventGuess("other", 0.05, None)) == "other"
    assert refine("x", EventGuess("armed_clash", 0.9, (0, 1))) == "armed_clash"


def test_shipped_model_has_every_class_and_types_plain_sentences() -> None:
    assert MODEL.classes == CLASSES
    guess = classify_event("x")
    assert MODEL.predict("Warplanes bombed a market, killing ten.", guess)[0] == "air_drone_strike"
    assert MODEL.predict("Police arrested five suspects.", guess)[0] == "arrests"


def test_cached_buckets_are_the_buckets_of_the_features() -> None:
    text = "Rebels shelled the town; the town's 12 shelters, shelled again, held."
    expected = event_model.feature_ids(text_features(text), 16)
    assert sorted(event_model.text_ids(text, 16)) == sorted(expected)


def _proba(**probs: float):  # type: ignore[no-untyped-def]
    import numpy as np

    p = np.full(len(MODEL.classes), 1e-4)
    for name, value in probs.items():
        p[MODEL.classes.index(name)] = value
    return p / p.sum()


def test_weighing_needs_a_surer_model_to_overrule_surer_rules() -> None:
    unsure = EventGuess("armed_clash", 0.1, (0, 5))
    sure = EventGuess("armed_clash", 0.9, (0, 5))
    model_says_strike = _proba(air_drone_strike=0.7, armed_clash=0.1)
    assert event_model.weigh(unsure, model_says_strike, MODEL) == "air_drone_strike"
    assert event_model.weigh(sure, model_says_strike, MODEL) == "armed_clash"
    leaning = _proba(air_drone_strike=0.45, armed_clash=0.4)
    assert event_model.weigh(unsure, leaning, MODEL) == "armed_clash"


def test_weighing_keeps_the_fine_rule_type_and_other_in_open_text() -> None:
    meet = EventGuess("meet", 0.1, (0, 4))
    assert event_model.weigh(meet, _proba(diplomatic_event=0.9), MODEL) == "meet"
    other = EventGuess("other", 0.05, None)
    assert event_model.weigh(other, _proba(arrests=0.9), MODEL) == "other"
    assert event_model.weigh(other, _proba(arrests=0.9), MODEL, closed_world=True) == "arrests"
