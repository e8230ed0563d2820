"""Shared fixtures: the bundled example article and its analysis."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import warcheck

# Tests never write the language-model cache under the home directory
# (tests/read/test_language_model.py tests the cache in a temporary one).
os.environ.setdefault("WARCHECK_CACHE_DIR", "")

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
