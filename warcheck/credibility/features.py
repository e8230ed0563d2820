"""Article features: what the credibility model reads from one article's analysis document.

Every feature is named ``group:key`` (``sourcing:party``, ``cue:hedge``,
``outlet:sana``); :data:`GROUPS` says what each group measures, and the
groups ``outlet`` and ``camp`` (the outlet's name and its camp in the
knowledge files) can be left out as a whole. Values are shares of the
article's claims, rates per 100 words, small counts on a log scale or 0/1
flags; each comes with the spans of the article behind it, so that a reason
given for an assessment can point at the words it rests on.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from warcheck import vocab
from warcheck.credibility.wording import word_features
from warcheck.crosscheck.facts import FAMILY
from warcheck.knowledge.catalogue import actors
from warcheck.text import outlet_key

SpanRef = tuple[int, int, str]

# Feature group -> what it measures, in words (used to explain an assessment).
GROUPS: dict[str, str] = {
    "outlet": "the outlet is",
    "camp": "the outlet's camp (knowledge files) is",
    "length": "article length",
    "sourcing": "share of claims sourced to",
    "certainty": "share of claims",
    "kind": "share of claims that are",
    "cue": "rate per 100 words of cues of kind",
    "label_camp": "rate per 100 words of partisan labels of camp",
    "actor_camp": "share of actor mentions of camp",
    "specific": "specificity:",
    "event": "main event family",
    "perpetrator": "main event perpetrator's camp",
    "xc_all": "cross-check (train+test, no labels):",
    "xc_train": "cross-check (training articles):",
    "word": "weight in the article of the word",
}
OUTLET_GROUPS = frozenset({"outlet", "camp"})
NAMED = 0.7  # perpetrator confidence at which the article names the perpetrator


@dataclass
class Features:
    """One article's feature values and the spans (or articles) behind each."""

    values: dict[str, float] = field(default_factory=dict)
    spans: dict[str, list[SpanRef]] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)

    def put(self, name: str, value: float, spans: Sequence[SpanRef] = ()) -> None:
        """Set a feature's value and add the spans behind it."""
        self.values[name] = float(value)
        if spans:
            self.spans.setdefault(name, []).extend(spans)

    def add(self, other: Features) -> None:
        """Take in another group's values and notes (the cross-check's, say), replacing any
        of the same name."""
        self.values.update(other.values)
        self.notes.update(other.notes)


def group_of(name: str) -> str:
    """Return the group of a feature name (its part before the colon)."""
    return name.split(":", 1)[0]


def _span(item: Mapping[str, Any]) -> SpanRef:
    return (int(item.get("start", 0)), int(item.get("end", 0)), str(item.get("text", "")))


def _share(f: Features, prefix: str, keys: Sequence[str], items: Sequence[tuple[str, Any]]) -> None:
    """Put the share of ``items`` (key, span source) falling under each key."""
    total = max(1, len(items))
    for key in keys:
        hits = [it for k, it in items if k == key]
        f.put(f"{prefix}:{key}", len(hits) / total, [_span(h) for h in hits[:5]])


def outlet_features(f: Features, outlet: str | None, camp: str) -> None:
    """The outlet's name and its camp (switchable groups ``outlet`` and ``camp``)."""
    if outlet:
        f.put(f"outlet:{outlet_key(outlet)}", 1.0)
    f.put(f"camp:{camp}", 1.0)


def claim_features(f: Features, claims: Sequence[Mapping[str, Any]]) -> None:
    """Sourcing (outermost source type), certainty and kind of the claims, as shares."""
    sourced = []
    for c in claims:
        sources = c.get("sources") or ()
        sourced.append((str(sources[0].get("type")) if sources else "outlet", c))
    _share(f, "sourcing", list(vocab.SOURCE_TYPE), sourced)
    _share(f, "certainty", list(vocab.CERTAINTY), [(str(c.get("certainty")), c) for c in claims])
    _share(f, "kind", list(vocab.CLAIM_KIND), [(str(c.get("kind")), c) for c in claims])


