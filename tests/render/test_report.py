"""The text report's summary section reads the typed summary."""

from __future__ import annotations

from dataclasses import replace

import warcheck
from warcheck.render.report import render


def test_summary_section_names_place_event_tolls_and_sourcing() -> None:
    text = (
        "Warplanes struck a market in the town of Saraqeb in Idlib province on Sunday, killing "
        "at least 12 civilians including three children, the Syrian Observatory for Human "
        "Rights said."
    )
    report = render(warcheck.analyze(text, published="2017-03-14"))
    section = report[report.index("── Summary") :]
    assert "main place: Saraqib (Idlib)" in section
    assert "main event: air_drone_strike by" in section
    assert "killed: civilians 12, children 3, women 0, noncivilians 0" in section
    assert "claims resting on: independent 1," in section


def test_no_summary_section_without_a_summary(seed: warcheck.Analysis) -> None:
    assert "── Summary" not in render(replace(seed, summary=None))
