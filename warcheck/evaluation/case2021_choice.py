"""Choosing how the event model is weighed against the rules, inside the training half.

The rules were written on the even rows of the CASE 2021 development file and
type 97% of them right, so a weighing chosen by cross-validation on those rows
alone always trusts the rules (and the odd rows show they should not). The
choice here is made on the even rows, each predicted by models fitted on the
other even folds (and ``event_examples.json``), together with the sentences of
``event_sentences.json``, written for warcheck after the rules and never trained
on, predicted by the models fitted on all the even rows: there the rules are
right about as often as on text they were not written for. The odd rows are not
read. :func:`choose` scores every setting of :data:`GRID` on that pool by
weighted F1 and returns them best first; ``scripts/build_event_model.py
--choose CASE.tsv`` prints the table.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from warcheck.analysis.event_model import EventModel, weigh
from warcheck.evaluation.case2021 import read_snippets, score, to_case
from warcheck.evaluation.case2021_cv import Progress, fold_models, folds, select_rows
from warcheck.evaluation.event_training import Example, case_examples, fresh_examples

RULE_WEIGHTS = (0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 100.0)
RULE_BASES = (0.0, 0.25, 0.5, 1.0)
GRID: tuple[tuple[float, float], ...] = tuple(itertools.product(RULE_WEIGHTS, RULE_BASES))


def _pool(
    path: str | Path, k: int, seed: int, progress: Progress | None
) -> list[tuple[Example, Any, EventModel]]:
    """Each pool item with its class probabilities and the model that gave them."""
    even = case_examples(select_rows(read_snippets(path), "even"))
    fold = folds([ex.label for ex in even], k, seed)
    out = []
    for f, (_, both) in enumerate(fold_models(even, fold, k, progress)):
        test = [ex for ex, g in zip(even, fold, strict=True) if g == f]
        out += [(ex, both.proba(ex.features(True), ex.vector), both) for ex in test]
    (_, both) = fold_models(even, [1] * len(even), 1)[0]
    out += [(ex, both.proba(ex.features(True), ex.vector), both) for ex in fresh_examples()]
    return out


def scores(pool: Sequence[tuple[Example, Any, EventModel]], setting: tuple[float, float]) -> float:
    """Weighted F1 of the weighing ``(rule_weight, rule_base)`` over the pool."""
    gold = [to_case(ex.label) for ex, _, _ in pool]
    pred = [
        to_case(weigh(ex.guess, p, model, True, setting[0], setting[1])) for ex, p, model in pool
    ]
    return float(score(gold, pred)["metrics"]["weighted_f1"])


def choose(
    path: str | Path, k: int = 5, seed: int = 0, progress: Progress | None = None
) -> list[tuple[float, float, float]]:
    """``(weighted F1, rule_weight, rule_base)`` of every setting of :data:`GRID`, best first.

    Ties go to the setting that trusts the rules more (a larger weight, then base).
    """
    pool = _pool(path, k, seed, progress)
    table = [(round(scores(pool, s), 4), s[0], s[1]) for s in GRID]
    return sorted(table, key=lambda t: (-t[0], -t[1], -t[2]))
