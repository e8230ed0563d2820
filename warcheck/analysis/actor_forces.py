"""One mention for "the army of the Baathist regime", "Assad's forces", "Putin's warplanes".

A state, its leader or its government named with the forces' words around it ("forces
loyal to Assad", "the Russian government's warplanes") stands for its armed forces: the
mention takes in those words and becomes a mention of the forces.
"""

from __future__ import annotations

import re
from dataclasses import replace

from warcheck import knowledge
from warcheck.model import ActorMention
from warcheck.vocab import ARMED_KINDS

_FORCES_AFTER = re.compile(
    r"(?:'s|s)?\s+(?:armed forces|forces|troops|army|soldiers|military|warplanes|jets|air force)\b"
)
_FORCES_OF = re.compile(
    r"(?:\bthe\s+)?\b(?:army|armed forces|forces|troops|soldiers)\s+(?:of|loyal to)\s+(?:the\s+)?$"
)


def _forces_of(actor_id: str) -> str | None:
    a = knowledge.actor(actor_id)
    if a.kind in ARMED_KINDS:
        return a.id
    return a.forces


def merge_forces(text: str, low: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Make "the army of the Baathist regime" and "Assad's forces" one mention of the forces."""
    out: list[ActorMention] = []
    for m in mentions:
        forces = _forces_of(m.actor_id) if m.actor_id is not None else None
        if forces is not None:
            start, end = m.start, m.end
            near = low[max(0, m.start - 9) : m.start]
            linked = " of " in near or " to " in near
            head = _FORCES_OF.search(low, max(0, m.start - 40), m.start) if linked else None
            if head:
                start = head.start()
            elif knowledge.actor(m.actor_id or "").kind == "government":
                tail = _FORCES_AFTER.match(low, m.end)
                end = tail.end() if tail else end
            if (start, end) != (m.start, m.end):
                while out and out[-1].end > start:
                    out.pop()
                a = knowledge.actor(forces)
                m = replace(
                    m,
                    start=start,
                    end=end,
                    text=text[start:end],
                    actor_id=a.id,
                    name=a.name,
                    kind=a.kind,
                )
        out.append(m)
    return out
