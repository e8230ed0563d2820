"""scripts/build_event_model.py: the event model file, the same bytes from the same inputs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from warcheck.analysis.event_model import EventModel

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_event_model.py"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "case2021-sample.tsv"


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_event_model", _SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_builds_write_the_same_readable_file(tmp_path: Path) -> None:
    acled = tmp_path / "categories.csv"
    acled.write_text("event_type,sub_event_type\nBattles,Armed clash\n", encoding="utf-8")
    first, second = tmp_path / "a.bin.gz", tmp_path / "b.bin.gz"
    module = _module()
    assert module.main([str(FIXTURE), "--acled", str(acled), "--out", str(first)]) == 0
    assert module.main([str(FIXTURE), "--acled", str(acled), "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    model = EventModel.from_bytes(first.read_bytes())
    assert "armed_clash" in model.classes


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00\x93garbage\x00" * 40)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("name,value\nBattles,1\n", encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    case = [str(FIXTURE)]
    return {
        "missing --acled": ([*case, "--acled", str(tmp_path / "nope.csv")], "no such file"),
        "folder --acled": ([*case, "--acled", str(folder)], "is a directory"),
        "binary --acled": ([*case, "--acled", str(binary)], "not UTF-8"),
        "empty --acled": ([*case, "--acled", str(empty)], "not an ACLED event categories"),
        "other columns": ([*case, "--acled", str(wrong)], "no event_type or sub_event_type"),
        "missing CASE": ([str(tmp_path / "nope.tsv")], "no such file"),
        "binary CASE": ([str(binary)], "not UTF-8"),
        "unwritable --out": ([*case, "--out", str(tmp_path / "no" / "m.bin.gz")], "cannot write"),
        "folder --out": ([*case, "--out", str(folder)], "cannot write"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing --acled",
        "folder --acled",
        "binary --acled",
        "empty --acled",
        "other columns",
        "missing CASE",
        "binary CASE",
        "unwritable --out",
        "folder --out",
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, words = _bad_inputs(tmp_path)[case]
    out = tmp_path / "model.bin.gz"
    if "--out" not in argv:
        argv = [*argv, "--out", str(out)]
    assert _module().main(argv) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("build_event_model.py: error:"), captured.err
    assert words in lines[0] and captured.out == ""
    assert not out.exists() and not list(tmp_path.rglob("*.part"))


def test_choose_of_a_missing_case_file_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _module().main([str(tmp_path / "nope.tsv"), "--choose"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err and "Traceback" not in err
