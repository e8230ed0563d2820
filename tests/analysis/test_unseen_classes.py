"""Error classes of the main event on unseen news (issue 13), on sentences of our own.

Each class was found reading half c1 of ``benchmarks/main_event/unseen.jsonl`` and
earlier unseen articles; the sentences here are written for warcheck, none is
taken from an evaluated article.

- sourcing: "officials say", "police officials said" are the authorities speaking
  (``official``); one unnamed "official" stays anonymous;
"""

from __future__ import annotations

import pytest

import warcheck
from warcheck.model import MainEvent


def _event(text: str, published: str) -> MainEvent:
    summary = warcheck.analyze(text, published=published).summary
    assert summary is not None and summary.main_event is not None
    return summary.main_event


OFFICIALS = [
    "Officials say a 7-year-old girl was shot in the arm at a park in Dayton on Friday.",
    "A man was stabbed outside a bar in Tulsa on Friday, police officials said.",
    "City officials said a gunman opened fire on a bus in Tacoma on Friday.",
    "County officials said two men were shot on Elm Street on Friday.",
]


@pytest.mark.parametrize("text", OFFICIALS)
def test_officials_speaking_are_official_sources(text: str) -> None:
    event = _event(text, "2016-04-02")
    assert event.source_types[:1] == ("official",)


def test_one_unnamed_official_stays_anonymous() -> None:
    a = warcheck.analyze(
        "A security official said a car bomb exploded near the market on Friday.",
        published="2016-04-02",
    )
    assert [s.type for c in a.claims for s in c.sources][:1] == ["anonymous"]
