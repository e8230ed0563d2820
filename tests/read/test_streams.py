"""Tests for warcheck.read.streams: a head to look at, gzip undone, folders walked in order."""

from __future__ import annotations

import gzip
import io
import random
from collections import Counter
from pathlib import Path

import pytest

from warcheck.read import streams
from warcheck.read.items import Problem
from warcheck.read.streams import kind_suffix, opened, walk


class _Trickle(io.RawIOBase):
    """A pipe that gives at most 7 bytes a read."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return self._data.read(min(size, 7) if size >= 0 else 7)


def test_opened_gives_the_head_and_the_whole_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streams, "HEAD_BYTES", 50)
    data = bytes(range(256)) * 3
    stream, head, gzipped = opened(_Trickle(data))
    assert head == data[:50] and not gzipped
    assert stream.read() == data


def test_gzip_is_undone_by_its_magic_bytes() -> None:
    data = b"line one\nline two\n" * 1000
    stream, head, gzipped = opened(io.BytesIO(gzip.compress(data)))
    assert gzipped and head.startswith(b"line one\n")
    assert stream.readline() == b"line one\n"
    assert stream.read() == data[9:]


def test_broken_gzip_raises_an_os_error() -> None:
    with pytest.raises((OSError, EOFError)):
        data = random.Random(0).randbytes(200_000)
        stream, _, _ = opened(io.BytesIO(gzip.compress(data)[:100_000]))
        stream.read()


def test_walk_is_depth_first_in_name_order_and_skips(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.html", "a/b/c.jsonl.gz", "c.png", ".git/x.txt", "a/.hidden", "d"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    skipped: Counter[str] = Counter()
    wanted = frozenset({".txt", ".html", ".jsonl", ""})
    found = [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path, wanted, skipped)]  # type: ignore[union-attr]
    assert found == ["a/b/c.jsonl.gz", "a/z.html", "b.txt", "d"]
    assert skipped == {"hidden file or folder": 2, "file of another type": 1}


def test_walk_reports_an_unreadable_folder(tmp_path: Path) -> None:
    (problem,) = walk(tmp_path / "gone", frozenset(), Counter())
    assert isinstance(problem, Problem) and problem.reason.startswith("cannot read folder")


@pytest.mark.parametrize(
    ("name", "suffix"),
    [("a.warc.gz", ".warc"), ("A.CSV", ".csv"), ("x.tar.gz", ".tar"), ("README", ""), ("y.gz", "")],
)
def test_kind_suffix(name: str, suffix: str) -> None:
    assert kind_suffix(name) == suffix
