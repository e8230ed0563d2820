"""Casualty figures as ACLED codes them: the ACLED-style export's and the cross-check's.

It lives below the corpus store so that the export (:mod:`warcheck.corpus.exports`)
and the cross-check (which must not import the corpus store) read a vague toll
with the same figure.

:func:`fatalities` is ACLED's ``fatalities`` for a claim's "killed" mentions.
The analysis keeps a vague figure as what the words mean ("dozens": 24 or
more, no upper bound; "several": no figure), and the store's ``killed_min``
sums those lower bounds. ACLED codes a vague report conservatively: "If source
reports differ or a vague estimate is provided, ACLED uses the most
conservative estimate available", and codes "tens" 10, "dozens" 12,
"hundreds" 100 "and so on" (ACLED knowledge base, "Fatalities", *Uses and
limitations of ACLED data*, published 27 February 2023, updated 7 May 2024;
``vague_plurals`` in ``number_words.json``). No ACLED figure for "several",
"many" or "a few" could be found stated (checked 2026-12-07: the FAQ's section
on unknown fatality numbers and the ACLED Codebook's "Reported Fatalities"
section, 2023 p. 37 / 2024 p. 38, were not readable; the codebook's variable
table has no rule), so the export codes the most conservative figure, the
smallest count the word means: "several", "many", "numerous" 3, "a few" 2
(``acled_vague_counts``). The earlier 10 for "several" and "many" had no
checked source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from warcheck.analysis.numbers import NUMBER, VAGUE_PLURALS
from warcheck.knowledge import lexicons

__all__ = ["VAGUE_COUNTS", "acled_figure", "fatalities"]

VAGUE_COUNTS: dict[str, int] = dict(lexicons.entries("number_words", "acled_vague_counts"))
_NUMBER = re.compile(rf"\b{NUMBER}\b", re.IGNORECASE)
_FEW = ("several", "a few")  # "several dozen": ACLED's figure for "dozens"


def acled_figure(wording: str) -> int | None:
    """ACLED's figure for the first vague number in ``wording``, ``None`` if it codes none.

    "dozens of people were killed" gives 12, "tens of thousands" 10 x 1,000,
    "several dozen" 12 (as "dozens"), "several" and "many" 3, "a few" 2 (the
    smallest count the word means: ACLED states no figure for them); a figure
    in digits or words, or a vague word with no entry ("a handful"), gives ``None``.
    """
    found = _NUMBER.search(wording)
    if found is None:
        return None
    words = [w for w in re.split(r"[\s-]+", found.group(0).lower()) if w and w != "of"]
    joined = " ".join(words)
    if joined in VAGUE_PLURALS:
        return VAGUE_PLURALS[joined]
    if joined in VAGUE_COUNTS:
        return VAGUE_COUNTS[joined]
    if len(words) == 2 and all(w in VAGUE_PLURALS for w in words):  # "tens of thousands"
        return VAGUE_PLURALS[words[0]] * VAGUE_PLURALS[words[1]]
    plural = words[-1].rstrip("s") + "s"
    if joined.startswith(_FEW) and len(words) > 1 and plural in VAGUE_PLURALS:
        return VAGUE_PLURALS[plural]
    return None


def fatalities(killed: Iterable[Mapping[str, Any]]) -> int:
    """ACLED's ``fatalities`` for a claim's "killed" mentions.

    Each mention is a mapping with ``text``, ``qualifier`` and ``minimum``.

    A vague mention counts ACLED's figure for its words (:func:`acled_figure`),
    any other its lower bound; a mention with neither counts nothing, and a
    claim without any gives 0.
    """
    total = 0
    for m in killed:
        figure = acled_figure(m["text"]) if m["qualifier"] == "vague" else None
        if figure is None:
            figure = m["minimum"]
        total += figure or 0
    return total
