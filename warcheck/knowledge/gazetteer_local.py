"""Local gazetteers: supplementary place indexes imported by the user, kept outside the package.

``warcheck gazetteer import`` (:mod:`warcheck.knowledge.gazetteer_import`) turns a GeoNames
country dump into a file here; :func:`warcheck.knowledge.gazetteer.load` reads every such
file after the bundled index, so villages the compact index leaves out are found too.

Where: ``$WARCHECK_DATA_DIR/gazetteer/`` when that variable is set (set to the empty
string, it turns local gazetteers off: the test suite does so), else
``$XDG_DATA_HOME/warcheck/gazetteer/``, else ``~/.local/share/warcheck/gazetteer/``.

Each file is ``<name>.tsv.gz``: ``#`` comment lines (the source file, the date, the
date), then one place per line in the bundled gazetteer's columns (id, feature,
name, lat, lon, country, admin1, population, capital, keys).
"""

from __future__ import annotations

import gzip
import os
import re
from pathlib import Path
from typing import Any

from warcheck.errors import DataError

SUFFIX = ".tsv.gz"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def directory() -> Path | None:
    """The folder of local gazetteers, or ``None`` when they are turned off."""
    base = os.environ.get("WARCHECK_DATA_DIR")
    if base == "":
        return None
    if base:
        return Path(base) / "gazetteer"
    xdg = os.environ.get("XDG_DATA_HOME")
    root = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return root / "warcheck" / "gazetteer"


def files() -> list[Path]:
    """The local gazetteer files, by name (none when the folder is missing or turned off)."""
    folder = directory()
    if folder is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.endswith(SUFFIX) and p.is_file())


def check_name(name: str) -> str:
    """Return ``name`` if it can name a local gazetteer (letters, digits, ``_.-``)."""
    if not _NAME.match(name):
        raise DataError(f"bad gazetteer name {name!r}: use letters, digits, '_', '.', '-'")
    return name


def path_of(name: str) -> Path:
    """The file of the local gazetteer ``name``."""
    folder = directory()
    if folder is None:
        raise DataError("local gazetteers are turned off (WARCHECK_DATA_DIR is empty)")
    return folder / f"{check_name(name)}{SUFFIX}"


def rows(path: Path) -> list[str]:
    """The place lines of a local gazetteer file (comments left out).

    Raises:
        DataError: the file cannot be read as gzipped text.
    """
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            return [ln.rstrip("\n") for ln in f if ln.strip() and ln[0] != "#"]
    except (OSError, UnicodeDecodeError, EOFError) as err:
        raise DataError(f"{path}: not a warcheck local gazetteer ({err})") from None


def describe(path: Path) -> dict[str, Any]:
    """Name, file, size, the header notes (``source``, ``imported``) and the rows of a file."""
    info: dict[str, Any] = {
        "name": path.name[: -len(SUFFIX)],
        "file": str(path),
        "bytes": path.stat().st_size,
        "rows": 0,
    }
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("# "):
                    key, sep, value = line[2:].rstrip("\n").partition(": ")
                    if sep and key in ("source", "imported"):
                        info[key] = value
                elif line.strip():
                    info["rows"] += 1
    except (OSError, UnicodeDecodeError, EOFError):
        info["error"] = "unreadable"
    return info


def list_all() -> list[dict[str, Any]]:
    """Every local gazetteer, described (:func:`describe`)."""
    return [describe(p) for p in files()]


def remove(name: str) -> Path:
    """Delete the local gazetteer ``name`` and return its path.

    Raises:
        DataError: there is no such local gazetteer.
    """
    path = path_of(name)
    if not path.is_file():
        known = ", ".join(p.name[: -len(SUFFIX)] for p in files()) or "none"
        raise DataError(f"no local gazetteer named {name!r} (imported: {known})")
    path.unlink()
    return path
