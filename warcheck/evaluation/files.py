"""Reading evaluation files: one JSON object per line, with one-line DataErrors for bad files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcheck.errors import DataError


def json_objects(path: str | Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``("FILE:LINE", object)`` for each non-blank line of a JSON Lines file.

    Raises:
        DataError: the file is missing, unreadable or not UTF-8, or a line is not a JSON object.
    """
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except FileNotFoundError:
        raise DataError(f"no such file: {path}") from None
    except UnicodeDecodeError as err:
        raise DataError(f"{path}: not valid UTF-8 ({err.reason} at byte {err.start})") from None
    except OSError as err:
        raise DataError(f"cannot read {path}: {err.strerror}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as err:
            raise DataError(f"{where}: not JSON ({err.msg})") from None
        if not isinstance(value, dict):
            raise DataError(f"{where}: not a JSON object")
        yield where, value
