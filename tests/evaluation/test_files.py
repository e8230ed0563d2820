"""Evaluation files: JSON Lines objects with where they are, and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from warcheck.errors import DataError
from warcheck.evaluation.files import json_objects


def test_objects_come_with_their_line_and_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"a": 1}\n\n  \n{"a": 2}\n', "utf-8")
    assert list(json_objects(path)) == [(f"{path}:1", {"a": 1}), (f"{path}:4", {"a": 2})]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"a": 1}\nnope\n', ":2: not JSON"),
        (b"[1, 2]\n", ":1: not a JSON object"),
        (b'{"a": "\xff"}\n', "not valid UTF-8"),
    ],  # fmt: skip
)
def test_bad_files_are_one_line_data_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(content)
    with pytest.raises(DataError, match=message):
        list(json_objects(path))
    with pytest.raises(DataError, match="no such file"):
        list(json_objects(tmp_path / "missing.jsonl"))
