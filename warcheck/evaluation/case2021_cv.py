"""Cross-validated CASE 2021 evaluation of the rules, the event model and both.

The shipped event model was fitted on the whole CASE 2021 development file, so
scoring it on that file would be scoring it on its own training data. Here the
model is fitted again inside each fold, on the other folds (plus the examples of
``event_examples.json``, never CASE rows), and scored on the held-out fold.
Folds are stratified by label and fixed by the seed. Rows may be restricted to
the even or odd rows of the file (counted from 0 after the header): the rules
were written on the even rows, so the odd rows are the held-out view.

:func:`held_out` fits once on the even rows and scores the odd ones, the view of
text that neither the rules nor the model were developed on;
:func:`evaluate_cv` (``warcheck eval case2021 FILE --cv``) reports both.

Three predictors are scored per fold: the rules alone
(:func:`~warcheck.analysis.events.classify_event`), the model alone (word
features only, no rule evidence) and both (the model with the rules' evidence,
weighed against the rules by :func:`~warcheck.analysis.event_model.weigh`).
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from warcheck.analysis.event_model import RULE_BASE, RULE_WEIGHT, EventModel, weigh
from warcheck.errors import DataError
from warcheck.evaluation.case2021 import read_snippets, score, to_case
from warcheck.evaluation.event_training import (
    Example,
    case_examples,
    extra_examples,
    fit_model,
)

PREDICTORS = ("rules", "classifier", "both")
ROW_SETS = ("all", "even", "odd")
Progress = Callable[[int, int], None]


def folds(labels: Sequence[str], k: int = 5, seed: int = 0) -> list[int]:
    """The fold (0..k-1) of each row: stratified by label, shuffled by ``seed``.

    The rows of each label, shuffled, are dealt to the folds in turn, carrying
    on where the previous label stopped, so folds differ in size by one at most.
    """
    if k < 2:
        raise DataError("cross-validation needs at least 2 folds")
    rng = random.Random(seed)
    by_label: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        by_label.setdefault(label, []).append(i)
    fold = [0] * len(labels)
    turn = 0
    for label in sorted(by_label):
        members = by_label[label]
        rng.shuffle(members)
        for i in members:
            fold[i] = turn % k
            turn += 1
    return fold


def select_rows(
    rows: Sequence[tuple[str, str, str]], which: str = "all"
) -> list[tuple[str, str, str]]:
    """All rows, or the even or odd ones (position in the file, from 0)."""
    if which not in ROW_SETS:
        raise ValueError(f"rows must be one of {', '.join(ROW_SETS)}")
    if which == "all":
        return list(rows)
    return [r for i, r in enumerate(rows) if i % 2 == (0 if which == "even" else 1)]


def _fold_predictions(
    test: Sequence[Example], words: EventModel, both: EventModel, **combine_args: float
) -> dict[str, list[str]]:
    """The CASE codes each predictor gives the held-out examples."""
    out: dict[str, list[str]] = {p: [] for p in PREDICTORS}
    for ex in test:
        out["rules"].append(to_case(ex.guess.event_type))
        out["classifier"].append(to_case(words.predict_features(ex.features(False), ex.vector)[0]))
        proba = both.proba(ex.features(True), ex.vector)
        label = weigh(ex.guess, proba, both, closed_world=True, **combine_args)
        out["both"].append(to_case(label))
    return out


def fold_models(
    examples: Sequence[Example], fold: Sequence[int], k: int, progress: Progress | None = None
) -> list[tuple[EventModel, EventModel]]:
    """For each fold, the (words-only, with-evidence) models fitted on the other folds.

    With ``k == 1`` and every example in fold 1, the one pair fitted on all of them.
    """
    extras = extra_examples()
    out = []
    for f in range(k):
        train = [ex for ex, g in zip(examples, fold, strict=True) if g != f] + extras
        out.append((fit_model(train, with_evidence=False), fit_model(train)))
        if progress:
            progress(f + 1, k)
    return out


def cross_validate(
    path: str | Path,
    k: int = 5,
    seed: int = 0,
    rows: str = "all",
    progress: Progress | None = None,
    rule_weight: float = RULE_WEIGHT,
    rule_base: float = RULE_BASE,
) -> dict[str, Any]:
    """k-fold cross-validated weighted F1 of the rules, the model and both.

    Returns:
        ``{"dataset": "case2021", "dataset_kind": "case2021_cv", "file", "n", "k",
        "seed", "rows", "folds": [{predictor: weighted F1}], "metrics":
        {predictor: {"mean", "sd"}}, "combination": {...}}``.
    """
    chosen = select_rows(read_snippets(path), rows)
    examples = case_examples(chosen)
    if len(examples) < 2 * k:
        raise DataError(f"{path}: {len(examples)} snippets are too few for {k} folds")
    fold = folds([ex.label for ex in examples], k, seed)
    models = fold_models(examples, fold, k, progress)
    per_fold = []
    for f, (words, both) in enumerate(models):
        test = [ex for ex, g in zip(examples, fold, strict=True) if g == f]
        gold = [_code(ex) for ex in test]
        preds = _fold_predictions(test, words, both, rule_weight=rule_weight, rule_base=rule_base)
        per_fold.append({p: score(gold, preds[p])["metrics"]["weighted_f1"] for p in PREDICTORS})
    metrics = {
        p: {
            "mean": round(statistics.mean(f[p] for f in per_fold), 4),
            "sd": round(statistics.stdev(f[p] for f in per_fold), 4),
        }
        for p in PREDICTORS
    }
    return {
        "dataset": "case2021",
        "dataset_kind": "case2021_cv",
        "file": Path(path).name,
        "n": len(examples),
        "k": k,
        "seed": seed,
        "rows": rows,
        "folds": per_fold,
        "metrics": metrics,
        "combination": {"rule_weight": rule_weight, "rule_base": rule_base},
    }


def _code(ex: Example) -> str:
    return to_case(ex.label)


def held_out(
    path: str | Path,
    rule_weight: float = RULE_WEIGHT,
    rule_base: float = RULE_BASE,
) -> dict[str, Any]:
    """Weighted F1 on the odd rows of the models fitted on the even rows (and the examples).

    Returns:
        ``{"train": n even, "test": n odd, "metrics": {predictor: weighted F1}}``.
    """
    rows = read_snippets(path)
    train = case_examples(select_rows(rows, "even"))
    test = case_examples(select_rows(rows, "odd"))
    (words, both) = fold_models(train, [1] * len(train), 1)[0]
    preds = _fold_predictions(test, words, both, rule_weight=rule_weight, rule_base=rule_base)
    gold = [_code(ex) for ex in test]
    metrics = {p: score(gold, preds[p])["metrics"]["weighted_f1"] for p in PREDICTORS}
    return {"train": len(train), "test": len(test), "metrics": metrics}


def evaluate_cv(
    path: str | Path, k: int = 5, seed: int = 0, progress: Progress | None = None
) -> dict[str, Any]:
    """Cross-validation on all rows (:func:`cross_validate`) and :func:`held_out` together."""
    result = cross_validate(path, k=k, seed=seed, progress=progress)
    result["even_odd"] = held_out(path)
    return result


def format_cv(result: dict[str, Any]) -> str:
    """The cross-validation result as a short readable report."""
    lines = [
        f"CASE 2021 task 2, {result['k']}-fold cross-validation (seed {result['seed']}) of "
        f"{result['file']}: {result['n']} snippets ({result['rows']} rows)",
        "  weighted F1     mean    sd",
    ]
    for p in PREDICTORS:
        m = result["metrics"][p]
        lines.append(f"  {p:<14} {m['mean']:.3f}  {m['sd']:.3f}")
    held = result.get("even_odd")
    if held:
        figures = "  ".join(f"{p} {held['metrics'][p]:.3f}" for p in PREDICTORS)
        lines.append(
            f"  trained on the {held['train']} even rows, scored on the {held['test']} odd: "
            + figures
        )
    c = result["combination"]
    lines.append(
        f"  both: the model's log-probabilities, the rules' class raised by {c['rule_weight']}"
        f" x (rule score + {c['rule_base']}); the model decides when they have no type"
    )
    return "\n".join(lines) + "\n"
