"""py3langid's identifier, restricted to two-letter languages, with a local cache.

py3langid ships its model xz-compressed (4.6 MB, 68 MB unpacked); unpacking
it takes most of a cold ``warcheck analyze`` (about 0.6 s of CPU). The
restricted arrays are therefore written once, uncompressed, to a cache file
(``$WARCHECK_CACHE_DIR`` or ``~/.cache/warcheck``; ``WARCHECK_CACHE_DIR=""``
turns the cache off) named after py3langid's version and model file size, and
read from there on later runs. The identifier built from the cache has the
same arrays, so it gives the same languages and probabilities. Any failure to
read or write the cache falls back to py3langid's own file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

__all__ = ["cache_path", "identifier"]

_TYPECODE = {2: "H", 4: "I", 8: "L"}  # item size -> stdlib array type code, as py3langid
_NAMES = ("ptc", "pc", "classes", "nextmove", "row", "output")


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
    }


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
    """A py3langid ``LanguageIdentifier`` (normalised probabilities, two-letter languages)."""
    from array import array

    from py3langid.langid import LanguageIdentifier

    path = cache_path()
    arrays = _read(path) if path is not None and path.exists() else None
    if arrays is None:
        arrays = _restricted()
        if path is not None:
            _write(path, arrays)
    nextmove = array(_TYPECODE[arrays["nextmove"].itemsize], arrays["nextmove"].tobytes())
    row = array(_TYPECODE[arrays["row"].itemsize], arrays["row"].tobytes())
    return LanguageIdentifier(
        arrays["ptc"],
        arrays["pc"],
        [str(c) for c in arrays["classes"]],
        nextmove,
        arrays["output"].tolist(),
        norm_probs=True,
        tk_row=row,
    )
