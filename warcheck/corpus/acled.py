"""warcheck's figures and vocabularies as ACLED codes them, for the ACLED-style export.

The type and precision tables moved down to the knowledge layer
(:mod:`warcheck.knowledge.acled`) so that the cross-check (which must not
import the corpus store) reads ACLED reference events with the same table the
export writes with; this module re-exports them.

:func:`fatalities` is ACLED's ``fatalities`` for a claim's "killed" mentions.
The analysis keeps a vague figure as what the words mean ("dozens": 24 or
more, no upper bound; "several": no figure), and the store's ``killed_min``
sums those lower bounds. ACLED codes a vague report conservatively ("Fatalities",
ACLED knowledge base, *Uses and limitations of ACLED data*, 2023): "tens" 10,
"dozens" 12, "hundreds" 100 and so on (``vague_plurals`` in
``number_words.json``), "several" and "many" 10 (``acled_vague_counts``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from warcheck.analysis.numbers import NUMBER, VAGUE_PLURALS
from warcheck.knowledge import lexicons
from warcheck.knowledge.acled import ACLED_TYPES, GEO_PRECISION, TIME_PRECISION

__all__ = ["ACLED_TYPES", "GEO_PRECISION", "TIME_PRECISION", "acled_figure", "fatalities"]

VAGUE_COUNTS: dict[str, int] = dict(lexicons.entries("number_words", "acled_vague_counts"))
_NUMBER = re.compile(rf"\b{NUMBER}\b", re.IGNORECASE)
_FEW = ("several", "a few")  # "several dozen": ACLED's figure for "dozens"


def acled_figure(wording: str) -> int | None:
    """ACLED's figure for the first vague number in ``wording``, ``None`` if it codes none.

    "dozens of people were killed" gives 12, "tens of thousands" 10 x 1,000,
    "several dozen" 12 (as "dozens"), "many" 10; "a few" and a figure in
    digits or words give ``None`` (no ACLED rule for the one; the other is not vague).
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
