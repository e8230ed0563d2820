"""The command line: readable and JSON output, and one-line errors for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from warcheck.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = str(ROOT / "examples" / "seed-article.txt")


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_analyze_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(
        ["analyze", SEED, "--published", "2017-10-05", "--format", "json"], capsys
    )
    assert code == 0, err
    doc = json.loads(out)
    assert doc["schema"] == "warcheck.analysis/1"
    assert doc["article"]["published"] == "2017-10-05"
    assert doc["article"]["published_from"] == "argument"


def test_analyze_text_report_marks_mentions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["analyze", SEED, "--published", "2017-10-05", "--color", "never"], capsys)
    assert code == 0
    assert "]A1" in out and "]P1" in out and "]T1" in out
    assert "Actors (" in out and "Places (" in out and "Claims (" in out
    assert "\033[" not in out


def test_analyze_text_report_with_colour(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["analyze", SEED, "--color", "always"], capsys)
    assert code == 0 and "\033[" in out


def test_stdin_and_outlet() -> None:
    text = Path(SEED).read_text("utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "warcheck.cli",
            "analyze",
            "-",
            "--outlet",
            "Hawar News",
            "--format",
            "json",
        ],
        input=text,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["article"]["outlet"] == "Hawar News"


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[str, str]]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Les forces syriennes à Alep ont été attaquées.".encode("latin-1"))
    huge = tmp_path / "huge.txt"
    with open(huge, "w", encoding="utf-8") as f:
        line = "Shelling hit Aleppo on Sunday, killing four civilians. " * 20 + "\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    nobody = tmp_path / "nobody.html"
    nobody.write_text("<html><head><title>Nothing</title></head></html>", "utf-8")
    return {
        "empty": (str(empty), "empty"),
        "binary": (str(binary), "binary"),
        "invalid utf-8": (str(latin), "UTF-8"),
        "50 MB": (str(huge), "limit"),
        "html without body": (str(nobody), "no article text"),
        "missing file": (str(tmp_path / "nope.txt"), "no such file"),
        "unreachable url": ("http://nonexistent.invalid/article.html", "nonexistent.invalid"),
        "private url": ("http://127.0.0.1:9/article.html", "private"),
        "bad scheme": ("ftp://example.org/a.txt", "scheme"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "empty",
        "binary",
        "invalid utf-8",
        "50 MB",
        "html without body",
        "missing file",
        "unreachable url",
        "private url",
        "bad scheme",
    ],
)
def test_bad_input_is_one_line_exit_2(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, words = _bad_inputs(tmp_path)[case]
    code, out, err = _run(["analyze", source], capsys)
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("warcheck: error:"), err
    assert words.lower() in lines[0].lower()


def test_console_script_prints_no_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    done = subprocess.run(
        [sys.executable, "-m", "warcheck.cli", "analyze", str(empty)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1


def test_bad_published_date(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["analyze", SEED, "--published", "yesterday"], capsys)
    assert code == 2 and "YYYY-MM-DD" in err


def test_vocab_lists_definitions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["vocab", "grade"], capsys)
    assert code == 0
    for term in ("confirmed", "fair", "weak", "contested", "discounted", "not_assessed"):
        assert term in out
    code, out, _ = _run(["vocab", "--json"], capsys)
    assert "event_type" in json.loads(out)


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["schema"], capsys)
    assert code == 0 and json.loads(out)["properties"]["schema"]["const"] == "warcheck.analysis/1"


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run([], capsys)
    assert code == 2 and "analyze" in out


def test_eval_incidents_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [
        {"id": "1", "text": "Gunmen killed 4 at the Halvorsen mill in Riverton on Monday.",
         "published": "2020-03-03", "incident": "m"},
        {"id": "2", "text": "A fire destroyed the Quorra warehouse in Hillside on Monday.",
         "published": "2020-03-03", "incident": "f"},
    ]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out, err = _run(["eval", "incidents", str(path), "--json"], capsys)
    assert code == 0, err
    result = json.loads(out)
    assert result["articles"] == 2 and result["gold_incidents"] == 2
    assert result["bcubed_precision"] == 1.0 and "pairwise_f1" in result
