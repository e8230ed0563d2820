"""The one loader of warcheck's data files (``warcheck/knowledge/data/``).

Every data file is read through here, by name, from the installed package
(:mod:`importlib.resources`), so the files work from a wheel, an editable
install or a zip. Callers cache what they build from a file; this module
reads and checks only that a file is there and well formed.
"""

from __future__ import annotations

import json
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from warcheck.errors import WarcheckError


class KnowledgeError(WarcheckError):
    """A knowledge-base data file is missing, malformed or inconsistent."""


def data_file(name: str) -> Traversable:
    """Return the packaged data file ``name`` (e.g. ``"actors.json"``)."""
    return files("warcheck.knowledge").joinpath("data", name)


def read_bytes(name: str) -> bytes:
    """Return the raw bytes of a data file."""
    path = data_file(name)
    try:
        return path.read_bytes()
    except OSError as err:
        raise KnowledgeError(f"{path}: cannot be read ({err})") from None


def read_json(name: str) -> dict[str, Any]:
    """Return a JSON data file whose top level is an object."""
    path = data_file(name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise KnowledgeError(f"{path}: cannot be read ({err})") from None
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: top level must be an object")
    return data
