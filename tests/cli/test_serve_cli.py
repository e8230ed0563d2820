"""``warcheck serve`` from the command line: options, and refusals before anything listens."""

from __future__ import annotations

from pathlib import Path

import pytest

from warcheck.cli import build_parser, main


def test_serve_defaults_are_loopback_and_read_only() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.writable, args.allow_remote) == (
        "127.0.0.1",
        8000,
        False,
        False,
    )
    assert args.tile_url == ""


def test_serve_refuses_a_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    assert "no store" in capsys.readouterr().err


def test_serve_refuses_a_public_host_without_the_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db"), "--host", "0.0.0.0"]) == 2
    assert "--allow-remote" in capsys.readouterr().err
