"""py3langid's identifier, restricted to two-letter languages, with a local cache.

py3langid ships its model xz-compressed (4.6 MB, 68 MB unpacked); unpacking
it takes most of a cold ``warcheck analyze`` (about 0.6 s of CPU). The
restricted arrays are therefore written once, uncompressed, to a cache file
(``$WARCHECK_CACHE_DIR`` or ``~/.cache/warcheck``; ``WARCHECK_CACHE_DIR=""``
turns the cache off) named after py3langid's version and model file size, and
read from there on later runs. The identifier built from the cache has the
same arrays, so it gives the same languages and probabilities. Any failure to
read or write the cache falls back to py3langid's own file.

Scoring walks py3langid's byte automaton (an Aho-Corasick scanner over byte
n-grams), whose state after a byte depends only on the last few bytes: at most
the depth of its deepest state, the model's *order* (computed once, with the
cache). :class:`Walk` finds the state after every byte in that many
vectorised steps instead of a Python loop over the bytes (a chain of
dependent lookups in a 40 MB table), and counts the features in the order
py3langid's walk first meets them: the scores are computed from the same
numbers in the same order.
"""

from __future__ import annotations

import functools
import os
from collections import Counter
from pathlib import Path
from typing import Any

__all__ = ["cache_path", "identifier"]

_TYPECODE = {2: "H", 4: "I", 8: "L"}  # item size -> stdlib array type code, as py3langid
_NAMES = ("ptc", "pc", "classes", "nextmove", "row", "output", "order")


def cache_path() -> Path | None:
    """The cache file for the installed py3langid model, or None when caching is off."""
    from importlib.metadata import version

    from py3langid.langid import MODEL_DIR, MODEL_FILE

    base = os.environ.get("WARCHECK_CACHE_DIR")
    if base == "":
        return None
    root = Path(base) if base else Path.home() / ".cache" / "warcheck"
    size = (Path(MODEL_DIR) / MODEL_FILE).stat().st_size
    return root / f"langid-{version('py3langid')}-{size}.npz"


def _restricted() -> dict[str, Any]:
    """The model's arrays from py3langid's file, two-letter (ISO 639-1) languages only."""
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # Two-letter languages only: the rare three-letter ones, such as Nigerian
    # Pidgin, win on short English headlines.
    ident.set_languages([code for code in ident.labels if len(code) == 2])
    return {
        # set_languages leaves a strided view that makes scoring twice as slow.
        "ptc": np.ascontiguousarray(ident.nb_ptc),
        "pc": np.asarray(ident.nb_pc),
        "classes": np.asarray(ident.nb_classes),
        "nextmove": np.frombuffer(ident.tk_nextmove, dtype=f"u{ident.tk_nextmove.itemsize}"),
        "row": np.frombuffer(ident.tk_row, dtype=f"u{ident.tk_row.itemsize}"),
        "output": np.asarray(ident.tk_output, dtype=np.int64),
        "order": np.asarray(_order(ident.tk_nextmove, ident.tk_row)),
    }


def _order(nextmove: Any, row: Any) -> int:
    """The depth of the automaton's deepest state: how many bytes its state depends on.

    A breadth-first walk from the start state; the states of a level are
    expanded through their rows (states sharing a row move alike).
    """
    import numpy as np

    moves = np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}").astype(np.int64)
    rows = np.frombuffer(row, dtype=f"u{row.itemsize}").astype(np.int64)
    seen = np.zeros(len(rows), dtype=bool)
    seen[0] = True
    frontier, depth, byte = np.zeros(1, dtype=np.int64), 0, np.arange(256)
    while True:
        bases = np.unique(rows[frontier]) << 8
        chunks = np.array_split(bases, 1 + len(bases) // 4096)
        parts = [moves[(chunk[:, None] + byte).ravel()] for chunk in chunks]
        reached = np.unique(np.concatenate(parts))
        frontier = reached[~seen[reached]]
        if not len(frontier):
            return depth
        seen[frontier] = True
        depth += 1


def _read(path: Path) -> dict[str, Any] | None:
    import numpy as np

    try:
        with np.load(path, allow_pickle=False) as data:
            return {name: data[name] for name in _NAMES}
    except (OSError, KeyError, ValueError):
        return None


def _write(path: Path, arrays: dict[str, Any]) -> None:
    import numpy as np

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        with open(part, "wb") as f:
            np.savez(f, **arrays)
        os.replace(part, path)
    except OSError:
        pass


def identifier() -> Any:
    """A py3langid ``LanguageIdentifier`` (normalised probabilities, two-letter languages).

    It scores as py3langid does, with the feature counts of a :class:`Walk`.
    """
    from array import array

    path = cache_path()
    arrays = _read(path) if path is not None and path.exists() else None
    if arrays is None:
        arrays = _restricted()
        if path is not None:
            _write(path, arrays)
    nextmove = array(_TYPECODE[arrays["nextmove"].itemsize], arrays["nextmove"].tobytes())
    row = array(_TYPECODE[arrays["row"].itemsize], arrays["row"].tobytes())
    ident = _identifier_class()(
        arrays["ptc"],
        arrays["pc"],
        [str(c) for c in arrays["classes"]],
        nextmove,
        arrays["output"].tolist(),
        norm_probs=True,
        tk_row=row,
    )
    bases = arrays["row"].astype("int64") << 8
    ident.walk = Walk(arrays["nextmove"], bases, arrays["output"], int(arrays["order"]))
    return ident


@functools.cache
def _identifier_class() -> Any:
    """py3langid's ``LanguageIdentifier``, counting features with a :class:`Walk`."""
    from py3langid.langid import LanguageIdentifier

    class _Identifier(LanguageIdentifier):
        __slots__ = ("walk",)

        def _raw_score(self, text: bytes) -> Any:
            visits = self.walk.visits(text)
            if not visits:  # no features: py3langid's own answer
                return super()._raw_score(text)
            return self._sparse_score(visits, self.nb_ptc)

    return _Identifier


class Walk:
    """py3langid's automaton walked over all the bytes of a sample at once.

    ``moves`` and ``bases`` are its transitions and row offsets (a state's
    row shifted by 8 bits), ``outputs`` the feature of each state (-1 for
    none), ``order`` the number of bytes a state depends on.
    """

    def __init__(self, moves: Any, bases: Any, outputs: Any, order: int) -> None:
        self.moves, self.bases, self.outputs, self.order = moves, bases, outputs, order

    def visits(self, data: bytes) -> Counter[int] | None:
        """Feature counts of ``data`` as py3langid's ``visit_counts`` gives them.

        The same counts, keyed in the order of each feature's first
        occurrence; None when there is no feature. The state after byte ``i``
        is the state reached from the start over the ``order`` bytes up to
        ``i``: step ``j`` moves every position on by its ``j``-th byte.
        """
        import numpy as np

        codes = np.frombuffer(data, dtype=np.uint8)
        size = len(codes)
        states = np.zeros(size, dtype=np.int64)
        for step in range(self.order):
            start = self.order - 1 - step  # positions from here on read byte (position - start)
            if start < size:
                states[start:] = self.moves[self.bases[states[start:]] + codes[: size - start]]
        features = self.outputs[states]
        found = features[features >= 0].tolist()
        return Counter(found) if found else None
