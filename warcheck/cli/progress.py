"""The ingest progress display: problems as they come, and on a terminal a progress bar.

Problems (skipped items) are always written to the stream, one line each.
The bar is drawn only when the stream is a terminal, redrawn in place
(carriage return, erase to the end of the line) a few times a second, and
erased at the end, so a piped or redirected stderr gets the problem lines
and nothing else. With a total (see :meth:`Progress.count`) it reads
``[#####-----] 312/643 48% 150/s 0:02 left · stored 300, already 10, skipped 2``;
until the total is known, or without one (standard input, URLs), it is a
counter with the rate. The rate counts from the first item (not from the
start-up: loading the knowledge files, starting the workers).
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any, TextIO

import warcheck

BAR = 20
"""Characters between the bar's brackets."""

EVERY = 0.2
"""Seconds between redraws."""


class Progress:
    """Called after each ingested item (``Store.ingest``'s ``on_result``); see the module."""

    def __init__(
        self,
        stream: TextIO,
        *,
        show: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``show``: draw the bar (default: when ``stream`` is a terminal)."""
        self.stream = stream
        self.show = _is_terminal(stream) if show is None else show
        self.total: int | None = None
        self.clock = clock
        self.started: float | None = None
        self.drawn: float | None = None
        self.counting: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()

    def count(self, items: Callable[[], Iterable[object] | None]) -> None:
        """Count the run's items in a background thread, for the total (only if the bar is shown).

        ``items`` gives the items again (or ``None`` when they cannot be read
        twice); the counting stops at :meth:`done`, and an error in it leaves
        the bar a counter.
        """
        if not self.show:
            return

        def run() -> None:
            try:
                again = items()
                if again is None:
                    return
                n = 0
                for _ in again:
                    if self._stop.is_set():
                        return
                    n += 1
                self.total = n
            except Exception:  # noqa: BLE001 - a total is a nicety; the ingest goes on without
                self.total = None

        self.counting = threading.Thread(target=run, name="progress-total", daemon=True)
        self.counting.start()

    def __call__(self, result: Any, report: Any) -> None:
        with self._lock:
            if isinstance(result, warcheck.Problem):
                self._erase()
                print(f"warcheck: skipped {result}", file=self.stream, flush=True)
                self.drawn = None
            now = self.clock()
            if self.started is None:
                self.started = now
            if self.show and (self.drawn is None or now - self.drawn >= EVERY):
                self.drawn = now
                width = shutil.get_terminal_size((80, 24)).columns - 1
                line = self.line(report, now - self.started)[:width]
                self.stream.write(f"\r{line}\x1b[K")
                self.stream.flush()

    def line(self, report: Any, elapsed: float) -> str:
        """The bar (or counter) for the report so far, ``elapsed`` seconds in."""
        done = report.stored + report.already + report.skipped
        rate = (done - 1) / elapsed if elapsed > 0 else 0.0  # from the first item on
        counts = f"stored {report.stored}, already {report.already}, skipped {report.skipped}"
        total = self.total
        if total is None or total <= 0 or done > total:
            return f"{done} items {rate:.0f}/s · {counts}"
        filled = BAR * done // total
        eta = f" {_clock((total - done) / rate)} left" if rate > 0 else ""
        return (
            f"[{'#' * filled}{'-' * (BAR - filled)}] {done}/{total} {done / total:.0%}"
            f" {rate:.0f}/s{eta} · {counts}"
        )

    def done(self) -> None:
        """Erase the bar (the caller prints the summary) and stop counting."""
        self._stop.set()
        with self._lock:
            self._erase()

    def _erase(self) -> None:
        if self.show and self.drawn is not None:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
