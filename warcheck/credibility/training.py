"""Training: feature sets, the model chosen by cross-validation, leave-one-outlet-out.

A feature set is every feature seen in the training rows minus the groups
left out (``without_outlet`` leaves out the outlet's name and camp). The
model and its setting are chosen among :data:`CANDIDATES` (logistic
regression with an L2 penalty, or boosted trees with a number of rounds) by
stratified k-fold cross-validation on the training rows only (fixed seed),
by the mean log-loss of the held-out folds; the chosen model is then fitted
on all the rows.
"""

from __future__ import annotations

import math
import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from warcheck.credibility.features import OUTLET_GROUPS, group_of
from warcheck.credibility.logistic import Logistic
from warcheck.credibility.logistic import fit as fit_logistic
from warcheck.credibility.metrics import roc_auc, scores
from warcheck.credibility.trees import ROUNDS, Trees
from warcheck.credibility.trees import fit as fit_trees

Setting = tuple[str, float]  # ("logistic", L2 penalty) or ("trees", rounds)
CANDIDATES: tuple[Setting, ...] = (
    ("logistic", 0.3),
    ("logistic", 0.1),
    ("logistic", 0.03),
    ("trees", float(ROUNDS)),
)
Model = Logistic | Trees
FOLDS = 5
SEED = 12
Rows = Sequence[dict[str, float]]


@dataclass(frozen=True)
class Choice:
    """What cross-validation chose: the setting, the held-out probabilities and their scores.

    ``log_loss`` gives the cross-validated log-loss of every candidate.
    """

    setting: Setting
    probabilities: tuple[float, ...]
    scores: dict[str, float | None]
    log_loss: dict[str, float]


def feature_names(rows: Rows, without: Collection[str] = ()) -> list[str]:
    """Every feature name in the rows, sorted, except those of the groups ``without``."""
    return sorted({n for r in rows for n in r if group_of(n) not in without})


def without_outlet(full: bool) -> frozenset[str]:
    """The groups left out: none for the full model, the outlet's name and camp otherwise."""
    return frozenset() if full else OUTLET_GROUPS


def stratified_folds(labels: Sequence[int], k: int = FOLDS, seed: int = SEED) -> list[list[int]]:
    """Split row indices into ``k`` folds with the same share of each label (seeded)."""
    rng = random.Random(seed)
    folds: list[list[int]] = [[] for _ in range(k)]
    dealt = 0
    for label in sorted(set(labels)):
        members = [i for i, y in enumerate(labels) if y == label]
        rng.shuffle(members)
        for i in members:
            folds[dealt % k].append(i)
            dealt += 1
    return [sorted(f) for f in folds]


def fit_model(setting: Setting, rows: Rows, labels: Sequence[int], names: Sequence[str]) -> Model:
    """Fit the model a setting names on these rows."""
    kind, value = setting
    if kind == "trees":
        return fit_trees(rows, labels, names, rounds=int(value))
    return fit_logistic(rows, labels, names, value)


def setting_name(setting: Setting) -> str:
    """A setting in words: ``"logistic 0.1"``, ``"trees 100"``."""
    return f"{setting[0]} {setting[1]:g}"


def held_out(
    rows: Rows,
    labels: Sequence[int],
    names: Sequence[str],
    setting: Setting,
    folds: list[list[int]],
) -> list[float]:
    """Probabilities of every row from a model fitted on the other folds."""
    probs = [0.0] * len(rows)
    for fold in folds:
        inside = set(fold)
        train = [i for i in range(len(rows)) if i not in inside]
        model = fit_model(setting, [rows[i] for i in train], [labels[i] for i in train], names)
        for i in fold:
            probs[i] = model.probability(rows[i])
    return probs


def log_loss(labels: Sequence[int], probs: Sequence[float]) -> float:
    """Mean negative log-likelihood (probabilities clipped away from 0 and 1)."""
    eps = 1e-6
    return -sum(
        math.log(min(max(p if y else 1 - p, eps), 1.0)) for y, p in zip(labels, probs, strict=True)
    ) / max(1, len(labels))


def choose(rows: Rows, labels: Sequence[int], without: Collection[str] = ()) -> Choice:
    """Choose the model by cross-validation on these rows; return it with the CV scores."""
    names = feature_names(rows, without)
    folds = stratified_folds(labels)
    best: tuple[float, Setting, list[float]] | None = None
    losses: dict[str, float] = {}
    for setting in CANDIDATES:
        probs = held_out(rows, labels, names, setting, folds)
        loss = log_loss(labels, probs)
        losses[setting_name(setting)] = round(loss, 4)
        if best is None or loss < best[0]:
            best = (loss, setting, probs)
    assert best is not None
    return Choice(best[1], tuple(best[2]), scores(labels, best[2]), losses)


def train(
    rows: Rows, labels: Sequence[int], setting: Setting, without: Collection[str] = ()
) -> Model:
    """Fit the model of this setting on all the rows with this feature set."""
    return fit_model(setting, rows, labels, feature_names(rows, without))


def leave_one_outlet_out(
    rows: Rows,
    labels: Sequence[int],
    outlets: Sequence[str],
    setting: Setting,
    without: Collection[str] = (),
) -> dict[str, Any]:
    """Hold out each outlet in turn, train on the others, score its articles.

    Pooled accuracy and ROC AUC over every held-out prediction, and per
    outlet its count, accuracy and share predicted credible.
    """
    probs = [0.0] * len(rows)
    per: dict[str, Any] = {}
    for outlet in sorted(set(outlets)):
        inside = [i for i, o in enumerate(outlets) if o == outlet]
        train_ix = [i for i, o in enumerate(outlets) if o != outlet]
        model = train([rows[i] for i in train_ix], [labels[i] for i in train_ix], setting, without)
        for i in inside:
            probs[i] = model.probability(rows[i])
        got = scores([labels[i] for i in inside], [probs[i] for i in inside])
        per[outlet] = {
            "n": len(inside),
            "accuracy": got["accuracy"],
            "roc_auc": got["roc_auc"],
            "credible_share": round(sum(labels[i] for i in inside) / len(inside), 4),
            "predicted_credible_share": round(
                sum(probs[i] >= 0.5 for i in inside) / len(inside), 4
            ),
        }
    pooled = scores(labels, probs)
    auc = roc_auc(labels, probs)
    return {
        "accuracy": pooled["accuracy"],
        "roc_auc": round(auc, 4) if auc is not None else None,
        "per_outlet": per,
    }
