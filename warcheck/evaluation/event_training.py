"""Fitting the event model (:mod:`warcheck.analysis.event_model`) and its examples.

The training examples are the snippets of a CASE 2021 task-2 file (their CASE
codes mapped to warcheck types, the first type of each code in
:data:`warcheck.evaluation.case2021.CASE_CODES`) and the examples of
``knowledge/data/event_examples.json`` (the ACLED sub-event type names and
sentences written for warcheck). Each example has its hashed features and its
sentence vector (:mod:`warcheck.analysis.embeddings`). The fit is a multinomial
logistic regression with an L2 penalty, full-batch heavy-ball descent from zero
weights for a fixed number of steps over the examples in file order: the same
examples give the same model bytes. Settings (steps, penalty, the vector's
weight, 128 dimensions) were chosen by 5-fold cross-validation on the CASE 2021
development file (``docs/evaluation.md``). ``scripts/build_event_model.py`` and
``warcheck eval case2021 --cv`` both fit through :func:`fit_model`.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcheck.analysis.actors import find_actors
from warcheck.analysis.casualties import find_casualties
from warcheck.analysis.embeddings import embeddings
from warcheck.analysis.event_model import (
    EventModel,
    evidence_features,
    feature_ids,
    text_features,
)
from warcheck.analysis.events import EventGuess, classify_event
from warcheck.errors import DataError, csv_file_errors
from warcheck.evaluation.case2021 import CASE_CODES, TO_CASE
from warcheck.knowledge.loader import read_json

BITS = 16
L2 = 1e-4
STEPS = 2000
MOMENTUM = 0.9
BALANCE = 0.0  # class balance of the loss (0: examples alike, 1: classes alike)
DENSE_SCALE = 1.0  # weight of the sentence vector beside the hashed features (length 1)

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
    vector: Any = None

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
        embeddings().vector(text),
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


def written_sentences() -> list[tuple[str, str]]:
    """The ``(sentence, class)`` pairs of ``event_sentences.json``, in file order.

    Each entry names its ACLED sub-event type; the class is the group of
    ``event_examples.json`` that the name opens.
    """
    by_name = {g["texts"][0].lower(): g["type"] for g in read_json("event_examples.json")["groups"]}
    out = []
    for entry in read_json("event_sentences.json")["entries"]:
        label = by_name.get(entry["sub_event_type"].lower())
        if label is None:
            raise ValueError(f"event_sentences.json: {entry['sub_event_type']!r} names no class")
        out.append((entry["text"], label))
    return out


def fresh_examples() -> list[Example]:
    """The examples of ``event_sentences.json``: text the rules and the model were not fitted on."""
    return [example(text, label) for text, label in written_sentences()]


def acled_examples(path: str | Path) -> list[Example]:
    """Examples of the ACLED event categories file: "Battles: Armed clash" and so on.

    Each ``sub_event_type`` is matched to its class by the ACLED name that opens its
    group in ``event_examples.json``; a name matched to no class is skipped.

    Raises:
        DataError: the file is missing, a directory, not UTF-8 CSV, or lacks the
            ``event_type`` and ``sub_event_type`` columns.
    """
    groups = read_json("event_examples.json")["groups"]
    by_name = {group["texts"][0].lower(): group["type"] for group in groups}
    by_name["other"] = "other_strategic"
    rows = _category_rows(Path(path))
    out = []
    for row in rows:
        label = by_name.get(row.get("sub_event_type", "").strip().lower())
        if label is not None:
            out.append(example(f"{row['event_type']}: {row['sub_event_type']}", label))
    return out


def _category_rows(path: Path) -> list[dict[str, str]]:
    """The rows of an ACLED event categories CSV; DataError says what is wrong with it."""
    kind = "an ACLED event categories file"
    with csv_file_errors(path, kind), open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = {"event_type", "sub_event_type"} - set(reader.fieldnames or ())
        if missing:
            raise DataError(f"{path}: not {kind} (no {' or '.join(sorted(missing))} column)")
        return [{k: v or "" for k, v in row.items() if k is not None} for row in reader]


def fit_model(
    examples: Sequence[Example],
    with_evidence: bool = True,
    bits: int = BITS,
    l2: float = L2,
    steps: int = STEPS,
    dense_scale: float = DENSE_SCALE,
    balance: float = BALANCE,
    example_weights: Sequence[float] | None = None,
) -> EventModel:
    """Fit the model on examples (deterministic: same examples, same weights).

    Gradient descent with momentum from zero weights keeps the weights a
    combination of the examples' feature vectors, ``W = X^T A``, so the descent
    runs on ``A`` (examples x classes) through the examples' Gram matrix
    ``X X^T``: the same steps as in the weight space, at the cost of the
    number of examples, not of the number of hash buckets. The examples'
    sentence vectors, times ``dense_scale``, are further columns (none when 0).
    Each example's loss is weighed by its class's count to the power
    ``-balance`` (0: every example alike; 1: every class alike) and by its
    entry of ``example_weights`` when given (e.g. written examples below CASE rows).
    """
    import numpy as np

    k = len(CLASSES)
    index = {c: i for i, c in enumerate(CLASSES)}
    x, used = _design(examples, with_evidence, bits)
    gram = _gram(x) + 1.0  # the constant 1: an intercept, summed from A
    vectors, centre = None, None
    if dense_scale > 0:
        # Centred on the examples' mean (which folds into the bias below): sentence
        # vectors share a large common direction that would slow the descent.
        vectors = np.array([ex.vector for ex in examples], dtype=np.float64)
        centre = vectors.mean(axis=0)
        vectors = dense_scale * (vectors - centre)
        gram += vectors @ vectors.T
    y = np.zeros((len(examples), k))
    y[np.arange(len(examples)), [index[ex.label] for ex in examples]] = 1.0
    counts = y.sum(axis=0)
    share = (y @ np.maximum(counts, 1.0)) ** -balance
    if example_weights is not None:
        share = share * np.asarray(example_weights, dtype=np.float64)
    a = _descend(gram, y, l2, steps, share / share.mean())
    weights = np.zeros((1 << bits, k), dtype=np.float32)
    for lo in range(0, x.shape[1], _CHUNK):
        weights[used[lo : lo + _CHUNK]] = x[:, lo : lo + _CHUNK].T @ a
    # Round through float16, as stored, so a fitted model and a loaded one agree.
    weights = weights.astype(np.float16).astype(np.float32)
    bias = a.sum(axis=0)
    dense = None
    if vectors is not None:
        dense = (dense_scale * (vectors.T @ a)).astype(np.float32)
        bias = bias - centre @ dense
    bias = bias.astype(np.float32)
    return EventModel(CLASSES, FOLD, bits, weights, bias, with_evidence, dense)


_CHUNK = 8192


def _design(examples: Sequence[Example], with_evidence: bool, bits: int) -> tuple[Any, Any]:
    """The examples' feature vectors over the hash buckets in use, and those buckets."""
    import numpy as np

    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for i, ex in enumerate(examples):
        ids = feature_ids(ex.features(with_evidence), bits)
        rows += [i] * len(ids)
        cols += ids
        vals += [1.0 / max(1.0, len(ids)) ** 0.5] * len(ids)
    used, local = np.unique(np.array(cols, dtype=np.int64), return_inverse=True)
    x = np.zeros((len(examples), len(used)), dtype=np.float32)
    np.add.at(x, (np.array(rows, dtype=np.int64), local), np.array(vals))
    return x, used


