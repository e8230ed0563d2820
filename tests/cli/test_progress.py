"""The ingest progress bar: drawn on a terminal (a pseudo-terminal here), quiet when piped."""

from __future__ import annotations

import io
import os
import select
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import warcheck
from warcheck.cli.progress import Progress

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SAMPLE = FIXTURES / "fakes-sample.csv"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


def _feed(progress: Progress, results: list[object]) -> warcheck.IngestReport:
    report = warcheck.IngestReport()
    for result in results:
        if isinstance(result, warcheck.Problem):
            report.problems.append(result)
        else:
            report.stored += 1
        progress(result, report)
    return report


def test_a_terminal_gets_a_bar_that_fills_and_is_erased() -> None:
    out = _Terminal()
    progress = Progress(out, clock=_Clock())
    progress.count(lambda: iter(range(4)))
    assert progress.counting is not None
    progress.counting.join()
    _feed(progress, ["a", "b", "c", "d"])
    progress.done()
    frames = out.getvalue().split("\r")
    assert any("] 2/4 50%" in f for f in frames) and any("] 4/4 100%" in f for f in frames)
    assert "#" * 20 in frames[-2] and "stored 4" in frames[-2]
    assert frames[-1] == "\x1b[K"  # erased: the summary that follows starts a clean line


def test_without_a_total_it_counts_with_the_rate() -> None:
    out = _Terminal()
    progress = Progress(out, clock=_Clock())
    _feed(progress, ["a", "b", "c"])
    assert "3 items 1/s" in out.getvalue() and "#" not in out.getvalue()


def test_a_failing_count_leaves_a_counter() -> None:
    def broken() -> Iterator[int]:
        yield 1
        raise OSError("gone")

    progress = Progress(_Terminal(), clock=_Clock())
    progress.count(broken)
    assert progress.counting is not None
    progress.counting.join()
    assert progress.total is None


def test_counting_stops_when_the_run_is_done() -> None:
    progress = Progress(_Terminal(), clock=_Clock())
    progress.done()
    progress.count(lambda: iter(range(10**9)))  # would take minutes to count to the end
    assert progress.counting is not None
    progress.counting.join(timeout=60)
    assert not progress.counting.is_alive() and progress.total is None


def test_piped_output_gets_problems_only() -> None:
    out = io.StringIO()
    progress = Progress(out, clock=_Clock())
    progress.count(lambda: iter(range(3)))
    assert progress.counting is None  # nothing is counted for a bar nobody sees
    _feed(progress, ["a", warcheck.Problem("x.jsonl", "invalid JSON", "line 2"), "c"])
    progress.done()
    text = out.getvalue()
    problem = warcheck.Problem("x.jsonl", "invalid JSON", "line 2")
    assert text.splitlines() == [f"warcheck: skipped {problem}"]
    assert "\r" not in text and "\x1b" not in text


def test_a_problem_on_a_terminal_is_its_own_line_and_the_bar_comes_back() -> None:
    out = _Terminal()
    progress = Progress(out, clock=_Clock())
    _feed(progress, ["a", warcheck.Problem("x.csv", "no text", "row 3"), "c"])
    text = out.getvalue()
    before, after = text.split("warcheck: skipped", 1)
    assert before.endswith("\r\x1b[K") and "\n" in after and "3 items" in after


def _in_terminal(args: list[str]) -> str:
    """Run ``warcheck ARGS`` with stderr on a pseudo-terminal; return what it showed there."""
    leader, follower = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "warcheck.cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=follower,
        stdin=subprocess.DEVNULL,
    )
    os.close(follower)
    shown = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 300)
        if not ready:
            proc.kill()
            break
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal is closed: the command ended
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert proc.wait(timeout=60) == 0
    return shown.decode("utf-8", "replace")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_ingest_draws_a_bar_on_a_terminal_and_not_in_a_pipe(tmp_path: Path) -> None:
    total = sum(1 for _ in warcheck.read_items([str(SAMPLE)]))
    args = ["ingest", str(SAMPLE), "--no-crosscheck", "--workers", "0"]
    shown = _in_terminal([*args, "--db", str(tmp_path / "tty.db")])
    assert f"/{total} " in shown and "\r[" in shown and "\x1b[K" in shown
    summary = shown.rsplit("\x1b[K", 1)[1]  # after the bar is erased: the summary alone
    assert ": stored" in summary and "[" not in summary
    piped = subprocess.run(
        [sys.executable, "-m", "warcheck.cli", *args, "--db", str(tmp_path / "pipe.db")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert piped.returncode == 0 and "stored" in piped.stderr
    assert "\r" not in piped.stderr and "\x1b" not in piped.stderr and "[#" not in piped.stderr
