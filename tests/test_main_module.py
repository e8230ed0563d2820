"""``python -m warcheck`` runs the command line, as ``warcheck`` and ``-m warcheck.cli`` do."""

from __future__ import annotations

import subprocess
import sys


def _run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args], capture_output=True, text=True, timeout=120
    )


def test_python_m_warcheck_is_the_command_line() -> None:
    package, cli = _run("warcheck", "vocab"), _run("warcheck.cli", "vocab")
    assert package.returncode == 0 and package.stdout == cli.stdout and package.stdout


def test_python_m_warcheck_passes_on_the_exit_status() -> None:
    done = _run("warcheck", "no-such-command")
    assert done.returncode == 2 and "no-such-command" in done.stderr
