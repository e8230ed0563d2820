"""Fixtures of the analysis tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import warcheck
from warcheck.model import MainEvent


def _main_event(text: str, published: str | None) -> MainEvent:
    summary = warcheck.analyze(text, published=published).summary
    assert summary is not None and summary.main_event is not None
    return summary.main_event


@pytest.fixture(scope="session")
def main_event() -> Callable[[str, str | None], MainEvent]:
    """``main_event(text, published)``: the summary's main event of ``text`` published that day.

    Fails the test when the analysis gives no main event.
    """
    return _main_event
