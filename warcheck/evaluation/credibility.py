"""``warcheck eval credibility``: credibility model trained on one FA-KES CSV, scored on a second.

Both files are FA-KES-format CSVs with a ``label`` column (1 credible, 0
fake). The test articles are analysed and cross-checked together with the
training articles, their labels never read until scoring. Two models are
trained, each model and setting chosen by cross-validation on the training
file only: the full model and one without the outlet's name and camp. The
training file is also scored outlet by outlet, each outlet held out of
training in turn. The labels say whether an article's facts matched one
documentation centre's records (see the README), nothing more.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from warcheck.credibility import Example, assess, choose, featurise, leave_one_outlet_out, train
from warcheck.credibility.assessment import WHAT
from warcheck.credibility.features import Features
from warcheck.credibility.metrics import reliability, scores
from warcheck.credibility.modelfile import dumps
from warcheck.credibility.training import FOLDS, SEED, Model, setting_name, without_outlet
from warcheck.errors import DataError
from warcheck.evaluation.fakes import article_text, rows

Progress = Callable[[int, int], None]
VARIANTS = {"metrics": True, "without_outlet": False}


def examples(path: str | Path) -> list[Example]:
    """The labelled articles of a FA-KES-format CSV (title line, content, outlet, label)."""
    out = []
    for n, row in enumerate(rows(path), 2):
        value = (row.get("label") or "").strip()
        if value not in ("0", "1", "0.0", "1.0"):
            raise DataError(f"{path}:{n}: label must be 0 or 1, not {value!r}")
        out.append(Example(article_text(row), row.get("source") or None, int(float(value))))
    if not out:
        raise DataError(f"{path}: no rows")
    return out


def labels_of(items: Sequence[Example]) -> list[int]:
    """The 0/1 labels of labelled examples."""
    return [int(e.label or 0) for e in items]


def featurised(
    train_set: Sequence[Example], test_set: Sequence[Example]
) -> tuple[list[Features], list[Features]]:
    """Features of the training and test articles, cross-checked together without labels."""
    hidden = [Example(e.text, e.outlet, name=f"train row {i}") for i, e in enumerate(train_set)]
    hidden += [Example(e.text, e.outlet, name=f"test row {i}") for i, e in enumerate(test_set)]
    feats = featurise(hidden, range(len(train_set)))
    return feats[: len(train_set)], feats[len(train_set) :]


def evaluate(
    train_path: str | Path, test_path: str | Path, progress: Progress | None = None
) -> dict[str, Any]:
    """Train on ``train_path``, score on ``test_path``; the full result (see the module)."""
    train_set, test_set = examples(train_path), examples(test_path)
    tr, te = featurised(train_set, test_set)
    y, gold = labels_of(train_set), labels_of(test_set)
    result: dict[str, Any] = {
        "dataset": Path(test_path).name,
        "train": Path(train_path).name,
        "dataset_kind": "credibility",
        "n": len(test_set),
        "cv": {},
    }
    tr_rows, te_rows = [f.values for f in tr], [f.values for f in te]
    for step, (key, full) in enumerate(VARIANTS.items(), 1):
        left_out = without_outlet(full)
        choice = choose(tr_rows, y, left_out)
        model = train(tr_rows, y, choice.setting, left_out)
        probs = [model.probability(r) for r in te_rows]
        result[key] = scores(gold, probs)
        result["cv"]["full" if full else "without_outlet"] = {
            **choice.scores,
            "model": setting_name(choice.setting),
            "log_loss": choice.log_loss,
        }
        result["reliability" if full else "reliability_without_outlet"] = reliability(gold, probs)
        if full:
            result["articles"] = _articles(model, te, test_set)
            setting = choice.setting
        if progress:
            progress(step, 3)
    outlets = [e.outlet or "" for e in train_set]
    result["leave_one_outlet_out"] = leave_one_outlet_out(tr_rows, y, outlets, setting)
    if progress:
        progress(3, 3)
    return result


def build_model(train_path: str | Path) -> str:
    """The text of the model file trained on ``train_path`` (see ``scripts/train_credibility.py``).

    Both models, each with the model and setting chosen by cross-validation on this
    file and its cross-validated scores; the same file gives the same text.
    """
    train_set = examples(train_path)
    feats = featurise([Example(e.text, e.outlet) for e in train_set], range(len(train_set)))
    rows_, y = [f.values for f in feats], labels_of(train_set)
    models: dict[str, Model] = {}
    cv: dict[str, Any] = {}
    about = {
        "what": WHAT,
        "trained_on": {"file": Path(train_path).name, "sha256": _sha256(train_path), "n": len(y)},
        "cv": cv,
    }
    for key, full in (("full", True), ("without_outlet", False)):
        left_out = without_outlet(full)
        choice = choose(rows_, y, left_out)
        models[key] = train(rows_, y, choice.setting, left_out)
        cv[key] = {
            **choice.scores,
            "model": setting_name(choice.setting),
            "log_loss": choice.log_loss,
            "folds": FOLDS,
            "seed": SEED,
        }
    return dumps(models, about)


def _sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _articles(model: Any, feats: Sequence[Features], items: Sequence[Example]) -> list[dict]:
    return [
        {"row": i, "outlet": e.outlet, "label": e.label, **assess(model, f)}
        for i, (f, e) in enumerate(zip(feats, items, strict=True))
    ]


def _line(name: str, m: dict[str, Any]) -> str:
    auc = "n/a" if m.get("roc_auc") is None else f"{m['roc_auc']:.3f}"
    extra = f"  f1 {m['f1']:.3f}  brier {m['brier']:.3f}" if "f1" in m else ""
    return f"  {name:<28} accuracy {m['accuracy']:.3f}  roc_auc {auc}{extra}"


def format_result(result: dict[str, Any]) -> str:
    """The result as a short report: test scores, CV scores, leave-one-outlet-out, reliability."""
    lines = [
        f"Credibility model: trained on {result['train']}, tested on {result['dataset']} "
        f"({result['n']} articles)",
        _line("full", result["metrics"]),
        _line("without outlet/camp", result["without_outlet"]),
        "cross-validation on the training file:",
        _line(f"full ({result['cv']['full']['model']})", result["cv"]["full"]),
        _line(
            f"without outlet ({result['cv']['without_outlet']['model']})",
            result["cv"]["without_outlet"],
        ),
        _line("leave one outlet out", result["leave_one_outlet_out"]),
        "reliability (full model, test): bin  n  mean probability  share credible",
    ]
    for row in result["reliability"]:
        lines.append(
            f"  {row['bin']}  {row['n']:>4}  {row['mean_probability']:.3f}  "
            f"{row['positive_share']:.3f}"
        )
    lines.append("The labels: facts matched against one documentation centre's records (README).")
    return "\n".join(lines) + "\n"