def _gram(x: Any) -> Any:
    """``x @ x.T``, summed over column chunks in a fixed order."""
    import numpy as np

    out = np.zeros((x.shape[0], x.shape[0]))
    for lo in range(0, x.shape[1], _CHUNK):
        part = x[:, lo : lo + _CHUNK]
        out += part @ part.T
    return out


def _descend(gram: Any, y: Any, l2: float, steps: int, share: Any = None) -> Any:
    """Heavy-ball descent on mean cross-entropy + ``l2 / 2 * |W|^2``, in the dual ``A``.

    ``share`` weighs each example's cross-entropy (mean 1; all 1 when ``None``).
    """
    import numpy as np

    n, k = y.shape
    share = np.ones(n) if share is None else share
    # Step size from the largest eigenvalue of the Gram matrix (power iteration from ones).
    v = np.ones(n)
    for _ in range(30):
        v = gram @ v
        v /= np.linalg.norm(v)
    top = float(v @ gram @ v)
    rate = 1.0 / (0.5 * top * float(share.max()) / n + l2)
    a = np.zeros((n, k))
    velocity = np.zeros((n, k))
    for _ in range(steps):
        z = gram @ a
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        velocity = MOMENTUM * velocity + (p - y) * share[:, None] / n + l2 * a
        a = a - rate * velocity
    return a
