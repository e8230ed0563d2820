"""The scripts in scripts/: a bad input is one line on stderr and exit status 2, never a traceback.

Each script is run as a user runs it (``python3 scripts/NAME.py ...``, in a subprocess) on a
missing file, a folder, binary bytes or an output that cannot be written.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "fixtures" / "fakes-sample.csv"


def _files(tmp_path: Path) -> dict[str, str]:
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\x93\x01\xff\xfe\x00garbage\r\x00" * 50)
    folder = tmp_path / "folder"
    folder.mkdir()
    return {
        "missing": str(tmp_path / "missing.csv"),
        "folder": str(folder),
        "binary": str(binary),
        "unwritable": str(tmp_path / "no" / "such" / "out.txt"),
        "sample": str(SAMPLE),
    }


CASES = [
    ("output_hashes.py", ["{missing}"], "no such file"),
    ("output_hashes.py", ["{folder}"], "is a directory"),
    ("output_hashes.py", ["{sample}", "--compare", "{binary}"], "not UTF-8"),
    ("output_hashes.py", ["{sample}", "--out", "{unwritable}"], "No such file or directory"),
    ("train_credibility.py", ["{folder}", "--out", "{unwritable}"], "is a directory"),
    ("build_embeddings.py", ["{binary}", "--out", "{unwritable}"], "not a wheel"),
    ("build_embeddings.py", ["{missing}", "--out", "{unwritable}"], "no such file"),
    ("fuzz_api.py", ["--db", "{binary}", "--examples", "1"], "not a warcheck store"),
    ("dev_main_place.py", ["{folder}"], "Is a directory"),
    ("dev_main_place.py", ["{binary}"], "not UTF-8"),
]


@pytest.mark.parametrize(("script", "args", "words"), CASES)
def test_a_bad_input_is_one_line_and_exit_2(
    script: str, args: list[str], words: str, tmp_path: Path
) -> None:
    files = _files(tmp_path)
    argv = [a.format(**files) for a in args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / script), *argv],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1 and lines[0].startswith(f"{script}: error:"), done.stderr
    assert words in lines[0]
    assert not (tmp_path / "no").exists()


def test_unresolved_actors_reports_each_unreadable_item_and_exits_1(tmp_path: Path) -> None:
    files = _files(tmp_path)
    good = tmp_path / "a.txt"
    good.write_text("Fighters of the al-Abbas Brigade attacked a checkpoint near Homs.", "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "unresolved_actors.py"), files["missing"],
         files["binary"], str(good)],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1, done.stderr
    assert len(lines) == 2 and all(x.startswith("unresolved_actors.py: skipped ") for x in lines)
    assert "al-Abbas Brigade" in done.stdout  # the readable item is still listed
