"""Each layer of the package imports only from layers below it.

The table below is the layer diagram of CONTRIBUTING.md: a module may import
from its own layer and from lower ones, never from a higher one; only the top
layer (the command line, later the web app) imports the façade
(``warcheck/__init__.py``). A new sub-package must be given its layer here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "warcheck"

# Lowest first. Keys are the first dotted part after ``warcheck.``.
LAYERS: dict[str, int] = {
    "errors": 0,
    "version": 0,
    "vocab": 0,
    "text": 0,
    "model": 0,
    "record": 0,
    "knowledge": 1,
    "read": 2,
    "analysis": 3,
    "render": 4,
    "corpus": 5,
    "crosscheck": 6,
    "credibility": 7,
    "scale": 8,
    "evaluation": 8,  # evaluates every layer below it
    "web": 9,
    "cli": 9,
    "__main__": 9,  # python -m warcheck: the command line
}
FACADE_USERS = {"cli", "web"}


def _part(module: str) -> str:
    return module.split(".")[1] if module.count(".") else ""


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every ``warcheck`` module imported anywhere in ``path`` (in functions too)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "warcheck":
                found += [(node.lineno, f"warcheck.{a.name}") for a in node.names]
            elif node.module.startswith("warcheck."):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
            found += [(node.lineno, n) for n in names if n.split(".")[0] == "warcheck"]
    return found


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = sorted(p for p in PACKAGE.rglob("*.py"))


def test_every_module_has_a_layer() -> None:
    unplaced = {
        _module_name(p)
        for p in MODULES
        if p.parent != PACKAGE or p.name != "__init__.py"
        if _part(_module_name(p)) not in LAYERS
    }
    assert unplaced == set(), "give these a layer in tests/test_layers.py and CONTRIBUTING.md"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module_name(p))
def test_imports_point_down(path: Path) -> None:
    name = _module_name(path)
    if name == "warcheck":
        return  # the façade sits on top of everything and imports lazily
    own = LAYERS[_part(name)]
    wrong = []
    for line, target in _imports(path):
        part = _part(target) if target != "warcheck" else ""
        if target == "warcheck" or part not in LAYERS:
            # ``import warcheck`` or a name of the façade (``from warcheck import analyze``)
            if _part(name) not in FACADE_USERS:
                wrong.append(f"line {line}: {target} (the façade)")
        elif LAYERS[part] > own:
            wrong.append(f"line {line}: {target} (layer {LAYERS[part]} > {own})")
    assert wrong == [], f"{name} imports upward"


def test_the_check_catches_an_upward_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from warcheck.analysis.claims import build_claims\n")
    assert _imports(bad) == [(2, "warcheck.analysis.claims")]
    assert LAYERS[_part("warcheck.analysis.claims")] > LAYERS[_part("warcheck.knowledge.loader")]
