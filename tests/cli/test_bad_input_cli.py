"""Every ``warcheck`` command on bad input: one line on stderr, a non-zero exit, nothing lost.

Bad input is a missing file, a folder where a file is wanted, an empty file, binary bytes,
a ``--db`` that is not a store and an ``--out`` that cannot be written.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import IO, Any

import pytest

import warcheck
from warcheck.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def bad(tmp_path: Path) -> dict[str, str]:
    """Paths to bad inputs, by kind."""
    folder = tmp_path / "folder"
    folder.mkdir()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.bin"
    binary.write_bytes(b"\x93\x01text,\rx\x00,\x9c\n" + bytes(range(256)) * 8)
    return {
        "missing": str(tmp_path / "missing.csv"),
        "folder": str(folder),
        "empty": str(empty),
        "binary": str(binary),
    }


def _one_line_error(capsys: pytest.CaptureFixture[str], code: int) -> str:
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert code == 2 and out == "", err
    assert len(lines) == 1 and lines[0].startswith("warcheck: error:"), err
    return lines[0]


@pytest.mark.parametrize("kind", ["missing", "folder", "empty", "binary"])
@pytest.mark.parametrize(
    "command",
    [
        ["eval", "fakes", "{path}"],
        ["eval", "case2021", "{path}"],
        ["eval", "incidents", "{path}"],
        ["eval", "geoparsing", "{path}"],
        ["eval", "credibility", "--train", "{path}", "--test", "{path}"],
        ["gazetteer", "import", "{path}"],
        ["analyze", "{path}"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_a_bad_input_file_is_one_line_exit_2(
    command: list[str],
    kind: str,
    bad: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("WARCHECK_DATA_DIR", str(tmp_path / "data"))
    code = main([a.format(path=bad[kind]) for a in command])
    _one_line_error(capsys, code)
    assert not (tmp_path / "data" / "gazetteer").exists() or not any(
        (tmp_path / "data" / "gazetteer").iterdir()
    )


@pytest.mark.parametrize("kind", ["missing", "folder", "empty", "binary"])
@pytest.mark.parametrize(
    "command",
    [
        ["search", "Aleppo"],
        ["export", "--format", "jsonl"],
        ["crosscheck"],
        ["report"],
        ["assess"],
        ["reference", "import", str(FIXTURES / "fakes-sample.csv")],
    ],
    ids=lambda c: c[0],
)
def test_a_bad_db_is_one_line_exit_2_and_is_left_alone(
    command: list[str], kind: str, bad: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = Path(bad[kind]).read_bytes() if kind in ("binary", "empty") else None
    code = main([*command, "--db", bad[kind]])
    _one_line_error(capsys, code)
    if kind == "missing":
        assert not Path(bad[kind]).exists()
    if before is not None:
        assert Path(bad[kind]).read_bytes() == before


def test_ingest_skips_binary_bytes_with_a_reason(
    bad: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["ingest", bad["binary"], "--db", str(tmp_path / "w.db"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert f"skipped {bad['binary']}: input looks binary" in err


def _store(tmp_path: Path) -> str:
    db = str(tmp_path / "w.db")
    with warcheck.Store.open(db) as store:
        store.ingest(warcheck.read_items([str(FIXTURES / "fakes-sample.csv")]))
    return db


def test_export_to_a_bad_out_is_one_line_and_a_failed_export_keeps_the_old_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _store(tmp_path)
    for out in (tmp_path / "no" / "such" / "x.json", tmp_path):
        code = main(["export", "--db", db, "--format", "geojson", "--out", str(out)])
        assert "cannot write" in _one_line_error(capsys, code)
    kept = tmp_path / "claims.geojson"
    kept.write_text("the export of yesterday\n", encoding="utf-8")

    def full_disk(self: Any, format: str, out: IO[str]) -> int:  # noqa: A002
        out.write('{"type": "FeatureCollection", "features": [\n')
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(warcheck.Store, "export", full_disk)
    code = main(["export", "--db", db, "--format", "geojson", "--out", str(kept)])
    assert "No space left" in _one_line_error(capsys, code)
    assert kept.read_text(encoding="utf-8") == "the export of yesterday\n"
    assert not list(tmp_path.glob("*.part"))
