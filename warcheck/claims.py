"""Claims: each clause that asserts something, typed, sourced and graded for certainty.

A sentence is cut into clauses where a coordinated clause starts a new
assertion (", and our forces confronted..."). Each clause becomes a
:class:`~warcheck.model.Claim` carrying the mentions inside it; the sourcing
chain and certainty come from its sentence, and anything the clause lacks
(place, time) is not invented: it is left empty.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TypeVar

from warcheck import certainty, events, sourcing
from warcheck.model import (
    ActorMention,
    Analysis,
    Claim,
    Cue,
    Participant,
    Sentence,
    Source,
    Span,
)

_M = TypeVar("_M", bound=Span)

# Where a new assertion starts inside a sentence: ", and <subject> <verb>", "; ".
_CLAUSE_BREAK = re.compile(
    r",\s+and\s+(?=(?:our|their|its|his|the|a|an|[A-Z])\b)"
    r"|;\s+"
    r"|\s+and\s+(?=(?:our|their|its)\s+\w+\s+\w+(?:ed|ing)\b)"
)
_FIRST_PERSON_FORCES = re.compile(r"\bour\s+(?:forces|fighters|units|troops)\b|\bwe\b", re.I)
_VIOLENT = {
    "armed_clash",
    "attack",
    "air_drone_strike",
    "shelling_artillery_missile_attack",
    "remote_explosive_landmine_ied",
    "suicide_bomb",
    "grenade",
    "chemical_weapon",
    "abduction_forced_disappearance",
    "government_regains_territory",
    "non_state_actor_overtakes_territory",
}
_TWO_SIDED = {"armed_clash", "meet", "agreement", "diplomatic_event"}


def build_claims(analysis: Analysis) -> list[Claim]:
    """Return the claims of an analysed article, in text order."""
    text = analysis.article.text
    out: list[Claim] = []
    for sentence in analysis.sentences:
        if _is_furniture(sentence, analysis):
            continue
        s_actors = _within(analysis.actors, sentence.start, sentence.end)
        s_cues = _within(analysis.cues, sentence.start, sentence.end)
        sources = sourcing.find_sources(sentence, text, s_actors, s_cues)
        level, decisive = certainty.certainty_of(sentence, text, s_cues, sources)
        for start, end in _clauses(sentence):
            out.append(_claim(analysis, sentence, start, end, sources, level, decisive, len(out)))
    return out


def _claim(
    analysis: Analysis,
    sentence: Sentence,
    start: int,
    end: int,
    sources: tuple[Source, ...],
    level: str,
    decisive: tuple[Cue, ...],
    index: int,
) -> Claim:
    text = analysis.article.text
    clause = text[start:end]
    guess = events.classify_event(clause)
    event_type = guess.event_type if guess.event_type != "other" else None
    c_actors = _within(analysis.actors, start, end)
    c_cues = _within(analysis.cues, start, end)
    kind = certainty.claim_kind(sentence, text, c_cues, event_type is not None)
    agents, targets = _participants(analysis, sentence, c_actors, sources, event_type, start)
    times = _within(analysis.times, start, end) or _within(analysis.times, sentence.start, sentence.end)
    resolved = [t for t in times if t.resolved]
    date_from = min((t.value for t in resolved if t.value), default=None)
    date_to = max((t.end_value or t.value for t in resolved if t.value), default=None)
    precision = resolved[0].precision if len(resolved) == 1 else ("unknown" if resolved else None)
    if date_from is None and kind == "event" and analysis.article.published:
        date_to, precision = analysis.article.published, "unknown"
    cues = tuple(sorted(set(c_cues) | set(decisive), key=lambda c: (c.start, c.end)))
    return Claim(
        start,
        end,
        clause,
        index=index,
        sentence=sentence.index,
        kind=kind,
        event_type=event_type,
        agents=agents,
        targets=targets,
        places=tuple(_within(analysis.places, start, end)),
        times=tuple(times),
        casualties=tuple(_within(analysis.casualties, start, end)),
        date_from=date_from,
        date_to=date_to,
        date_precision=precision,
        sources=sources,
        certainty=level if level != "opinion" or kind == "opinion" else "asserted",
        cues=cues,
    )


def _participants(
    analysis: Analysis,
    sentence: Sentence,
    mentions: Sequence[ActorMention],
    sources: Sequence[Source],
    event_type: str | None,
    clause_start: int,
) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
    """Split the clause's actors into agents and targets.

    Source actors are not participants unless the clause speaks in the first
    person ("our forces"), which names the speaking party as the agent. For
    two-sided events with one side missing, the other side is the first other
    actor the sentence mentions (its topic), which is marked with role
    ``"target (from sentence)"`` so a reader can see it was inferred.
    """
    source_ids = {s.actor_id for s in sources if s.actor_id}
    text = analysis.article.text
    agents: list[Participant] = []
    targets: list[Participant] = []
    seen: set[str] = set()
    speaker = next((s for s in sources if s.actor_id and s.type == "party"), None)
    clause_text = text[clause_start : mentions[-1].end if mentions else clause_start + 200]
    fp = _FIRST_PERSON_FORCES.search(clause_text)
    if speaker and speaker.actor_id and fp:
        span = Span(clause_start + fp.start(), clause_start + fp.end(), fp.group(0))
        agents.append(Participant(speaker.actor_id, speaker.name or speaker.actor_id, "agent", span))
        seen.add(speaker.actor_id)
    for m in mentions:
        if not m.actor_id or m.actor_id in seen or (m.actor_id in source_ids and not agents):
            continue
        if m.kind == "media":
            continue
        seen.add(m.actor_id)
        role = "agent" if not agents and (event_type in _VIOLENT or not targets) else "target"
        if event_type in _TWO_SIDED and agents:
            role = "counterpart"
        part = Participant(m.actor_id, m.name or m.actor_id, role, Span(m.start, m.end, m.text))
        (agents if role == "agent" else targets).append(part)
    if event_type in _TWO_SIDED | _VIOLENT and agents and not targets:
        other = next(
            (
                m
                for m in _within(analysis.actors, sentence.start, sentence.end)
                if m.actor_id and m.actor_id not in seen and m.kind != "media"
            ),
            None,
        )
        if other and other.actor_id:
            span = Span(other.start, other.end, other.text)
            role = "target (from sentence)"
            targets.append(Participant(other.actor_id, other.name or other.actor_id, role, span))
    return tuple(agents), tuple(targets)


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    cuts = [sentence.start]
    for m in _CLAUSE_BREAK.finditer(sentence.text):
        if m.start() > 20 and len(sentence.text) - m.end() > 20:
            cuts.append(sentence.start + m.start())
            cuts.append(sentence.start + m.end())
    cuts.append(sentence.end)
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    return [(s, e) for s, e in spans if e > s]


def _is_furniture(sentence: Sentence, analysis: Analysis) -> bool:
    dl = analysis.article.dateline
    if dl and dl.start <= sentence.start and sentence.end <= dl.end:
        return True
    return len(sentence.text.split()) < 3


def _within(items: Sequence[_M], start: int, end: int) -> list[_M]:
    """Return the items (sorted by start) lying inside ``[start, end)``."""
    lo = bisect.bisect_left([i.start for i in items], start)
    out = []
    for item in items[lo:]:
        if item.start >= end:
            break
        if item.end <= end:
            out.append(item)
    return out
