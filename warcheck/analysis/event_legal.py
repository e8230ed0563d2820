"""A headline about a legal step over a violent act: the story is the step, not the act.

"Man charged in fatal stabbing", "Suspect arrested after shooting at bar", "Woman
sentenced to life for killing husband": the headline's claim is typed by the
violence it names, but what the story tells first is the charge, the arrest, the
sentence. :func:`legal_type` reads such a headline (``legal_acts`` in
``story_words.json``): a legal verb among its first words, then a link word ("in",
"over", "after", "for", "with", "following") before the violence. The main event
keeps the act's place, day, sources and toll, and takes the step's type. A class of
error read on unseen local news (issue 13: non-violent events typed as attacks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warcheck.knowledge import lexicons
from warcheck.model import Claim

# Words before the legal verb: its subject ("Mother of 4-year-old boy", "Liverpool").
_LEAD_WORDS = 6
_AUX = r"(?:is\s+|was\s+|are\s+|were\s+|been\s+)?"
_GROUPS = [
    (g["event_type"], lexicons.alternation(g.terms, True))
    for g in lexicons.groups("story_words", "legal_acts")
]
# "Man charged in fatal stabbing": the step, then a link word before the violence.
_STEP_FIRST = [
    (
        kind,
        re.compile(
            rf"^(?:\S+\s+){{0,{_LEAD_WORDS}}}?{_AUX}(?:{terms})\b"
            r"(?:\s+\S+){0,6}?\s+(?:in|over|after|for|with|following)\s",
            re.IGNORECASE,
        ),
    )
    for kind, terms in _GROUPS
]
# "Suspect in deadly shooting appears in court": the violence in the subject, the step last.
_STEP_LAST = [
    (
        kind,
        re.compile(
            r"^(?:\S+\s+){1,6}?(?:in|of|behind)\s+(?:\S+\s+){1,6}?"
            rf"(?<!after )(?<!being )(?<!before )(?<!when ){_AUX}(?:{terms})\b"
            r"(?:\s+\S+){0,5}\s*$",
            re.IGNORECASE,
        ),
    )
    for kind, terms in _GROUPS
]
_STEPS = _STEP_FIRST + _STEP_LAST


def legal_type(claim: Claim) -> str | None:
    """The type of the legal step a headline claim tells over a violent act, if it tells one."""
    return next((kind for kind, pattern in _STEPS if pattern.match(claim.text)), None)


def headline_step(headline: Sequence[Claim], violent: frozenset[str]) -> str | None:
    """The legal step's type when every violent claim of the headline tells one, else None."""
    steps = [legal_type(c) for c in headline if c.event_type in violent]
    return steps[0] if steps and all(steps) else None
