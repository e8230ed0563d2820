"""What the article page shows: the marked-up text and one panel per claim."""

from __future__ import annotations

from typing import Any

import warcheck
from warcheck.web.highlight import KINDS, highlighted

VOCABULARIES = warcheck.vocabularies()


def vocab(name: str, term: str | None) -> str:
    """The one-line definition of a vocabulary term (empty when unknown)."""
    return VOCABULARIES.get(name, {}).get(term or "", "")


def panel(claim: dict[str, Any], grade: dict[str, Any] | None) -> dict[str, Any]:
    """One claim's panel: event, actors, place, date, sourcing, certainty, grade and evidence."""
    place = claim["places"][0] if claim["places"] else None
    return {
        "index": claim["index"],
        "text": claim["text"],
        "kind": claim["kind"],
        "event_type": claim["event_type"],
        "agents": [p["name"] or p["text"] for p in claim["agents"]],
        "targets": [p["name"] or p["text"] for p in claim["targets"]],
        "place": None
        if place is None
        else {
            "name": place["name"],
            "lat": place["lat"],
            "lon": place["lon"],
            "precision": place["precision"],
            "admin1": place.get("admin1"),
            "country": place.get("country"),
        },
        "date": {
            "from": claim["date_from"],
            "to": claim["date_to"],
            "precision": claim["date_precision"],
        },
        "casualties": [
            {"min": c["min"], "max": c["max"], "group": c["group"], "outcome": c["outcome"]}
            for c in claim["casualties"]
        ],
        "sources": [
            {"type": s["type"], "name": s["name"], "stance": s.get("stance"), "text": s["text"]}
            for s in claim["sources"]
        ],
        "certainty": claim["certainty"],
        "certainty_means": vocab("certainty", claim["certainty"]),
        "cues": [{"kind": q["kind"], "text": q["text"], "camp": q["camp"]} for q in claim["cues"]],
        "grade": grade,
        "grade_means": vocab("grade", grade["grade"]) if grade else "",
    }


def article_data(
    doc: dict[str, Any],
    row: dict[str, Any] | None,
    grades: dict[int, dict[str, Any]],
    assessment: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The article page's data (its JSON twin): the row, the panels and the summary.

    ``assessment`` is the credibility model's stored row (``warcheck assess``), if any.
    """
    return {
        "article": row,
        "assessment": assessment,
        "text": doc["article"]["text"],
        "title": doc["article"].get("title"),
        "claims": [panel(c, grades.get(c["index"])) for c in doc["claims"]],
        "summary": doc["summary"],
        "warnings": doc["warnings"],
        "document": doc,
    }


def article_context(doc: dict[str, Any]) -> dict[str, Any]:
    """What only the HTML page needs: the highlighted text and the legend."""
    return {"highlighted": highlighted(doc), "legend": KINDS}
