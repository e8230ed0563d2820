"""py3langid's identifier and its local cache (read/language_model.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from warcheck.read import language_model

TEXTS = [
    "The army said it had shelled the positions of the rebels near the town.",
    "Les forces gouvernementales ont repris le contrôle de la ville hier soir.",
    "Die Regierung hat am Montag eine neue Waffenruhe angekündigt.",
]


def test_identifier_from_the_cache_gives_the_same_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WARCHECK_CACHE_DIR", str(tmp_path))
    path = language_model.cache_path()
    assert path is not None and path.parent == tmp_path and not path.exists()
    fresh = language_model.identifier()
    assert path.exists()
    cached = language_model.identifier()
    assert [cached.classify(t) for t in TEXTS] == [fresh.classify(t) for t in TEXTS]
    assert [fresh.classify(t)[0] for t in TEXTS] == ["en", "fr", "de"]
    assert all(len(code) == 2 for code in cached.nb_classes)


def test_a_broken_cache_file_falls_back_to_the_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WARCHECK_CACHE_DIR", str(tmp_path))
    path = language_model.cache_path()
    assert path is not None
    path.write_bytes(b"not an npz file")
    assert language_model.identifier().classify(TEXTS[0])[0] == "en"


def test_empty_cache_dir_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARCHECK_CACHE_DIR", "")
    assert language_model.cache_path() is None
