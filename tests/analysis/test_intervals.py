"""The span sets answer overlap questions as the pairwise check does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from warcheck.analysis.intervals import DisjointSpans, SpanUnion

SPAN = st.tuples(st.integers(0, 40), st.integers(0, 8)).map(lambda p: (p[0], p[0] + p[1]))


def _brute(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(SPAN, max_size=30), st.lists(SPAN, max_size=10))
def test_disjoint_spans_take_what_the_pairwise_check_takes(cands, queries) -> None:
    spans = DisjointSpans()
    taken: list[tuple[int, int]] = []
    for s, e in cands:
        assert spans.overlaps(s, e) == _brute(taken, s, e)
        if not spans.overlaps(s, e):
            spans.add(s, e)
            taken.append((s, e))
    for s, e in queries:
        assert spans.overlaps(s, e) == _brute(taken, s, e)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(SPAN, max_size=30), st.lists(SPAN, max_size=20))
def test_span_union_overlaps_as_any_of_its_spans(spans, queries) -> None:
    union = SpanUnion(spans)
    for s, e in queries:
        assert union.overlaps(s, e) == _brute(spans, s, e), (s, e)


def test_touching_spans_do_not_overlap() -> None:
    union = SpanUnion([(0, 3), (3, 5)])
    assert not union.overlaps(5, 9)
    assert union.overlaps(4, 9)
    assert not union.overlaps(3, 3)