def cue_features(f: Features, cues: Sequence[Mapping[str, Any]], words: int) -> None:
    """Cues by kind and partisan labels by camp, per 100 words."""
    per = 100.0 / max(words, 50)
    for kind in vocab.CUE_KIND:
        hits = [c for c in cues if c.get("kind") == kind]
        f.put(f"cue:{kind}", len(hits) * per, [_span(h) for h in hits[:5]])
    for camp in vocab.CAMPS:
        hits = [c for c in cues if c.get("camp") == camp]
        f.put(f"label_camp:{camp}", len(hits) * per, [_span(h) for h in hits[:5]])


def actor_features(f: Features, mentions: Sequence[Mapping[str, Any]]) -> None:
    """Shares of the actor mentions by the camp of the actor (knowledge files)."""
    known = actors()
    camps = [
        (known[m["actor_id"]].camp if m.get("actor_id") in known else "none", m) for m in mentions
    ]
    _share(f, "actor_camp", list(vocab.CAMPS), camps)


def specific_features(f: Features, document: Mapping[str, Any]) -> None:
    """How specific the article is about its main event: toll, place, date, perpetrator."""
    summary = document.get("summary") or {}
    event = summary.get("main_event") or {}
    place = summary.get("main_place") or {}
    tolls = summary.get("casualties") or {}
    f.put("specific:main_event", 1.0 if event else 0.0)
    killed = event.get("killed")
    f.put("specific:killed_log", math.log1p(killed) if killed else 0.0)
    for group in ("civilians", "children", "women", "noncivilians"):
        f.put(f"specific:{group}_log", math.log1p(tolls.get(group) or 0))
    figures = [c for c in document.get("casualties") or () if c.get("min") is not None]
    exact = [c for c in figures if c.get("qualifier") == "exact"]
    f.put("specific:figures_log", math.log1p(len(figures)), [_span(c) for c in figures[:5]])
    f.put("specific:exact_share", len(exact) / max(1, len(figures)))
    precision = place.get("precision")
    fine = precision in ("exact", "neighbourhood", "town")
    f.put("specific:place_fine", 1.0 if fine else 0.0, [_span(place)] if place else [])
    f.put("specific:place_none", 0.0 if place else 1.0)
    f.put("specific:date_day", 1.0 if event.get("date_precision") == "day" else 0.0)
    times = document.get("times") or ()
    resolved = [t for t in times if t.get("resolved")]
    f.put("specific:times_resolved", len(resolved) / max(1, len(times)))
    f.put(
        "specific:places_log",
        math.log1p(len({p.get("place_id") for p in document.get("places") or ()})),
    )
    named = (event.get("perpetrator_confidence") or 0.0) >= NAMED
    text = str((document.get("article") or {}).get("text", ""))
    span: list[SpanRef] = []
    if event.get("start") is not None:
        start, end = int(event["start"]), int(event["end"])
        span = [(start, end, text[start:end])]
    f.put("specific:perpetrator_named", 1.0 if named else 0.0, span)
    _event_features(f, event, span, named)


def _event_features(
    f: Features, event: Mapping[str, Any], span: list[SpanRef], named: bool
) -> None:
    family = FAMILY.get(str(event.get("event_type"))) if event else None
    for fam in vocab.EVENT_FAMILY:
        f.put(f"event:{fam}", 1.0 if fam == family else 0.0, span if fam == family else [])
    actor = actors().get(str(event.get("perpetrator"))) if named else None
    camp = actor.camp if actor else None
    for c in vocab.CAMPS:
        f.put(f"perpetrator:{c}", 1.0 if c == camp else 0.0, span if c == camp else [])


def article_features(document: Mapping[str, Any], camp: str) -> Features:
    """Return the features of one article's analysis document (without the cross-check).

    ``camp`` is the outlet's camp (``crosscheck.camp_of``), passed in so that
    this module needs nothing above the analysis.
    """
    article = document.get("article") or {}
    text = str(article.get("text", ""))
    words = len(text.split())
    f = Features()
    outlet_features(f, article.get("outlet"), camp)
    f.put("length:words_log", math.log1p(words))
    claims = document.get("claims") or ()
    f.put("length:claims_log", math.log1p(len(claims)))
    claim_features(f, claims)
    cue_features(f, document.get("cues") or (), words)
    actor_features(f, document.get("actors") or ())
    specific_features(f, document)
    for name, value, spans in word_features(text):
        f.put(name, value, spans)
    return f
