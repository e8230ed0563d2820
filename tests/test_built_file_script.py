"""scripts/built_file.py: the "--check or write" tail of the data build scripts."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "built_file.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("built_file", _SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_check_says_whether_the_file_holds_the_build_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    built = _module()
    out = tmp_path / "table.tsv.gz"
    args = built.arguments("Build a table.\n\nMore.", out, ["--check"])
    assert built.check_or_write(args, b"rows", 1) == 1  # missing
    out.write_bytes(b"old rows")
    assert built.check_or_write(args, b"rows", 1) == 1  # different
    assert out.read_bytes() == b"old rows"
    out.write_bytes(b"rows")
    assert built.check_or_write(args, b"rows", 1) == 0
    assert capsys.readouterr().out.splitlines() == ["out of date", "out of date", "up to date"]


def test_without_check_the_file_is_written_at_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    built = _module()
    default, other = tmp_path / "default.gz", tmp_path / "other.gz"
    assert built.check_or_write(built.arguments("Doc.", default, []), b"abc", 2) == 0
    elsewhere = built.arguments("Doc.", default, ["--out", str(other)])
    assert built.check_or_write(elsewhere, b"x", 1) == 0
    assert default.read_bytes() == b"abc" and other.read_bytes() == b"x"
    assert capsys.readouterr().out.splitlines() == [
        f"wrote {default} (0.00 MB, 2 rows)",
        f"wrote {other} (0.00 MB, 1 rows)",
    ]
