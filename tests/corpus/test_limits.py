"""Per-article limits: a slow or huge article is one reported, skipped item; the rest are stored."""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import warcheck
from warcheck.analysis import pipeline
from warcheck.corpus.limits import TimeLimit, deadline, oversize

ARTICLES = [
    "Shelling killed three people in Aleppo on Monday, SOHR said.",
    "SLOW. An air strike hit a market in Idlib on Tuesday, killing five, activists said.",
    "Clashes in Deir al-Zour killed two fighters on Wednesday, the army said.",
]


def _items(texts: list[str]) -> list[warcheck.Item]:
    return [
        warcheck.Item(text, "batch.jsonl", f"{i:064x}", f"line {i + 1}")
        for i, text in enumerate(texts)
    ]


@pytest.fixture
def slow_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    """The analysis of an article containing SLOW spins for 20 s (pure Python, no sleep).

    Without the limit it would end and be stored, so the tests below would fail.
    """
    real = pipeline.analyze_article

    def analyze_article(article: Any, *args: Any, **kwargs: Any) -> Any:
        until = time.monotonic() + 20
        while "SLOW" in article.text and time.monotonic() < until:
            pass
        return real(article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyze_article", analyze_article)


@pytest.mark.parametrize("workers", [0, 2])
def test_a_slow_article_is_skipped_with_its_reason_and_the_rest_stored(
    tmp_path: Path, slow_stage: None, workers: int
) -> None:
    limits = warcheck.Limits(max_seconds=0.5)
    with warcheck.Store.open(tmp_path / "w.db") as store:
        report = store.ingest(_items(ARTICLES), workers=workers, limits=limits)
        (problem,) = report.problems
        assert problem.where == "batch.jsonl, line 2"
        assert "stopped after 0.5 s" in problem.reason and "--max-seconds" in problem.reason
        assert report.stored == 2 and store.count() == 2
        titles = {row["title"] for row in store.articles()}
    assert not any("SLOW" in (t or "") for t in titles)


def test_an_article_stopped_mid_analysis_leaves_the_next_ones_intact(tmp_path: Path) -> None:
    """A real, long analysis stopped part-way: the following article's analysis is unchanged."""
    huge = " ".join(["Aleppo killed 12 civilians ISIS regime said on Sunday"] * 40_000)
    after = ARTICLES[2]
    with warcheck.Store.open(tmp_path / "w.db") as store:
        limits = warcheck.Limits(max_seconds=0.3, max_bytes=None)
        report = store.ingest(_items([huge, after]), workers=0, limits=limits)
        assert [p.where for p in report.problems] == ["batch.jsonl, line 1"]
        (document,) = store.documents()
    assert document["claims"] == warcheck.analyze(after).to_dict()["claims"]


def test_an_article_over_max_bytes_is_skipped_unread(tmp_path: Path) -> None:
    arabic = "قتل " * 300  # 1,200 characters, 2,100 UTF-8 bytes
    texts = [ARTICLES[0], "Aleppo. " * 200, arabic]
    with warcheck.Store.open(tmp_path / "w.db") as store:
        report = store.ingest(_items(texts), workers=0, limits=warcheck.Limits(max_bytes=1_500))
        assert [p.where for p in report.problems] == ["batch.jsonl, line 2", "batch.jsonl, line 3"]
        assert "1,600 bytes; the limit is 1,500 bytes" in report.problems[0].reason
        assert "2,100 bytes" in report.problems[1].reason
        assert store.count() == 1


def test_oversize_counts_utf8_bytes() -> None:
    assert oversize("é" * 10, 20) is None
    assert oversize("é" * 11, 20) is not None
    assert oversize("x" * 10**6, None) is None


def test_the_deadline_stops_code_that_catches_every_exception() -> None:
    stopped = False
    try:
        with deadline(0.2):
            while True:
                # a stage that swallows errors cannot swallow the limit
                with contextlib.suppress(Exception):
                    sum(range(1000))
    except TimeLimit:
        stopped = True
    assert stopped
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_the_deadline_keeps_a_timer_set_before_it() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 100)
        with deadline(5):
            pass
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 90 < left <= 100 and not fired
        signal.setitimer(signal.ITIMER_REAL, 0.1)
        with pytest.raises(TimeLimit), deadline(0.5):
            while True:
                pass
        assert fired == [signal.SIGALRM]  # the earlier timer's handler ran at its time
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_outside_the_main_thread_the_block_runs_without_a_timer() -> None:
    done: list[bool] = []

    def run() -> None:
        with deadline(0.01):
            done.append(signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert done == [True]


def _spin(seconds: float) -> None:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        pass


def test_a_limit_on_its_way_out_does_not_ring_again_inside_the_clean_up(tmp_path: Path) -> None:
    """A slow ``finally`` (a loaded machine, a flush) outlasting the 50 ms re-ring still closes."""
    (tmp_path / "f").write_text("x", encoding="utf-8")
    handle = (tmp_path / "f").open(encoding="utf-8")
    with pytest.raises(TimeLimit), deadline(0.1):
        try:
            while True:
                pass
        finally:
            _spin(0.4)
            handle.close()
    assert handle.closed
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_generator_being_closed_when_the_limit_is_due_finishes_its_clean_up(
    tmp_path: Path,
) -> None:
    """The limit is raised in the block, not in a generator's ``finally`` run by ``close()``."""
    (tmp_path / "f").write_text("x", encoding="utf-8")
    handles = []

    def reader() -> Any:
        handle = (tmp_path / "f").open(encoding="utf-8")
        handles.append(handle)
        try:
            yield handle.read()
        finally:
            _spin(0.4)
            handle.close()

    with pytest.raises(TimeLimit), deadline(0.1):
        lines = reader()
        next(lines)
        lines.close()
        while True:
            pass
    assert handles[0].closed
