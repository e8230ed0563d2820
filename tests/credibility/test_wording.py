"""Wording: word features with spans, a vocabulary from the rows, a model that learns words."""

from __future__ import annotations

import math

from warcheck.credibility.training import feature_names, fit_model
from warcheck.credibility.wording import MIN_ARTICLES, fit, vocabulary, word_features


def test_word_features_are_unit_length_with_spans_into_the_text() -> None:
    text = "Shells hit Aleppo; shells killed 3. SHELLS again"
    words = {name: (value, spans) for name, value, spans in word_features(text)}
    assert set(words) == {"word:shells", "word:hit", "word:aleppo", "word:killed", "word:again"}
    assert abs(math.sqrt(sum(v * v for v, _ in words.values())) - 1.0) < 1e-12
    value, spans = words["word:shells"]
    assert value > words["word:hit"][0]  # three times beats once, on a log scale
    assert (
        [text[s:e] for s, e, _ in spans]
        == [t for _, _, t in spans]
        == ["Shells", "shells", "SHELLS"]
    )
    assert word_features("") == []


def test_the_vocabulary_keeps_words_of_several_rows_most_frequent_first() -> None:
    rows = [{"word:a": 1.0, "word:b": 1.0, "cue:hedge": 1.0}, {"word:a": 1.0}, {"word:b": 1.0}]
    rows += [{"word:a": 1.0, "word:c": 1.0}]
    assert MIN_ARTICLES == 2
    assert vocabulary(rows) == ["word:a", "word:b"]  # c is in one row only; cues are not words
    assert vocabulary(rows, size=1) == ["word:a"]


def test_the_kinds_read_their_own_features() -> None:
    rows = [{"word:a": 1.0, "outlet:x": 1.0, "camp:pro": 1.0, "cue:hedge": 0.5}] * 2
    assert feature_names(rows) == ["camp:pro", "cue:hedge", "outlet:x"]
    assert feature_names(rows, kind="words") == ["camp:pro", "outlet:x", "word:a"]
    assert feature_names(rows, {"outlet", "camp"}, kind="words") == ["word:a"]


def _rows() -> tuple[list[dict[str, float]], list[int]]:
    rows, labels = [], []
    for i in range(40):
        good = i % 2 == 0
        row = {"word:residents" if good else "word:terrorists": 0.5, "word:the": 0.3}
        if i % 5 == 0:
            row["word:rare"] = 0.2
        rows.append(row)
        labels.append(1 if good else 0)
    return rows, labels


def test_the_wording_model_learns_which_words_go_with_which_label() -> None:
    rows, labels = _rows()
    model = fit(rows, labels, vocabulary(rows), penalty=0.01)
    weights = dict(zip(model.names, model.weights, strict=True))
    assert weights["word:residents"] > 1.0 and weights["word:terrorists"] < -1.0
    assert abs(weights["word:the"]) < 1e-6  # the same in every row: nothing to learn
    assert (
        model.probability({"word:residents": 0.5})
        > 0.8
        > 0.2
        > model.probability({"word:terrorists": 0.5})
    )
    tight = fit(rows, labels, vocabulary(rows), penalty=1.0)
    assert abs(dict(zip(tight.names, tight.weights, strict=True))["word:residents"]) < abs(
        weights["word:residents"]
    )
    assert fit_model(("words", 0.01), rows, labels) == model  # deterministic, same features
