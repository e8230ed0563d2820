"""Training: feature sets, the model chosen by cross-validation, leave-one-outlet-out.

A feature set is every feature seen in the training rows minus the groups
left out (``without_outlet`` leaves out the outlet's name and camp). The
model and its setting are chosen among :data:`CANDIDATES` (logistic
regression with an L2 penalty or boosted trees with a number of rounds, over
the analysis and cross-check features; or the wording model of
:mod:`~warcheck.credibility.wording`, over the article's words) by
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
from warcheck.credibility.wording import GROUP as WORD
from warcheck.credibility.wording import fit as fit_words
from warcheck.credibility.wording import names_with

# ("logistic", L2 penalty), ("trees", rounds) or ("words", L2 penalty): the first two read
# every group but the words, the wording model the words (and the outlet groups kept).
Setting = tuple[str, float]
CANDIDATES: tuple[Setting, ...] = (
    ("logistic", 0.3),
    ("logistic", 0.1),
    ("logistic", 0.03),
    ("trees", float(ROUNDS)),
    ("words", 0.002),
    ("words", 0.0006),
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


def feature_names(rows: Rows, without: Collection[str] = (), kind: str = "logistic") -> list[str]:
    """The features a model of this kind reads from these rows, sorted.

    Every feature but the words' and those of the groups ``without`` for
    logistic regression and trees; for the wording model, its vocabulary
    (:func:`~warcheck.credibility.wording.vocabulary`) and the outlet groups
    not left out.
    """
    if kind == "words":
        return names_with(rows, OUTLET_GROUPS - set(without))
    drop = {*without, WORD}
    return sorted({n for r in rows for n in r if group_of(n) not in drop})


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


def fit_model(
    setting: Setting, rows: Rows, labels: Sequence[int], without: Collection[str] = ()
) -> Model:
    """Fit the model a setting names on these rows, on the features its kind reads."""
    kind, value = setting
    names = feature_names(rows, without, kind)
    if kind == "trees":
        return fit_trees(rows, labels, names, rounds=int(value))
    if kind == "words":
        return fit_words(rows, labels, names, value)
    return fit_logistic(rows, labels, names, value)


def setting_name(setting: Setting) -> str:
    """A setting in words: ``"logistic 0.1"``, ``"trees 100"``."""
    return f"{setting[0]} {setting[1]:g}"


def held_out(
    rows: Rows,
    labels: Sequence[int],
    without: Collection[str],
    setting: Setting,
    folds: list[list[int]],
) -> list[float]:
    """Probabilities of every row from a model fitted on the other folds (the wording
    model's vocabulary, too, from the other folds' rows)."""
    probs = [0.0] * len(rows)
    for fold in folds:
        inside = set(fold)
        train = [i for i in range(len(rows)) if i not in inside]
        model = fit_model(setting, [rows[i] for i in train], [labels[i] for i in train], without)
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
    folds = stratified_folds(labels)
    best: tuple[float, Setting, list[float]] | None = None
    losses: dict[str, float] = {}
    for setting in CANDIDATES:
        probs = held_out(rows, labels, without, setting, folds)
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
    return fit_model(setting, rows, labels, without)


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
