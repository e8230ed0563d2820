"""``warcheck gazetteer``: import, list and remove local gazetteers from the command line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from warcheck.cli import main
from warcheck.knowledge import gazetteer

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "geonames-sample.txt"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("WARCHECK_DATA_DIR", str(tmp_path / "data"))
    gazetteer.reload()
    yield tmp_path / "data" / "gazetteer"
    gazetteer.load.cache_clear()


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_analyze_remove(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["gazetteer", "import", str(FIXTURE), "--name", "idlib"], capsys)
    assert code == 0, err
    assert "2 populated places and 1 administrative units" in out
    assert (data_dir / "idlib.tsv.gz").is_file()
    code, out, _ = _run(["gazetteer", "list", "--json"], capsys)
    assert [(g["name"], g["rows"], g["source"]) for g in json.loads(out)] == [
        ("idlib", 3, "geonames-sample.txt")
    ]
    text = data_dir.parent / "a.txt"
    text.write_text("Shelling hit Kafr Qarrus on Monday.", encoding="utf-8")
    code, out, _ = _run(["analyze", str(text), "--format", "json"], capsys)
    assert [p["place_id"] for p in json.loads(out)["places"]] == ["geonames:9900001"]
    code, out, _ = _run(["gazetteer", "remove", "idlib"], capsys)
    assert code == 0 and "idlib.tsv.gz" in out
    code, out, _ = _run(["gazetteer", "list"], capsys)
    assert "no local gazetteers" in out


def test_bad_dump_is_one_line_on_stderr(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "cities.csv"
    bad.write_text("name,lat,lon\nAleppo,36.2,37.1\n", encoding="utf-8")
    code, out, err = _run(["gazetteer", "import", str(bad)], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "not the 19 of a GeoNames dump" in err


def test_an_empty_dump_or_a_folder_is_refused_and_keeps_the_gazetteer_there(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["gazetteer", "import", str(FIXTURE), "--name", "idlib"], capsys)[0] == 0
    kept = (data_dir / "idlib.tsv.gz").read_bytes()
    empty = tmp_path / "idlib.txt"
    empty.write_bytes(b"")
    code, out, err = _run(["gazetteer", "import", str(empty)], capsys)
    assert (code, out) == (2, "") and err.count("\n") == 1 and "empty file" in err
    assert (data_dir / "idlib.tsv.gz").read_bytes() == kept
    assert sorted(p.name for p in data_dir.iterdir()) == ["idlib.tsv.gz"]
    code, out, err = _run(["gazetteer", "import", str(tmp_path), "--name", "idlib"], capsys)
    assert (code, out) == (2, "") and "is a directory" in err and err.count("\n") == 1


def test_help_teaches_where_dumps_come_from(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["gazetteer", "--help"])
    out = capsys.readouterr().out
    assert "download.geonames.org/export/dump" in out and "gazetteer import" in out
    assert "~/.local/share/warcheck/gazetteer" in out
