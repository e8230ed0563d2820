"""The main event's day, read past the updates of a follow-up story.

A follow-up tells a later state of the event first ("The victim remained in critical
condition Friday night"; "The boy was pronounced dead Saturday"), then the event
("He was shot Thursday night"). Such an update is dated, but its day is not the
event's: :func:`is_update` tells them (``aftermath_words`` in ``story_words.json``).
When no claim of the story is dated, the lead often dates the event in a claim of its
own, typed otherwise ("Bassett is accused of stabbing him on March 23"), or a few
sentences later ("at 2 a.m. Saturday in a shooting at a bar"): :func:`lead_day`.
Classes of error read on unseen local news (issue 13).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warcheck.knowledge import lexicons
from warcheck.model import Claim

_AFTERMATH = re.compile(rf"\b(?:{lexicons.pattern('story_words', 'aftermath_words')})\b")
# Sentences after the story's last one in which a claim may still date it.
LEAD_REACH = 3


def is_update(claim: Claim) -> bool:
    """Whether the claim tells a later state of the event's victims, not the event."""
    return bool(_AFTERMATH.search(claim.text.lower()))


def _day(claim: Claim) -> bool:
    return bool(claim.date_from) and claim.date_precision == "day" and not is_update(claim)


def lead_day(story: Sequence[Claim], claims: Sequence[Claim]) -> Claim | None:
    """The first claim dated to the day from the story's first sentence to a few after its last.

    Claims of the story's own types come first; then claims of any type.
    """
    lo = min(c.sentence for c in story)
    hi = max(c.sentence for c in story) + LEAD_REACH
    near = [c for c in claims if lo <= c.sentence <= hi and _day(c)]
    kinds = {c.event_type for c in story}
    return next((c for c in near if c.event_type in kinds), near[0] if near else None)
