"""``warcheck reference import`` as a user runs it: counts, JSON, bad rows, usage errors."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from warcheck.cli import main


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_import_counts_and_is_idempotent(
    tmp_path: Path, reference_files: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(
        reference_files.acled(tmp_path / "a.csv", {"event_id_cnty": "1"}, {"event_id_cnty": "2"})
    )
    db = str(tmp_path / "w.db")
    code, out, err = _run(["reference", "import", path, "--db", db], capsys)
    assert (code, err) == (0, "")
    assert "2 events read, 2 stored or updated, 0 already there, 0 rows skipped" in out
    code, out, _ = _run(["reference", "import", path, "--db", db, "--json"], capsys)
    assert code == 0
    assert json.loads(out) | {"file": "", "db": ""} == {
        "file": "", "db": "", "read": 2, "stored": 0, "already": 2, "skipped": 0,
    }  # fmt: skip


def test_ucdp_gzip_with_a_bad_row_exits_1(
    tmp_path: Path, reference_files: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(
        reference_files.ucdp(tmp_path / "g.csv.gz", {"id": "1"}, {"id": "2", "date_start": "x"})
    )
    args = [
        "reference",
        "import",
        path,
        "--db",
        str(tmp_path / "w.db"),
        "--format",
        "ucdp",
        "--json",
    ]
    code, out, err = _run(args, capsys)
    assert code == 1 and json.loads(out)["read"] == 1 and json.loads(out)["skipped"] == 1
    assert err.strip() == f"warcheck: skipped {path}, row 2: event date 'x' is not a date"


def test_a_file_of_another_kind_is_one_line_exit_2(
    tmp_path: Path, reference_files: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "x.csv"
    other.write_text("id,text\n1,hi\n", encoding="utf-8")
    db = tmp_path / "w.db"
    code, out, err = _run(["reference", "import", str(other), "--db", str(db)], capsys)
    assert (code, out) == (2, "") and err.count("\n") == 1 and "neither an ACLED" in err
    assert not db.exists()  # nothing is created for a file that is not reference data
    acled = str(reference_files.acled(tmp_path / "a.csv", {}))
    code, _, err = _run(["reference", "import", acled, "--db", str(db), "--format", "ucdp"], capsys)
    assert code == 2 and "not a UCDP file" in err
    code, _, err = _run(["reference", "import", str(tmp_path / "none.csv")], capsys)
    assert code == 2 and "cannot read" in err
