"""Parquet tables are read as the same table in CSV is: the same items, row for row."""

from __future__ import annotations

import csv
import gzip
import io
import sys
from pathlib import Path

import pytest

import warcheck
from warcheck.read.formats import by_content

pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (warcheck[dask])")
pq = pytest.importorskip("pyarrow.parquet")

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "fakes-sample.csv"


def _fakes_rows() -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with FIXTURE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write(path: Path, rows: list[dict[str, object]], row_group_size: int = 7) -> Path:
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)
    return path


def _comparable(item: warcheck.Item | warcheck.Problem) -> tuple[object, ...]:
    assert isinstance(item, warcheck.Item), item
    return (item.content, item.raw_sha256, item.locator, item.title, item.outlet,
            item.published, item.item_id, item.url, item.is_html, item.extra)  # fmt: skip


def test_a_parquet_table_gives_the_items_of_the_same_csv(tmp_path: Path) -> None:
    path = _write(tmp_path / "fakes.parquet", _fakes_rows())  # type: ignore[arg-type]
    from_parquet = list(warcheck.read_items([str(path)]))
    from_csv = list(warcheck.read_items([str(FIXTURE)]))
    assert len(from_parquet) == len(from_csv) == 41
    assert [_comparable(i) for i in from_parquet] == [_comparable(i) for i in from_csv]
    assert {i.origin for i in from_parquet} == {str(path)}


def test_generic_columns_gzip_folders_and_numbers(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = [
        {"id": 7, "title": "Raid on Homs", "text": "Two were killed in Homs on Monday.",
         "outlet": "SANA", "published": "2017-10-02", "url": "https://example.org/a"},
        {"id": 8, "title": "Empty", "text": "  ", "outlet": None, "published": None, "url": None},
    ]  # fmt: skip
    folder = tmp_path / "in"
    folder.mkdir()
    plain = _write(folder / "t.parquet", rows)
    (folder / "t2.parquet.gz").write_bytes(gzip.compress(plain.read_bytes()))
    items = list(warcheck.read_items([str(folder)]))
    assert [type(i).__name__ for i in items] == ["Item", "Problem"] * 2
    first = items[0]
    assert isinstance(first, warcheck.Item)
    assert (first.item_id, first.outlet, first.published, first.locator) == (
        "7",
        "SANA",
        "2017-10-02",
        "row 1",
    )
    assert first.content == "Raid on Homs\n\nTwo were killed in Homs on Monday."
    assert _comparable(items[2]) == _comparable(first)
    assert str(items[3]) == f"{folder / 't2.parquet.gz'}, row 2: no text"


def test_detected_by_its_magic_bytes_whatever_its_name(tmp_path: Path) -> None:
    path = _write(tmp_path / "table.bin", [{"text": "Shelling in Idlib killed three."}])
    assert by_content(path.read_bytes()[:64]) == "parquet"
    (item,) = warcheck.read_items([str(path)])
    assert isinstance(item, warcheck.Item) and item.content.startswith("Shelling")


def test_bad_tables_are_one_problem(tmp_path: Path) -> None:
    no_text = _write(tmp_path / "no_text.parquet", [{"body": "Shelling in Idlib."}])
    (problem,) = warcheck.read_items([str(no_text)])
    assert isinstance(problem, warcheck.Problem) and "no text column" in problem.reason
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1" + b"\0" * 100)
    (problem,) = warcheck.read_items([str(broken)])
    assert isinstance(problem, warcheck.Problem)
    assert problem.reason.startswith("not a readable Parquet file")


def test_a_stream_that_cannot_seek_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path / "t.parquet", [{"text": "Clashes near Raqqa on Friday."}])

    class Pipe(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self._data = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            chunk = self._data.read(len(buffer))
            buffer[: len(chunk)] = chunk
            return len(chunk)

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Pipe(path.read_bytes()))))
    (item,) = warcheck.read_items(["-"])
    assert isinstance(item, warcheck.Item) and item.origin == "-" and item.locator == "row 1"
