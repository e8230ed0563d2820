"""Choosing the weighing of model and rules (evaluation/case2021_choice.py)."""

from __future__ import annotations

from dataclasses import replace

from warcheck.analysis.events import EventGuess
from warcheck.evaluation.case2021_choice import GRID, scores
from warcheck.evaluation.event_training import example, fit_model


def test_where_the_rules_are_wrong_a_light_rule_weight_scores_better() -> None:
    texts = [
        ("Warplanes bombed the market.", "air_drone_strike"),
        ("Jets struck the village from the air.", "air_drone_strike"),
        ("Protesters marched peacefully in the square.", "peaceful_protest"),
        ("Thousands rallied in the capital.", "peaceful_protest"),
    ]
    model = fit_model([example(t, label) for t, label in texts], dense_scale=0.0)
    item = example("Warplanes bombed the square from the air.", "air_drone_strike")
    # The rules, unsure, call it a protest: wrong.
    wrong = replace(item, guess=EventGuess("peaceful_protest", 0.1, None))
    pool = [(wrong, model.proba(wrong.features(True)), model)]
    assert scores(pool, (0.5, 0.0)) == 1.0
    assert scores(pool, (100.0, 1.0)) == 0.0
    assert (0.5, 0.0) in GRID and (100.0, 1.0) in GRID
