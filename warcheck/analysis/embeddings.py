"""Static sentence embeddings: word pieces of MiniLM, distilled into a small table.

``knowledge/data/embeddings.bin.gz`` holds the word pieces of the
all-MiniLM-L6-v2 vocabulary and one vector per piece (8-bit integers times a
float16 scale per piece, about 3.6 MB for 128 dimensions), distilled offline
by ``scripts/build_embeddings.py`` (the model2vec recipe: each piece through the
encoder, PCA, SIF weighting). A text is split as the BERT uncased tokenizer
splits it (text cleaned, lower-cased, accents stripped, punctuation and CJK
characters apart, then greedy longest-match word pieces, ``##`` inside a word)
and its vector is the mean of its pieces' vectors, scaled to length 1. Nothing
is downloaded and no neural network runs: a text costs a few table look-ups.

numpy is imported on first use and the table is read once, when first needed.
"""

from __future__ import annotations

import gzip
import json
import re
import struct
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from warcheck.knowledge.loader import KnowledgeError, read_bytes

__all__ = ["EMBEDDINGS_FILE", "Embeddings", "embeddings", "pieces"]

EMBEDDINGS_FILE = "embeddings.bin.gz"
MAGIC = b"WCSE1\n"
LEVELS = 127  # a stored vector is int8 in [-LEVELS, LEVELS] times its float16 scale
UNKNOWN = "[UNK]"
MAX_WORD = 100  # BERT: a longer word is one unknown piece

_ASCII_SPLIT = re.compile(r"[a-z0-9]+|[!-/:-@\[-`{-~]")


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


def basic_split(chunk: str) -> list[str]:
    """The BERT basic tokens of a chunk of text without spaces (lower-cased, no accents)."""
    low = chunk.lower()
    if low.isascii():
        return _ASCII_SPLIT.findall(low)
    out: list[str] = []
    word: list[str] = []
    for ch in unicodedata.normalize("NFD", low):
        cat = unicodedata.category(ch)
        if cat == "Mn" or ch in "\x00\ufffd" or (cat in ("Cc", "Cf") and ch not in "\t\n\r"):
            continue
        if ch.isspace() or cat == "Zs":
            out += ["".join(word)] if word else []
            word = []
        elif _is_punctuation(ch) or _is_cjk(ord(ch)):
            out += ["".join(word), ch] if word else [ch]
            word = []
        else:
            word.append(ch)
    return out + (["".join(word)] if word else [])


@dataclass(frozen=True, eq=False)
class Embeddings:
    """Word pieces and their vectors (numpy float32, one row per piece)."""

    pieces: tuple[str, ...]
    vectors: Any
    index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", {p: i for i, p in enumerate(self.pieces)})

    @property
    def dims(self) -> int:
        """The length of a vector."""
        return int(self.vectors.shape[1])

    def word_ids(self, word: str) -> list[int]:
        """Greedy longest-match word pieces of one basic token; ``[UNK]`` when it has none."""
        unknown = [self.index[UNKNOWN]] if UNKNOWN in self.index else []
        if len(word) > MAX_WORD:
            return unknown
        out, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.index:
                    out.append(self.index[piece])
                    break
                end -= 1
            if end == start:
                return unknown
            start = end
        return out

    def vector(self, text: str) -> Any:
        """The mean of a text's piece vectors, unknown pieces left out, scaled to length 1."""
        import numpy as np

        ids = [i for chunk in text.split() for i in _chunk_ids(self, chunk)]
        if not ids:
            return np.zeros(self.dims, dtype=np.float32)
        v = self.vectors[ids].mean(axis=0, dtype=np.float32)
        norm = float(np.sqrt(v @ v))
        return v / norm if norm > 0 else v

    def to_bytes(self) -> bytes:
        """The table as a deterministic gzip file (no timestamp)."""

        scales, codes = quantize(self.vectors)
        words = "\n".join(self.pieces).encode("utf-8")
        head = json.dumps({"rows": len(self.pieces), "dims": int(codes.shape[1])}).encode()
        body = MAGIC + struct.pack("<II", len(head), len(words)) + head + words
        body += scales.astype("<f2").tobytes() + codes.astype("i1").tobytes()
        return gzip.compress(body, compresslevel=9, mtime=0)

    @classmethod
    def from_bytes(cls, data: bytes) -> Embeddings:
        """Read a table written by :meth:`to_bytes`."""
        import numpy as np

        body = gzip.decompress(data)
        if not body.startswith(MAGIC):
            raise KnowledgeError(f"{EMBEDDINGS_FILE}: not a warcheck embeddings table")
        at = len(MAGIC)
        size, wsize = struct.unpack_from("<II", body, at)
        head = json.loads(body[at + 8 : at + 8 + size])
        at += 8 + size
        pieces = tuple(body[at : at + wsize].decode("utf-8").split("\n"))
        rows, dims = int(head["rows"]), int(head["dims"])
        at += wsize
        scales = np.frombuffer(body, dtype="<f2", count=rows, offset=at).astype(np.float32)
        codes = np.frombuffer(body, dtype="i1", count=rows * dims, offset=at + 2 * rows)
        return cls(pieces, codes.reshape(rows, dims).astype(np.float32) * scales[:, None])


def quantize(vectors: Any) -> tuple[Any, Any]:
    """Each row as a float16 scale and int8 codes: ``row ~ codes * scale``."""
    import numpy as np

    v = np.asarray(vectors, dtype=np.float32)
    peak = np.abs(v).max(axis=1)
    scales = (np.where(peak > 0, peak, 1.0) / LEVELS).astype(np.float16).astype(np.float32)
    codes = np.clip(np.rint(v / scales[:, None]), -LEVELS, LEVELS).astype(np.int8)
    return scales.astype(np.float16), codes


@lru_cache(maxsize=1 << 16)
def _chunk_ids(table: Embeddings, chunk: str) -> tuple[int, ...]:
    return tuple(i for word in basic_split(chunk) for i in table.word_ids(word))


def pieces(table: Embeddings, text: str) -> list[str]:
    """The word pieces of a text (what :meth:`Embeddings.vector` averages)."""
    return [table.pieces[i] for chunk in text.split() for i in _chunk_ids(table, chunk)]


@cache
def embeddings() -> Embeddings:
    """The shipped table, read once."""
    return Embeddings.from_bytes(read_bytes(EMBEDDINGS_FILE))
