"""Shared fixtures: the bundled example article and its analysis, a store test article."""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import warcheck

# Tests never write the language-model cache under the home directory
# (tests/read/test_language_model.py tests the cache in a temporary one).
os.environ.setdefault("WARCHECK_CACHE_DIR", "")
# Nor do they read the user's local gazetteers (tests/knowledge/test_gazetteer_import.py
# imports into a temporary folder).
os.environ["WARCHECK_DATA_DIR"] = ""

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-article.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(seed_text: str) -> warcheck.Analysis:
    return warcheck.analyze(seed_text, published="2017-10-05")


@pytest.fixture(scope="session")
def seed_undated(seed_text: str) -> warcheck.Analysis:
    return warcheck.analyze(seed_text)


@pytest.fixture(scope="session")
def split(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The FA-KES sample's first 28 rows as a training CSV, the other 13 as a test CSV."""
    with (FIXTURES / "fakes-sample.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields, rows = reader.fieldnames or [], list(reader)
    out = tmp_path_factory.mktemp("credibility")
    paths = (out / "train.csv", out / "test.csv")
    for path, part in zip(paths, (rows[:28], rows[28:]), strict=True):
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=fields)
            writer.writeheader()
            writer.writerows(part)
    return paths


@pytest.fixture(scope="session")
def reference_files() -> ModuleType:
    """The writers of small ACLED and UCDP GED files (``tests/reference_files.py``)."""
    return _helper("reference_files")


ARTICLE = (
    "Air strikes kill five in Idlib\n\n"
    "Air strikes killed five civilians in the town of Saraqib in Idlib province on Monday, "
    "the Syrian Observatory for Human Rights said."
)


@pytest.fixture(scope="session")
def idlib_article() -> str:
    """A short made-up wire report: one air strike, its toll, town and province, a monitor."""
    return ARTICLE


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def write_jsonl() -> Callable[[Path, list[dict[str, Any]]], Path]:
    """``write_jsonl(path, records)``: the records as a JSON Lines file at ``path``; the path."""
    return _write_jsonl


def _helper(name: str) -> ModuleType:
    """A helper module of the tests (``tests/NAME.py``), loaded by path."""
    spec = importlib.util.spec_from_file_location(
        name, Path(__file__).resolve().parent / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def postgres() -> Iterator[object]:
    """A throwaway PostgreSQL server on a unix socket (``tests/postgres_server.py``).

    Skips the test, saying why, when no server can be started here.
    """
    pytest.importorskip("psycopg", reason="psycopg missing: pip install -e '.[test]'")
    server_module = _helper("postgres_server")
    try:
        server = server_module.start()
    except server_module.Unavailable as err:
        pytest.skip(f"PostgreSQL cannot be started: {err}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new, empty store goes: a SQLite file, then a PostgreSQL database (a URL)."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return str(request.getfixturevalue("postgres").new_database())
