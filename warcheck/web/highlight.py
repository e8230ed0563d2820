"""The article text with its mentions marked, for the article page.

Every extracted item of an analysis document has ``start``/``end`` offsets
into ``article.text``. The text is cut at every offset; each piece is wrapped
in one ``<mark>`` whose classes name every kind of mention covering it (an
actor that is also a partisan label is both ``actor`` and ``cue``), with a
``title`` saying what each is. Claims, which are whole sentences, wrap their
pieces in ``<span class="claim" id="claim-N">`` so the claim panel can link to
them. The sweep keeps only the mentions open at each cut, so the work grows
with the number of mentions, not with its square.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

KINDS = {
    "actor": "actors, with the label used and the camp that uses it",
    "place": "places, with the gazetteer name",
    "time": "dates and times, resolved",
    "casualty": "casualty figures",
    "operation": "named military operations",
    "source": "sources, coloured by type (party, monitor, wire, anonymous, ...)",
    "cue": "loaded language, labels, hedges, allegations and denials, with the camp",
}
"""The kinds of highlight, with what each marks (the page's legend)."""


@dataclass(frozen=True)
class Mark:
    """One highlighted span: offsets, CSS classes and a tooltip."""

    start: int
    end: int
    classes: tuple[str, ...]
    title: str


def marks(doc: dict[str, Any]) -> list[Mark]:
    """Every mention of the document as a :class:`Mark`."""
    found = [Mark(a["start"], a["end"], ("actor",), _actor_title(a)) for a in doc["actors"]]
    found += [
        Mark(p["start"], p["end"], ("place",), f"place: {p['name']} ({p['precision']})")
        for p in doc["places"]
    ]
    found += [Mark(t["start"], t["end"], ("time",), _time_title(t)) for t in doc["times"]]
    found += [
        Mark(c["start"], c["end"], ("casualty",), _casualty_title(c)) for c in doc["casualties"]
    ]
    found += [
        Mark(o["start"], o["end"], ("operation",), f"operation: {o['name']}")
        for o in doc["operations"]
    ]
    found += [
        Mark(q["start"], q["end"], ("cue", f"cue-{q['kind']}"), _cue_title(q)) for q in doc["cues"]
    ]
    for claim in doc["claims"]:
        found += [
            Mark(s["start"], s["end"], ("source", f"src-{s['type']}"), _source_title(s))
            for s in claim["sources"]
            if s.get("start") is not None and s["end"] > s["start"]
        ]
    return [m for m in found if 0 <= m.start < m.end]


def highlighted(doc: dict[str, Any]) -> Markup:
    """The article text as HTML: escaped, with every mention marked and every claim wrapped."""
    text: str = doc["article"]["text"]
    claims = _claim_ranges(doc["claims"], len(text))
    spans = [m for m in marks(doc) if m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans),
                   *(c[0] for c in claims), *(c[1] for c in claims)})  # fmt: skip
    out: list[str] = []
    current: int | None = None
    for start, end, active in _pieces(spans, cuts):
        claim = _claim_at(claims, start)
        if claim != current:
            if current is not None:
                out.append("</span>")
            if claim is not None:
                out.append(f'<span class="claim" id="claim-{claim}" data-claim="{claim}">')
            current = claim
        out.append(_piece(text[start:end], active))
    if current is not None:
        out.append("</span>")
    return Markup("".join(out))


def _pieces(spans: list[Mark], cuts: list[int]) -> Iterator[tuple[int, int, list[Mark]]]:
    """Each stretch between two cuts with the marks that cover it (a sweep over the cuts)."""
    pending = sorted(spans, key=lambda m: m.start)
    ending: list[tuple[int, int]] = []
    active: dict[int, Mark] = {}
    nxt = 0
    for start, end in zip(cuts, cuts[1:], strict=False):
        while ending and ending[0][0] <= start:
            active.pop(heapq.heappop(ending)[1], None)
        while nxt < len(pending) and pending[nxt].start <= start:
            active[nxt] = pending[nxt]
            heapq.heappush(ending, (pending[nxt].end, nxt))
            nxt += 1
        yield start, end, list(active.values())


def _piece(text: str, active: list[Mark]) -> str:
    if not active:
        return str(escape(text))
    classes = " ".join(sorted({c for m in active for c in m.classes}))
    title = "; ".join(dict.fromkeys(m.title for m in active))
    return f'<mark class="hl {classes}" title="{escape(title)}">{escape(text)}</mark>'


def _claim_ranges(claims: list[dict[str, Any]], size: int) -> list[tuple[int, int, int]]:
    """The claims' (start, end, index), in order, leaving out any that overlaps an earlier one."""
    kept: list[tuple[int, int, int]] = []
    for claim in sorted(claims, key=lambda c: (c["start"], c["index"])):
        if claim["end"] <= size and (not kept or claim["start"] >= kept[-1][1]):
            kept.append((claim["start"], claim["end"], claim["index"]))
    return kept


def _claim_at(claims: list[tuple[int, int, int]], offset: int) -> int | None:
    lo, hi = 0, len(claims)
    while lo < hi:
        mid = (lo + hi) // 2
        if claims[mid][1] <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(claims) and claims[lo][0] <= offset < claims[lo][1]:
        return claims[lo][2]
    return None


def _actor_title(a: dict[str, Any]) -> str:
    label = f", labelled '{a['label']}' ({a['label_camp']} camp)" if a.get("label_camp") else ""
    return f"actor: {a['name']} [{a['kind']}]{label}"


def _time_title(t: dict[str, Any]) -> str:
    if not t.get("resolved"):
        return "time: unresolved"
    span = (
        t["value"] if t["end_value"] in (None, t["value"]) else f"{t['value']} to {t['end_value']}"
    )
    return f"time: {span} ({t['precision']})"


def _casualty_title(c: dict[str, Any]) -> str:
    figure = c["min"] if c["max"] in (None, c["min"]) else f"{c['min']}-{c['max']}"
    return f"casualties: {figure} {c['group']} {c['outcome']}"


def _cue_title(q: dict[str, Any]) -> str:
    camp = f" (used by the {q['camp']} camp)" if q.get("camp") else ""
    return f"{q['kind'].replace('_', ' ')}: {q['technique']}{camp}"


def _source_title(s: dict[str, Any]) -> str:
    return f"source: {s['name'] or s['text']} [{s['type']}]"
