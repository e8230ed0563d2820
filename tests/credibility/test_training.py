"""Training: stratified seeded folds, reproducible model files, leave-one-outlet-out."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from warcheck.credibility.modelfile import loads
from warcheck.credibility.training import (
    leave_one_outlet_out,
    stratified_folds,
    train,
    without_outlet,
)
from warcheck.evaluation.credibility import build_model

ROOT = Path(__file__).resolve().parents[2]


def test_folds_are_stratified_disjoint_and_seeded() -> None:
    labels = [1] * 30 + [0] * 20
    folds = stratified_folds(labels, k=5, seed=3)
    assert sorted(i for f in folds for i in f) == list(range(50))
    assert all(sum(labels[i] for i in f) == 6 for f in folds)
    assert folds == stratified_folds(labels, k=5, seed=3)
    assert folds != stratified_folds(labels, k=5, seed=4)


def test_training_twice_writes_the_same_file(split: tuple[Path, Path], tmp_path: Path) -> None:
    script = ROOT / "scripts" / "train_credibility.py"
    spec = importlib.util.spec_from_file_location("train_credibility", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert module.main([str(split[0]), "--out", str(one)]) == 0
    assert module.main([str(split[0]), "--out", str(two)]) == 0
    assert one.read_bytes() == two.read_bytes()
    models, about = loads(one.read_text("utf-8"))
    assert set(models) == {"full", "without_outlet"}
    assert not any(n.startswith(("outlet:", "camp:")) for n in models["without_outlet"].names)
    assert any(n.startswith("outlet:") for n in models["full"].names)
    assert about["trained_on"]["n"] == 28 and about["cv"]["full"]["folds"] == 5


def test_the_model_file_round_trips(split: tuple[Path, Path]) -> None:
    text = build_model(split[0])
    models, _ = loads(text)
    stored = json.loads(text)["models"]["full"]
    again = stored.get("features") or stored["means"]  # a logistic model or trees
    assert list(models["full"].names) == sorted(again)


def test_leave_one_outlet_out_never_trains_on_the_outlet() -> None:
    # The outlet decides the label; holding it out leaves nothing to learn from it.
    rows = [{f"outlet:{o}": 1.0, "noise": float(i % 3)} for i, o in enumerate("ab" * 10)]
    labels = [1 if "outlet:a" in r else 0 for r in rows]
    outlets = ["a" if "outlet:a" in r else "b" for r in rows]
    inside = train(rows, labels, ("logistic", 0.01))
    assert (
        sum((inside.probability(r) >= 0.5) == bool(y) for r, y in zip(rows, labels, strict=True))
        == 20
    )
    result = leave_one_outlet_out(rows, labels, outlets, ("logistic", 0.01), without_outlet(True))
    assert set(result["per_outlet"]) == {"a", "b"}
    assert result["accuracy"] <= 0.5


def test_the_shipped_model_file_loads_and_leaves_the_outlet_out() -> None:
    from warcheck.credibility.modelfile import shipped

    models, about = shipped()
    assert set(models) == {"full", "without_outlet"}
    assert about["trained_on"]["file"] == "fakes-train.csv"
    assert not any(n.startswith(("outlet:", "camp:")) for n in models["without_outlet"].names)
