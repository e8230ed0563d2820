"""What every command shares: JSON on standard output, a progress bar on a terminal."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(obj: Any) -> None:
    """Write ``obj`` as indented JSON (UTF-8, not escaped) to standard output."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def progress_bar(done: int, total: int) -> None:
    """Draw ``done`` of ``total`` on standard error (call only when it is a terminal)."""
    width = 30
    filled = width * done // max(total, 1)
    end = "\n" if done >= total else ""
    bar = "#" * filled + "-" * (width - filled)
    print(f"\r[{bar}] {done}/{total}", end=end, file=sys.stderr, flush=True)


def progress_if_terminal() -> Any:
    """Return :func:`progress_bar` when standard error is a terminal, else ``None``."""
    return progress_bar if sys.stderr.isatty() else None
