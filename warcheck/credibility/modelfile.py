"""The shipped model file: models to JSON and back, byte for byte reproducible.

``fakes-model.json`` holds two models trained on the FA-KES training split
by ``scripts/train_credibility.py``: ``full`` (with the outlet's name and
camp) and ``without_outlet``; with each, the model and setting that
cross-validation chose and its cross-validated scores. A model is
``"logistic"`` (per feature: mean, scale, weight) or ``"trees"`` (per
feature its mean; each tree a list of nodes ``[feature, threshold, value,
left, right]``, a leaf's feature empty). Numbers are rounded
to eight significant digits, keys sorted and the JSON written compactly (one
line), so training twice on the same file writes the same bytes.
"""

from __future__ import annotations

import functools
import json
from importlib.resources import files
from typing import Any

from warcheck.credibility.logistic import Logistic
from warcheck.credibility.training import Model
from warcheck.credibility.trees import Trees
from warcheck.errors import DataError

FORMAT = "warcheck.credibility-model/1"
FILE = "fakes-model.json"
DIGITS = 8


def _round(x: float) -> float:
    return float(f"{x:.{DIGITS}g}")


def model_dict(model: Model) -> dict[str, Any]:
    """A model as a JSON-ready dict (see the module)."""
    if isinstance(model, Trees):
        return {
            "kind": "trees",
            "bias": _round(model.bias),
            "rate": model.rate,
            "means": {n: _round(m) for n, m in zip(model.names, model.means, strict=True)},
            "trees": [
                [[f, _round(t), _round(v), lo, hi] for f, t, v, lo, hi in tree]
                for tree in model.trees
            ],
        }
    return {
        "kind": "logistic",
        "bias": _round(model.bias),
        "features": {
            n: [_round(m), _round(s), _round(w)]
            for n, m, s, w in zip(
                model.names, model.means, model.scales, model.weights, strict=True
            )
        },
    }


def model_from(data: dict[str, Any]) -> Model:
    """The model a :func:`model_dict` dict describes."""
    if data.get("kind") == "trees":
        names = tuple(sorted(data["means"]))
        return Trees(
            names=names,
            means=tuple(float(data["means"][n]) for n in names),
            bias=float(data["bias"]),
            rate=float(data["rate"]),
            trees=tuple(
                tuple((str(f), float(t), float(v), int(lo), int(hi)) for f, t, v, lo, hi in tree)
                for tree in data["trees"]
            ),
        )
    names = tuple(sorted(data["features"]))
    rows = [data["features"][n] for n in names]
    return Logistic(
        names=names,
        means=tuple(float(r[0]) for r in rows),
        scales=tuple(float(r[1]) for r in rows),
        weights=tuple(float(r[2]) for r in rows),
        bias=float(data["bias"]),
    )


def dumps(models: dict[str, Model], about: dict[str, Any]) -> str:
    """The model file's text: its format, what it is, and each model."""
    doc = {
        "format": FORMAT,
        "about": about,
        "models": {k: model_dict(m) for k, m in sorted(models.items())},
    }
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


def loads(text: str) -> tuple[dict[str, Model], dict[str, Any]]:
    """Read a model file's text; raise :class:`DataError` when it is not one."""
    try:
        doc = json.loads(text)
        if doc.get("format") != FORMAT:
            raise DataError(f"not a credibility model file (format {doc.get('format')!r})")
        return {k: model_from(v) for k, v in doc["models"].items()}, doc.get("about", {})
    except (ValueError, KeyError, TypeError, IndexError) as err:
        raise DataError(f"malformed credibility model file: {err}") from None


@functools.cache
def shipped() -> tuple[dict[str, Model], dict[str, Any]]:
    """The models that ship with the package (``warcheck/credibility/fakes-model.json``)."""
    return loads(files("warcheck.credibility").joinpath(FILE).read_text("utf-8"))
