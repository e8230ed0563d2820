"""``warcheck eval main-event``: score the summary's main event against hand-read gold.

The file is JSON Lines, one article per line (``benchmarks/main_event/README.md``)::

    {"id": "...", "half": "a", "text": "..." | "row": 13, "unit_id": "...",
     "published": "YYYY-MM-DD", "outlet": "...",
     "gold": {"event_type": ..., "perpetrator": ..., "place": {"name", "lat", "lon"},
              "date": {"from", "to", "precision"}, "killed": ..., "source_type": ...,
              "certainty": ...}}

An article is its ``text``, or the article of another file it refers to:
row ``row`` of a FA-KES-format CSV (``csv=``), record ``record`` of a JSON
Lines file (``jsonl=``) or article ``article`` of a GeoWebNews XML file
(``xml=``); see ``main_event_texts``. Each gold field may be a list of
accepted answers; ``null`` for place or date means the article does not say,
and the field is not counted for it. The scores, field by field:

- event type: the main event's type is an accepted one;
- perpetrator: the actor id is an accepted one or its parent or child
  (``"none"``: the summary names none);
- place: the main event's place lies within 50 km of an accepted place;
- date: the main event's first and last day both lie in the gold span;
- killed: the main event's ``killed`` (its toll as its claims first give
  it) is an accepted one, or both are none;
- source: the type of the main event's outermost source (``outlet`` when unsourced);
- certainty: the main event's certainty.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from warcheck import knowledge
from warcheck.analysis.pipeline import analyze_article
from warcheck.errors import DataError, WarcheckError
from warcheck.evaluation.files import json_objects
from warcheck.evaluation.main_event_texts import Texts
from warcheck.knowledge.us_counties import km
from warcheck.read.article import read

FIELDS = ("event_type", "perpetrator", "place", "date", "killed", "source_type", "certainty")
METRICS = {
    "event_type": "main_event_type",
    "perpetrator": "main_event_perpetrator",
    "place": "main_event_place_50km",
    "date": "main_event_date",
    "killed": "main_event_killed",
    "source_type": "main_event_source",
    "certainty": "main_event_certainty",
}
HALVES = ("a", "b", "c1", "c2", "all")
# Greatest distance, in km, at which a place counts as the gold place.
PLACE_KM = 50.0

Progress = Callable[[int, int], None]


def items(
    path: str | Path,
    csv: str | Path | None = None,
    *,
    jsonl: str | Path | None = None,
    xml: str | Path | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield the file's articles, each with its ``text`` filled in, checking their shape."""
    texts = Texts(csv, jsonl, xml)
    for where, item in json_objects(path):
        if not isinstance(item.get("gold"), dict):
            raise DataError(f"{where}: not a main-event item (no 'gold' object)")
        if "text" not in item:
            texts.fill(item, where)
        yield item


def predict(item: dict[str, Any]) -> dict[str, Any]:
    """Analyse one article and return its main event, field by field."""
    article = read(item["text"], published=item.get("published"), outlet=item.get("outlet"))
    summary = analyze_article(article).summary
    event = summary.main_event if summary else None
    if event is None:
        return dict.fromkeys(FIELDS) | {"perpetrator": "none", "source_type": None}
    place = event.location
    return {
        "event_type": event.event_type,
        "perpetrator": event.perpetrator or "none",
        "place": (place.name, place.lat, place.lon) if place and place.lat is not None else None,
        "date": (event.date_from, event.date_to or event.date_from) if event.date_from else None,
        "killed": event.killed,
        "source_type": event.source_types[0] if event.source_types else "outlet",
        "certainty": event.certainty,
    }


def _accepted(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _family(actor_id: str) -> set[str]:
    """The actor, its parents and grand-parents."""
    out, seen = {actor_id}, actor_id
    actors = knowledge.actors()
    while (a := actors.get(seen)) is not None and a.parent and a.parent not in out:
        seen = a.parent
        out.add(seen)
    return out


def _same_actor(got: str, gold: str) -> bool:
    if "none" in (got, gold):
        return got == gold
    return gold in _family(got) or got in _family(gold)


def right(field: str, got: Any, gold: Any) -> bool:
    """Whether the predicted ``got`` of ``field`` is an accepted answer in ``gold``."""
    accepted = _accepted(gold)
    if field == "perpetrator":
        return got is not None and any(_same_actor(got, g) for g in accepted)
    if field == "place":
        return got is not None and any(
            km(got[1], got[2], g["lat"], g["lon"]) <= PLACE_KM for g in accepted
        )
    if field == "date":
        return got is not None and any(
            g["from"] <= got[0] and got[1] <= g.get("to", g["from"]) for g in accepted
        )
    return got in accepted


def evaluate(
    path: str | Path,
    progress: Progress | None = None,
    *,
    half: str = "all",
    csv: str | Path | None = None,
    jsonl: str | Path | None = None,
    xml: str | Path | None = None,
) -> dict[str, Any]:
    """Score the main event of every article of ``path`` (of one half, or all).

    ``csv``, ``jsonl`` and ``xml`` name the files that items without a ``text``
    refer to (``warcheck.evaluation.main_event_texts``).
    """
    if half not in HALVES:
        raise DataError(f"unknown half {half!r}; choose from {', '.join(HALVES)}")
    data = [
        i for i in items(path, csv, jsonl=jsonl, xml=xml) if half == "all" or i.get("half") == half
    ]
    if not data:
        raise DataError(f"{path}: no items" + (f" in half {half}" if half != "all" else ""))
    hits: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    errors, per_item = 0, []
    for i, item in enumerate(data, 1):
        try:
            got = predict(item)
        except WarcheckError:
            errors += 1
            got = dict.fromkeys(FIELDS)
        wrong = []
        for field in FIELDS:
            gold = item["gold"].get(field)
            if gold is None and field in ("place", "date"):
                continue
            counted[field] += 1
            if right(field, got[field], gold):
                hits[field] += 1
            else:
                wrong.append(field)
        per_item.append({"id": item.get("id"), "wrong": wrong, "got": got})
        if progress:
            progress(i, len(data))
    return {
        "dataset": Path(path).name,
        "dataset_kind": "main-event",
        "half": half,
        "n": len(data),
        "metrics": {METRICS[f]: round(hits[f] / counted[f], 4) for f in FIELDS if counted[f]},
        "counted": {METRICS[f]: counted[f] for f in FIELDS},
        "analysis_errors": errors,
        "items": per_item,
    }


def format_result(result: dict[str, Any]) -> str:
    """Return the evaluation result as a short readable report."""
    lines = [
        f"Main-event evaluation of {result['dataset']} (half {result['half']}): "
        f"{result['n']} articles"
    ]
    for key, value in result["metrics"].items():
        lines.append(f"  {key:<26} {value:.3f}  (n={result['counted'][key]})")
    if result["analysis_errors"]:
        lines.append(f"  articles that could not be analysed: {result['analysis_errors']}")
    return "\n".join(lines) + "\n"
