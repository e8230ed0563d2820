"""py3langid's identifier and its local cache (read/language_model.py)."""

from __future__ import annotations

import random
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


def test_the_vectorised_walk_counts_features_as_py3langid() -> None:
    from py3langid.langid import visit_counts

    ident = language_model.identifier()
    rng = random.Random(7)
    samples = [ident._encode(t) for t in TEXTS]
    samples += [b"", b"a", "Ma\u2019arrat al-Nu\u2018man, \u062d\u0644\u0628".encode()]
    samples += [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 80))) for _ in range(200)]
    for data in samples:
        slow = visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, data)
        fast = ident.walk.visits(data)
        # The same counts in the same (first-seen) order: the scores are summed in that order.
        assert (list(fast.items()) if fast else None) == (list(slow.items()) if slow else None)


def test_a_cache_without_the_order_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import numpy as np

    monkeypatch.setenv("WARCHECK_CACHE_DIR", str(tmp_path))
    language_model.identifier()
    path = language_model.cache_path()
    assert path is not None
    with np.load(path) as data:
        arrays = {k: data[k] for k in data.files if k != "order"}
    np.savez(path, **arrays)
    assert language_model.identifier().walk.order >= 4
    with np.load(path) as data:
        assert "order" in data.files
