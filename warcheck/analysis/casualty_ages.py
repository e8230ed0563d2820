"""Ages set off by commas: "Blake Turner, 17, died" gives the person's age, not a toll of 17.

News style gives a person's age between commas right after the name or noun
("Dustin Osborne, 19, was found", "A woman, 30, was mugged"). Such a number
has no head noun of its own; :func:`is_age` tells it apart from a figure,
for :func:`warcheck.analysis.casualties.find_casualties` on its lower-cased text.
"""

from __future__ import annotations

import re

# A word and a comma just before the number ("turner, "), not a figure's cue or a number.
_LEFT = re.compile(r"\b[a-z][a-z.'’-]*,\s+$")
# A comma just after it (", died"), or "of" and an address ("56, of the 6100 block").
_RIGHT = re.compile(r"\s*,|\s+of\s+(?:the\s+)?\d")


def is_age(low: str, start: int, end: int) -> bool:
    """Whether the number ``low[start:end]``, with no head noun, is an age between commas."""
    return bool(_LEFT.search(low, max(0, start - 40), start) and _RIGHT.match(low, end))
