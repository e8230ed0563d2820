"""warcheck/errors.py: user errors as one line, and scripts run without tracebacks."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path
from typing import Any

import pytest

from warcheck.errors import DataError, csv_file_errors, one_line, run_main


def test_one_line_names_the_file_of_a_file_error(tmp_path: Path) -> None:
    try:
        (tmp_path / "missing.csv").read_text()
    except OSError as err:
        assert one_line(err) == f"{tmp_path / 'missing.csv'}: No such file or directory"
    try:
        b"\xff".decode("utf-8")
    except UnicodeDecodeError as err:
        assert one_line(err).startswith("not UTF-8 text (byte 0")
    assert one_line(DataError("bad\nfile")) == "bad file"


@pytest.mark.parametrize(
    "error",
    [DataError("x.csv: no rows"), FileNotFoundError(2, "No such file", "x.csv"),
     zipfile.BadZipFile("File is not a zip file")],
)  # fmt: skip
def test_run_main_turns_user_errors_into_one_line_and_exit_2(
    error: Exception, capsys: pytest.CaptureFixture[str]
) -> None:
    def main() -> int:
        raise error

    assert run_main("s.py", main) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("s.py: error: ")


def test_run_main_passes_the_exit_status_and_keeps_bugs_loud() -> None:
    assert run_main("s.py", lambda: 1) == 1
    assert run_main("s.py", lambda: None) == 0

    def bug() -> int:
        raise KeyError("a bug")

    with pytest.raises(KeyError):
        run_main("s.py", bug)


def _fakes_rows(path: Path) -> object:
    from warcheck.evaluation.fakes import rows

    return list(rows(path))


def _acled_rows(path: Path) -> object:
    from warcheck.evaluation.event_training import acled_examples

    return acled_examples(path)


@pytest.mark.parametrize("read", [_fakes_rows, _acled_rows], ids=["fakes", "acled"])
def test_both_csv_readers_word_a_bad_file_alike(read: Any, tmp_path: Path) -> None:
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"a,b\n\xff\xfe,x\n")
    expected = {
        tmp_path / "missing.csv": f"{tmp_path / 'missing.csv'}: no such file",
        binary: f"{binary}: not UTF-8 text (byte 4: invalid start byte)",
        tmp_path: f"{tmp_path}: is a directory, not a",
    }
    for path, message in expected.items():
        with pytest.raises(DataError) as caught:
            read(path)
        assert str(caught.value).startswith(message), caught.value


def test_csv_file_errors_lets_a_data_error_pass(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="^mine$"), csv_file_errors(tmp_path, "a file"):
        raise DataError("mine")
    with pytest.raises(DataError, match="malformed CSV"), csv_file_errors(tmp_path, "a file"):
        raise csv.Error("line contains NUL")
