"""Casualty links: a figure with no outcome of its own takes one from the figure it is joined to.

"including 28 children", "among them 3 women", "A, B and C were killed": a
figure with a person noun but no outcome words takes the outcome of the mention
that encloses it or that it adjoins across joining words only ("and",
"including", "among them", "were among"). :func:`linked_outcome` is used by
:func:`warcheck.analysis.casualties.find_casualties`, on its lower-cased text.
"""

from __future__ import annotations

import re

from warcheck.model import CasualtyMention

_VERB_NEXT = re.compile(r"\s+(?:were|was|are|is|have|has|had|went|remain|remained|who)\b")
_PART_GAP = re.compile(r"\b(?:including|among|of\s+them|of\s+whom)\b")
_GAP_RE = re.compile(
    r"[\s,;:()\-–—]*(?:(?:and|including|among|them|whom|of|were|was|are|is|as|well|plus|"
    r"also|with|the|those|most|mostly|all|who|both|another|other|while|her|his|their|its)\b"
    r"[\s,;:()\-–—]*)*"
)


def linked_outcome(
    low: str, s: int, e: int, found: list[CasualtyMention], passive: set[int]
) -> str | None:
    """Outcome for the bare figure ``low[s:e]``: that of a mention enclosing or adjoining it.

    A mention before it lends its outcome across joining words, unless a verb
    follows the figure (it has a clause of its own), or the mention's outcome
    words follow its figure (``passive`` holds the starts of such mentions) and
    no "including", "among" or "of them" stands between the two. A mention
    after it lends its outcome across joining words.
    """
    prev: CasualtyMention | None = None
    nxt: CasualtyMention | None = None
    for c in found:
        if c.start <= s and c.end >= e:
            return c.outcome
        if c.end <= s:
            prev = c
        elif c.start >= e and nxt is None:
            nxt = c
    if (
        prev is not None
        and _GAP_RE.fullmatch(low, prev.end, s)
        and not _VERB_NEXT.match(low, e)
        and (prev.start not in passive or _PART_GAP.search(low, prev.end, e))
    ):
        return prev.outcome
    if nxt is not None and _GAP_RE.fullmatch(low, e, nxt.start):
        return nxt.outcome
    return None
