"""Fitting the event model (:mod:`warcheck.analysis.event_model`) and its examples.

The training examples are the snippets of a CASE 2021 task-2 file (their CASE
codes mapped to warcheck types, the first type of each code in
:data:`warcheck.evaluation.case2021.CASE_CODES`) and the examples of
``knowledge/data/event_examples.json`` (the ACLED sub-event type names and
sentences written for warcheck). The fit is a multinomial logistic regression
with an L2 penalty, full-batch Adam from zero weights for a fixed number of
steps over the examples in file order: the same examples give the same model
bytes. ``scripts/build_event_model.py`` and ``warcheck eval case2021 --cv``
both fit through :func:`fit_model`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from warcheck.analysis.actors import find_actors
from warcheck.analysis.casualties import find_casualties
from warcheck.analysis.event_model import (
    EventModel,
    evidence_features,
    feature_ids,
    text_features,
)
from warcheck.analysis.events import EventGuess, classify_event
from warcheck.evaluation.case2021 import CASE_CODES, TO_CASE
from warcheck.knowledge.loader import read_json

BITS = 15
L2 = 1e-4
STEPS = 300
RATE = 0.05

# CASE code -> the class the model predicts for it; every warcheck type -> its class.
CLASS_OF_CODE: dict[str, str] = {code: types[0] for code, types in CASE_CODES.items()}
CLASSES: tuple[str, ...] = tuple(CLASS_OF_CODE.values())
FOLD: dict[str, str] = {t: CLASS_OF_CODE[code] for t, code in TO_CASE.items()}


@dataclass(frozen=True)
class Example:
    """A text, its class and its features (text features, then the rules' evidence)."""

    text: str
    label: str
    guess: EventGuess
    words: tuple[str, ...]
    evidence: tuple[str, ...]

    def features(self, with_evidence: bool) -> list[str]:
        """The features the model sees, with or without the rules' evidence."""
        return [*self.words, *self.evidence] if with_evidence else list(self.words)


def example(text: str, label: str) -> Example:
    """Featurise one text: the rules' guess, its actors and its casualty figures."""
    guess = classify_event(text)
    actors = find_actors(text, [])
    casualties = find_casualties(text)
    return Example(
        text,
        label,
        guess,
        tuple(text_features(text)),
        tuple(evidence_features(text, guess, actors, casualties)),
    )


def case_examples(rows: Sequence[tuple[str, str, str]]) -> list[Example]:
    """Examples of CASE 2021 rows ``(id, snippet, code)``; an unknown code is skipped."""
    return [example(text, CLASS_OF_CODE[code]) for _, text, code in rows if code in CLASS_OF_CODE]


def extra_examples() -> list[Example]:
    """The examples of ``event_examples.json``, in file order."""
    data = read_json("event_examples.json")
    out = []
    for group in data["groups"]:
        if group["type"] not in CLASSES:
            raise ValueError(f"event_examples.json: {group['type']!r} is not a model class")
        out += [example(text, group["type"]) for text in group["texts"]]
    return out


def fit_model(
    examples: Sequence[Example],
    with_evidence: bool = True,
    bits: int = BITS,
    l2: float = L2,
    steps: int = STEPS,
) -> EventModel:
    """Fit the model on examples (deterministic: same examples, same weights)."""
    import numpy as np

    k = len(CLASSES)
    index = {c: i for i, c in enumerate(CLASSES)}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for i, ex in enumerate(examples):
        ids = feature_ids(ex.features(with_evidence), bits)
        rows += [i] * len(ids)
        cols += ids
        vals += [1.0 / max(1.0, len(ids)) ** 0.5] * len(ids)
    y = np.zeros((len(examples), k))
    y[np.arange(len(examples)), [index[ex.label] for ex in examples]] = 1.0
    used, local = np.unique(np.array(cols), return_inverse=True)
    w, b = _adam(np.array(rows), local, np.array(vals), y, len(used), l2, steps)
    weights = np.zeros((1 << bits, k), dtype=np.float32)
    weights[used] = w
    # Round through float16, as stored, so a fitted model and a loaded one agree.
    weights = weights.astype(np.float16).astype(np.float32)
    return EventModel(CLASSES, FOLD, bits, weights, b.astype(np.float32), with_evidence)


def _adam(
    rows: Any, cols: Any, vals: Any, y: Any, n_cols: int, l2: float, steps: int
) -> tuple[Any, Any]:
    """Full-batch Adam on the mean cross-entropy plus ``l2 / 2 * |W|^2``."""
    import numpy as np

    n, k = y.shape
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    present = rows[starts]
    by_col = np.argsort(cols, kind="stable")
    col_ids, col_starts = np.unique(cols[by_col], return_index=True)
    w = np.zeros((n_cols, k))
    b = np.zeros(k)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros(k), np.zeros(k)
    for t in range(1, steps + 1):
        z = np.tile(b, (n, 1))
        z[present] += np.add.reduceat(w[cols] * vals[:, None], starts)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) / n
        gw = l2 * w
        gw[col_ids] += np.add.reduceat(g[rows[by_col]] * vals[by_col, None], col_starts)
        gb = g.sum(axis=0)
        for param, grad, m, v in ((w, gw, mw, vw), (b, gb, mb, vb)):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad * grad
            param -= RATE * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w, b
