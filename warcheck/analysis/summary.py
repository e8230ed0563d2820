"""The article-level summary: main place, date, figures, event, sourcing and camps."""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from dataclasses import fields

from warcheck.analysis import actors, places, tolls
from warcheck.analysis.main_event import main_event
from warcheck.knowledge.summary_words import summary_words
from warcheck.model import Analysis, Claim, MainPlace, PlaceMention, Sourcing, Summary


def summarize(analysis: Analysis) -> Summary:
    """Return the summary stored in ``Analysis.summary``."""
    text = analysis.article.text
    title_end = analysis.article.title.end if analysis.article.title else 0
    main = places.main_place(analysis.places, text, title_end, _told_in_past(analysis))
    return Summary(
        main_place=_main_place(main) if main is not None else None,
        casualties=tolls.headline_figures(analysis.casualties, text),
        main_event=main_event(analysis, main),
        sourcing=_sourcing(analysis.claims),
        camps=actors.infer_camps(analysis.actors),
        label_camps=dict(Counter(m.label_camp for m in analysis.actors if m.label_camp)),
    )


def _main_place(main: PlaceMention) -> MainPlace:
    spans = {f.name: getattr(main, f.name) for f in fields(PlaceMention)}
    return MainPlace(**spans, governorate=places.governorate(main))


# A sentence dated this many days before publication tells of an earlier event.
_PAST_DAYS = 60


def _told_in_past(analysis: Analysis) -> list[tuple[int, int]]:
    """Spans of the sentences holding a date that ends well before publication."""
    published = analysis.article.published
    if not published:
        return []
    cutoff = (dt.date.fromisoformat(published) - dt.timedelta(days=_PAST_DAYS)).isoformat()
    sentences = analysis.sentences
    out: list[tuple[int, int]] = []
    for t in analysis.times:
        last = t.end_value or t.value
        if t.resolved and last and last < cutoff:
            i = bisect.bisect_right(sentences, t.start, key=lambda s: s.start) - 1
            if i >= 0 and t.start < sentences[i].end:
                out.append((sentences[i].start, sentences[i].end))
    return out


def _sourcing(claims: tuple[Claim, ...]) -> Sourcing:
    """Count claims by what they rest on: the outermost source's type (see :class:`Sourcing`)."""
    groups = summary_words().sourcing_groups
    counts = dict.fromkeys((f.name for f in fields(Sourcing)), 0)
    for claim in claims:
        kind = claim.sources[0].type if claim.sources else "outlet"
        counts[groups.get(kind, "unsourced")] += 1
    return Sourcing(**counts)
