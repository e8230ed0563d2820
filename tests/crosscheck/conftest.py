"""Synthetic analysis documents (``warcheck.analysis/1``) for the cross-check tests.

The tests get the builders through the ``synth`` fixture.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

PLACES = {
    "Riverton": (40.00, -75.00),
    "Hillside": (40.50, -74.20),  # about 85 km from Riverton
}


def claim(
    index: int,
    text: str,
    *,
    event_type: str | None = "attack",
    kind: str = "event",
    date: str | None = None,
    place: str | None = None,
    killed: int | None = None,
    agent: str | None = None,
    certainty: str = "asserted",
    source: tuple[str, str | None] = ("outlet", None),
    date_from: str | None = None,
    precision: str = "day",
) -> dict[str, Any]:
    """Return one claim of an analysis document."""
    places = []
    if place:
        lat, lon = PLACES[place]
        places = [{"name": place, "lat": lat, "lon": lon, "precision": "town", "country": "US"}]
    casualties = []
    if killed is not None:
        casualties = [{"outcome": "killed", "min": killed, "max": killed, "qualifier": "exact"}]
    agents = [{"actor_id": agent, "name": agent, "role": "agent"}] if agent else []
    return {
        "index": index,
        "text": text,
        "kind": kind,
        "event_type": event_type,
        "agents": agents,
        "targets": [],
        "places": places,
        "casualties": casualties,
        "date_from": date_from or date,
        "date_to": date,
        "date_precision": precision if date else "unknown",
        "sources": [{"type": source[0], "name": source[1], "actor_id": None}],
        "certainty": certainty,
    }


def document(
    text: str, claims: list[dict[str, Any]], *, main: int | None = 0, outlet: str | None = None
) -> dict[str, Any]:
    """Return an analysis document with these claims; ``main`` is the main claim's index."""
    summary = {"main_event": {"claim": main}} if main is not None else {"main_event": None}
    return {
        "schema": "warcheck.analysis/1",
        "article": {"text": text, "outlet": outlet, "published": None},
        "claims": claims,
        "summary": summary,
    }


@pytest.fixture(scope="session")
def synth() -> SimpleNamespace:
    """The builders of synthetic claims and documents."""
    return SimpleNamespace(claim=claim, document=document, places=PLACES)
