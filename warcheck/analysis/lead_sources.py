"""The lead's named source: whom the headline and lead attribute the main event to.

A main event's sources are those of its own claims (``main_event._own_words``). When
none of them names anyone, news still often says whose word it is, in two shapes
read on US local news (issue 13):

* a headline that opens with its source and a colon ("Police: 4 shot, 1 dead in east
  Las Vegas", "Texas police: Father kills wife"): the words before the colon, typed as
  any source phrase (``sources.types.type_phrase``), when they are a source noun
  ("Police", "Officials", "Sheriff") and not page furniture ("UPDATE:", "WATCH:");
* a sentence of the lead that is no claim of the event's type ("A man is in custody
  after pointing a replica gun at an officer. Police say the officer was parked..."):
  the first named source of the headline and the first ``LEAD_SENTENCES`` sentences of the
  body is the event's.

``outlet`` stays only when neither names anyone.
"""

from __future__ import annotations

import re

from warcheck.analysis.sources.types import GUESS, type_phrase
from warcheck.model import Analysis, Claim

# Sentences of the body, after the headline, in which the lead's source is looked for.
LEAD_SENTENCES = 2
# "Police: ...", "Texas police: ...", "Sheriff: ...": up to four words before a colon.
_HEADLINE_SOURCE = re.compile(r"[ \t]*((?:[A-Z][\w.'’-]*|[a-z]+)(?: [\w.'’-]+){0,3}):\s")
# Source types a lead may lend: a named source, never the outlet or a guess.
_NAMED = frozenset({"official", "party", "monitor", "witness", "anonymous", "wire", "media"})


def _headline_source(analysis: Analysis) -> str | None:
    """The type of a source that opens the headline before a colon ("Police: ...")."""
    title = analysis.article.title
    if title is None:
        return None
    m = _HEADLINE_SOURCE.match(analysis.article.text, title.start, title.end)
    if m is None:
        return None
    s, e = m.span(1)
    actors = [a for a in analysis.actors if s <= a.start and a.end <= e]
    kind, _ = type_phrase(m.group(1), actors)
    return kind if kind in _NAMED and kind != GUESS else None


def _lead_claims(analysis: Analysis) -> list[Claim]:
    """The claims of the headline and of the first sentences of the body, in text order."""
    title_end = analysis.article.title.end if analysis.article.title else 0
    head = {c.sentence for c in analysis.claims if c.start < title_end}
    body = sorted({c.sentence for c in analysis.claims if c.kind != "background"} - head)
    window = head | set(body[:LEAD_SENTENCES])
    return [c for c in analysis.claims if c.sentence in window]


def lead_source(analysis: Analysis, outlet_id: str | None) -> str | None:
    """The source type the headline or lead names for the article's event, else ``None``."""
    told = _headline_source(analysis)
    if told is not None:
        return told
    for claim in _lead_claims(analysis):
        for s in claim.sources[:1]:
            if s.type in _NAMED and not (outlet_id and s.actor_id == outlet_id):
                return s.type
    return None
