"""Gradient-boosted shallow trees in plain Python: the other model cross-validation may choose.

Each round fits a tree of depth :data:`DEPTH` to the gradient and curvature
of the log-loss (Newton leaf values with an L2 term, at least
:data:`MIN_LEAF` rows a leaf) and adds it with the learning rate. Splits are
``value <= threshold`` with the threshold half-way between two observed
values; ties are broken by feature order, so there is no randomness. A
prediction's log-odds is split into per-feature contributions by following
its path (each split is credited with the change of node value it makes),
which sum exactly to the log-odds minus the base rate's.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from warcheck.credibility.logistic import sigmoid

ROUNDS = 100
RATE = 0.1
DEPTH = 2
MIN_LEAF = 8
L2 = 1.0

# A node: (feature or "" for a leaf, threshold, value, left index, right index).
Node = tuple[str, float, float, int, int]


@dataclass(frozen=True)
class Trees:
    """A fitted ensemble: feature names with their training means, base log-odds, trees."""

    names: tuple[str, ...]
    means: tuple[float, ...]
    bias: float
    rate: float
    trees: tuple[tuple[Node, ...], ...]

    def _path_terms(self, values: dict[str, float]) -> tuple[float, dict[str, float]]:
        base, terms = self.bias, dict[str, float]()
        for tree in self.trees:
            node = tree[0]
            base += self.rate * node[2]
            while node[0]:
                child = tree[node[3] if values.get(node[0], 0.0) <= node[1] else node[4]]
                terms[node[0]] = terms.get(node[0], 0.0) + self.rate * (child[2] - node[2])
                node = child
        return base, terms

    def contributions(self, values: dict[str, float]) -> dict[str, float]:
        """Each feature's share of the log-odds (zero shares left out)."""
        return {n: t for n, t in self._path_terms(values)[1].items() if t}

    def probability(self, values: dict[str, float]) -> float:
        """Return the probability of the positive class for one row."""
        base, terms = self._path_terms(values)
        return sigmoid(base + sum(terms.values()))


def _best_split(
    columns: dict[str, list[float]],
    orders: dict[str, list[int]],
    inside: list[bool],
    g: list[float],
    h: list[float],
) -> tuple[float, str, float] | None:
    total_g = sum(g[i] for i, k in enumerate(inside) if k)
    total_h = sum(h[i] for i, k in enumerate(inside) if k)
    count = sum(inside)
    base = total_g * total_g / (total_h + L2)
    best: tuple[float, str, float] | None = None
    for name, order in orders.items():
        col = columns[name]
        rows = [i for i in order if inside[i]]
        gl = hl = 0.0
        for k in range(len(rows) - 1):
            i = rows[k]
            gl += g[i]
            hl += h[i]
            left = k + 1
            if left < MIN_LEAF or count - left < MIN_LEAF or col[i] == col[rows[k + 1]]:
                continue
            gain = gl * gl / (hl + L2) + (total_g - gl) ** 2 / (total_h - hl + L2) - base
            if best is None or gain > best[0] + 1e-12:
                best = (gain, name, (col[i] + col[rows[k + 1]]) / 2)
    return best if best and best[0] > 0 else None


def _grow(
    columns: dict[str, list[float]],
    orders: dict[str, list[int]],
    inside: list[bool],
    g: list[float],
    h: list[float],
    depth: int,
    nodes: list[Node],
) -> int:
    """Append the subtree of the rows ``inside`` to ``nodes``; return its root's index."""
    value = -sum(g[i] for i, k in enumerate(inside) if k) / (
        sum(h[i] for i, k in enumerate(inside) if k) + L2
    )
    at = len(nodes)
    nodes.append(("", 0.0, value, -1, -1))
    split = _best_split(columns, orders, inside, g, h) if depth else None
    if split is None:
        return at
    _, name, threshold = split
    col = columns[name]
    left = [k and col[i] <= threshold for i, k in enumerate(inside)]
    right = [k and col[i] > threshold for i, k in enumerate(inside)]
    lo = _grow(columns, orders, left, g, h, depth - 1, nodes)
    hi = _grow(columns, orders, right, g, h, depth - 1, nodes)
    nodes[at] = (name, threshold, value, lo, hi)
    return at


def fit(
    rows: Sequence[dict[str, float]],
    labels: Sequence[int],
    names: Sequence[str],
    rounds: int = ROUNDS,
) -> Trees:
    """Fit the ensemble on rows (name -> value) with 0/1 labels."""
    n = len(rows)
    columns = {name: [r.get(name, 0.0) for r in rows] for name in names}
    orders = {
        name: sorted(range(n), key=col.__getitem__)
        for name, col in columns.items()
        if len(set(col)) > 1
    }
    share = min(max(sum(labels) / max(n, 1), 1e-3), 1 - 1e-3)
    bias = math.log(share / (1 - share))
    scores = [bias] * n
    trees = []
    for _ in range(rounds):
        p = [sigmoid(s) for s in scores]
        g = [pi - y for pi, y in zip(p, labels, strict=True)]
        h = [pi * (1 - pi) for pi in p]
        nodes: list[Node] = []
        _grow(columns, orders, [True] * n, g, h, DEPTH, nodes)
        tree = tuple(nodes)
        trees.append(tree)
        scores = [s + RATE * _value(tree, r) for s, r in zip(scores, rows, strict=True)]
    means = tuple(sum(columns[name]) / max(n, 1) for name in names)
    return Trees(tuple(names), means, bias, RATE, tuple(trees))


def _value(tree: tuple[Node, ...], values: dict[str, float]) -> float:
    node = tree[0]
    while node[0]:
        node = tree[node[3] if values.get(node[0], 0.0) <= node[1] else node[4]]
    return node[2]
