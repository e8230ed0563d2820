"""The command line as a user runs it: ``python -m warcheck.cli`` in a child process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest


def _warcheck(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "warcheck.cli", *args], capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="session")
def warcheck_cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """``warcheck_cli(*args)``: ``warcheck ARGS`` run to the end; its exit status and output."""
    return _warcheck
