"""Sets of character spans that answer "does this span overlap any of them?" in log time.

The stages keep the longest of overlapping candidates and skip a match that
overlaps one already taken. Checking each new span against every span taken
grows with the square of the number of mentions, which an article stuffed with
them (a denial of service) makes slow; these helpers keep it near-linear.
Overlap is strict, as everywhere in the package: ``[a, b)`` and ``[c, d)``
overlap when ``a < d and c < b``, so spans that only touch do not.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of disjoint spans sorted by start.

    Going back from the last span that starts before ``end``: the first
    non-empty span that ends by ``start`` means none before it overlaps
    (disjoint non-empty spans end in the order they start).
    """
    j = bisect.bisect_left(starts, end)
    while j > 0:
        j -= 1
        if start < ends[j] and starts[j] < end:
            return True
        if starts[j] < ends[j] <= start:
            return False
    return False


class DisjointSpans:
    """Spans that never overlap each other, added one at a time."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span already added."""
        return _overlaps(self._starts, self._ends, start, end)

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none of those added (the caller checks)."""
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._starts) and self._starts[i] == start and self._ends[i] <= end:
            i += 1
        self._starts.insert(i, start)
        self._ends.insert(i, end)


class SpanUnion:
    """A fixed collection of spans, which may overlap each other."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps one of the spans (``s < end and start < e``)."""
        return _overlaps(self._starts, self._ends, start, end)
