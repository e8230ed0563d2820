"""Whether the lead names the weapon that a story's type says it was done with.

The claims of local crime news get typed by the war's weapons: "murder-suicide" as a
suicide bombing, "shell casings" as shelling, "the gun went off" as an explosive. A
means type (air strike, shelling, explosive, suicide bomb, grenade, chemical weapon)
holds for the main event only when the headline and lead tell its weapon
(``means_words`` in ``story_words.json``); a type with no such table holds as it is.
A class of error read on unseen local news (issue 13).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warcheck.knowledge import lexicons
from warcheck.model import Claim

_WEAPONS = {
    g["event_type"]: re.compile(rf"\b(?:{lexicons.alternation(g.terms, True)})\b")
    for g in lexicons.groups("story_words", "means_words")
}


def told_means(kind: str, story: Sequence[Claim]) -> bool:
    """Whether the story's claims name the weapon of ``kind`` (true for a type without one)."""
    weapon = _WEAPONS.get(kind)
    return weapon is None or any(weapon.search(c.text.lower()) for c in story)
