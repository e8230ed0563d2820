"""Static sentence embeddings and their word-piece tokenizer (analysis/embeddings.py)."""

from __future__ import annotations

import numpy as np
import pytest

from warcheck.analysis.embeddings import Embeddings, basic_split, embeddings, pieces


def _table() -> Embeddings:
    words = ("[UNK]", "air", "##strike", "##s", "strike", "on", "a", ",", "cafe")
    vectors = np.eye(len(words), 4, dtype=np.float32) + 0.5
    return Embeddings(words, vectors)


def test_basic_split_lowercases_strips_accents_and_splits_punctuation() -> None:
    assert basic_split("Café,Naïve!") == ["cafe", ",", "naive", "!"]
    assert basic_split("U.S.-led") == ["u", ".", "s", ".", "-", "led"]
    assert basic_split("北京x") == ["北", "京", "x"]  # CJK characters stand alone
    assert basic_split("a\u200bb") == ["ab"]  # format characters are dropped


def test_word_pieces_are_the_longest_matches_from_the_left() -> None:
    table = _table()
    assert pieces(table, "Airstrikes on a Café,") == [
        "air",
        "##strike",
        "##s",
        "on",
        "a",
        "cafe",
        ",",
    ]
    assert pieces(table, "strikes") == ["strike", "##s"]
    assert pieces(table, "airx") == ["[UNK]"]  # a word with a piece missing is unknown


def test_vector_is_the_normalised_mean_and_leaves_unknown_words_out() -> None:
    table = _table()
    v = table.vector("air on")
    assert v.shape == (4,) and abs(float(v @ v) - 1.0) < 1e-5
    expected = table.vectors[[1, 5]].mean(axis=0)
    assert np.allclose(v, expected / np.linalg.norm(expected))
    assert not table.vector("").any()
    assert not Embeddings(("air",), table.vectors[:1]).vector("zzz").any()


def test_table_bytes_round_trip_and_are_the_same_every_time() -> None:
    table = _table()
    data = table.to_bytes()
    assert data == _table().to_bytes()
    loaded = Embeddings.from_bytes(data)
    assert loaded.pieces == table.pieces
    assert np.allclose(loaded.vectors, table.vectors, atol=1.5 / 127)  # int8 codes, per-row scale


def test_not_an_embeddings_file_is_refused() -> None:
    with pytest.raises(Exception, match="not a warcheck embeddings table"):
        Embeddings.from_bytes(__import__("gzip").compress(b"something else"))


def test_shipped_vectors_put_like_events_nearer_than_unlike_ones() -> None:
    table = embeddings()
    strike = table.vector("Warplanes bombed the village")
    assert table.dims >= 32 and len(table.pieces) > 20000
    near = float(strike @ table.vector("An air strike hit the town"))
    far = float(strike @ table.vector("Protesters marched peacefully in the square"))
    assert near > far
