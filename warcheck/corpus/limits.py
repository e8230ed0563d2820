"""Per-article limits of an ingest: one pathological article is one skipped item, not a stall.

An item whose content is over ``max_bytes`` (UTF-8) is reported and not
analysed. An item whose reading and analysis take longer than
``max_seconds`` (wall clock) is stopped by a timer (``SIGALRM`` from
``setitimer``) in the process that analyses it, which is the writer's process
with ``workers=0`` and each worker process otherwise, and reported as a
:class:`~warcheck.read.items.Problem`; the next item starts at once.

The timer needs the main thread of its process (Python runs signal handlers
there only). Worker processes always analyse in their main thread; an
ingest with ``workers=0`` called from another thread applies the size limit
only. The stop happens between two Python bytecodes or inside a regular
expression match (which checks for signals), so no stage can hold it off
for long; but not inside clean-up (a ``finally`` the stop is already
running, a generator being closed), which it lets finish first. The
knowledge files are loaded before the first timer is set, so a stop never
leaves a half-loaded table behind.

Memory: the analysis of one article uses about 30 bytes per character of
its text on top of the loaded knowledge (about 190 MB), so ``max_bytes``
bounds each analysing process (a 5 MB article: about 320 MB peak, measured with
``ru_maxrss``); the readers cap every input at 10 MB before that, and
sentences over 3,000 characters are split, which bounds the work per sentence.
"""

from __future__ import annotations

import functools
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import TypeVar

from warcheck.read.items import Item, Problem

T = TypeVar("T")


@dataclass(frozen=True)
class Limits:
    """What one article may cost in an ingest; ``None`` (or 0) lifts a limit.

    Attributes:
        max_seconds: wall-clock seconds to read and analyse one item.
        max_bytes: size of one item's content (text or HTML), in UTF-8 bytes.
    """

    max_seconds: float | None = 60.0
    max_bytes: int | None = 5_000_000


class TimeLimit(BaseException):
    """An item's analysis ran out of time.

    A ``BaseException``, so that no ``except Exception`` inside a stage can
    swallow it; :func:`within` turns it into a problem.
    """


def oversize(content: str, max_bytes: int | None) -> str | None:
    """Why ``content`` is over ``max_bytes`` UTF-8 bytes, or ``None`` when it is not."""
    if not max_bytes or len(content) * 4 <= max_bytes:
        return None
    size = len(content) if len(content) > max_bytes else len(content.encode("utf-8", "replace"))
    if size <= max_bytes:
        return None
    return f"article is {_mb(size)}; the limit is {_mb(max_bytes)} per article (--max-bytes)"


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size:,} bytes"


def within(limits: Limits, item: Item, analyse: Callable[[], T]) -> T | Problem:
    """Run ``analyse`` for ``item`` under ``limits``; a limit reached is the item's problem."""
    reason = oversize(item.content, limits.max_bytes)
    if reason is not None:
        return Problem(item.origin, reason, item.locator)
    if not limits.max_seconds:
        return analyse()
    _warmed()
    try:
        with deadline(limits.max_seconds):
            return analyse()
    except TimeLimit:
        seconds = f"{limits.max_seconds:g}"
        reason = f"analysis stopped after {seconds} s, the limit per article (--max-seconds)"
        return Problem(item.origin, reason, item.locator)


AGAIN = 0.05
"""Seconds after which an expired deadline raises again if its first raise was swallowed."""


@functools.cache
def _warmed() -> None:
    """Load the knowledge files and compile the patterns once, outside any timer."""
    from warcheck.analysis.pipeline import analyze_article
    from warcheck.read.article import read

    analyze_article(read("Warm-up. Fighting was reported in Aleppo on Monday, killing two."))


def _can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _cleaning_up() -> bool:
    """Whether the interrupted code is cleaning up: a limit is raised only after it.

    Raised inside a ``finally`` or ``__exit__`` that a TimeLimit already on its
    way out is running, or in a generator's clean-up (``close()``, or its
    finalizer), another TimeLimit would skip the rest of it: the file or
    connection it closes would be left open (a ResourceWarning). The timer
    rings again :data:`AGAIN` later instead.
    """
    return isinstance(sys.exc_info()[1], TimeLimit | GeneratorExit)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeLimit` in the block once ``seconds`` have passed (main thread only).

    Another thread, or a platform without ``setitimer``, runs the block
    without a limit. A timer already set (a test runner's, say) is kept:
    when it is due first, its own handler runs at its time and ours is set
    again for what is left; otherwise it is set again afterwards for what is
    left of it.
    """
    if not _can_time():
        yield
        return
    started = time.monotonic()
    outer_handler = signal.getsignal(signal.SIGALRM)
    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    pending = [0 < outer_left < seconds]  # the outer timer is still due, before ours

    def expire(signum: int, frame: FrameType | None) -> None:
        if not pending[0]:
            # Raised inside a finalizer or weakref callback, the exception is only printed
            # and the block goes on: ring again shortly, until it reaches the block.
            signal.setitimer(signal.ITIMER_REAL, AGAIN)
            if not _cleaning_up():
                raise TimeLimit
            return
        pending[0] = False
        signal.setitimer(signal.ITIMER_REAL, max(seconds - (time.monotonic() - started), 0.001))
        if callable(outer_handler):
            outer_handler(signum, frame)

    signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, outer_left if pending[0] else seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, outer_handler)
        if outer_left >= seconds or pending[0]:
            left = outer_left - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))
