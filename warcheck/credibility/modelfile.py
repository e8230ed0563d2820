"""The shipped model file: models to JSON and back, byte for byte reproducible.

``fakes-model.json`` holds two logistic models trained on the FA-KES
training split by ``scripts/train_credibility.py``: ``full`` (with the
outlet's name and camp) and ``without_outlet``; with each, the penalty that
cross-validation chose and its cross-validated scores. Numbers are rounded
to eight significant digits and keys sorted, so training twice on the same
file writes the same bytes.
"""

from __future__ import annotations

import functools
import json
from importlib.resources import files
from typing import Any

from warcheck.credibility.logistic import Logistic
from warcheck.errors import DataError

FORMAT = "warcheck.credibility-model/1"
FILE = "fakes-model.json"
DIGITS = 8


def _round(x: float) -> float:
    return float(f"{x:.{DIGITS}g}")


def model_dict(model: Logistic) -> dict[str, Any]:
    """A model as a JSON-ready dict (features with their mean, scale and weight)."""
    return {
        "bias": _round(model.bias),
        "features": {
            n: [_round(m), _round(s), _round(w)]
            for n, m, s, w in zip(
                model.names, model.means, model.scales, model.weights, strict=True
            )
        },
    }


def model_from(data: dict[str, Any]) -> Logistic:
    """The model a :func:`model_dict` dict describes."""
    names = tuple(sorted(data["features"]))
    rows = [data["features"][n] for n in names]
    return Logistic(
        names=names,
        means=tuple(float(r[0]) for r in rows),
        scales=tuple(float(r[1]) for r in rows),
        weights=tuple(float(r[2]) for r in rows),
        bias=float(data["bias"]),
    )


def dumps(models: dict[str, Logistic], about: dict[str, Any]) -> str:
    """The model file's text: its format, what it is, and each model."""
    doc = {
        "format": FORMAT,
        "about": about,
        "models": {k: model_dict(m) for k, m in sorted(models.items())},
    }
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def loads(text: str) -> tuple[dict[str, Logistic], dict[str, Any]]:
    """Read a model file's text; raise :class:`DataError` when it is not one."""
    try:
        doc = json.loads(text)
        if doc.get("format") != FORMAT:
            raise DataError(f"not a credibility model file (format {doc.get('format')!r})")
        return {k: model_from(v) for k, v in doc["models"].items()}, doc.get("about", {})
    except (ValueError, KeyError, TypeError, IndexError) as err:
        raise DataError(f"malformed credibility model file: {err}") from None


@functools.cache
def shipped() -> tuple[dict[str, Logistic], dict[str, Any]]:
    """The models that ship with the package (``warcheck/credibility/fakes-model.json``)."""
    return loads(files("warcheck.credibility").joinpath(FILE).read_text("utf-8"))
