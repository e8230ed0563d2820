"""Roles in a claim: who did it (agents), to whom (targets), from the words around each actor.

:func:`participants` splits a clause's actor mentions into agents and
targets with English rules, each tested on sentences written for the tests:
"by X", "X shelled", "X warplanes" make X the doer; "on X", "against
(positions of) X" the target; who "died" or "was killed", and the subject of
a passive trigger, was hit; "X and Y", "X and allies including Y" share a
role; a supporter ("backed by X") stands with the doer; "terrorists from
Jaish al-Fateh" is one phrase. Taking no part: a country named as a
destination ("entering Turkey") or the scene of a bombing ("Turkey bomb attack
kills 12"), the holder of the place hit ("an area held
by rebels"), an actor that only comments or stands by, the force a victim
served with, a photo credit, and an actor in a relative clause after the
event ("the area from which rebels launched attacks"). A state and its own
forces are never on both sides. Failing all these, an actor before the
event's trigger word is its agent and one after it its target. Roles are
the ``vocab.PARTICIPANT_ROLE`` terms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from warcheck import knowledge
from warcheck.analysis.role_rules import mention_role, tells_of
from warcheck.knowledge import lexicons
from warcheck.model import (
    ActorMention,
    Analysis,
    Participant,
    PlaceMention,
    Sentence,
    Source,
    Span,
    within,
)
from warcheck.vocab import ARMED_KINDS


def _words(key: str) -> str:
    """The role words of a ``role_words.json`` table, as a regex alternation."""
    return lexicons.pattern("role_words", key)


# The speaking party's own forces: "our forces", "we", and in a reported statement "one of
# its fighters", "its militants".
_FIRST_PERSON_FORCES = re.compile(
    r"\bour\s+(?:forces|fighters|units|troops)\b|\bwe\b"
    r"|\bits\s+(?:own\s+)?(?:forces|fighters|units|troops|militants|members|men|soldiers|"
    r"suicide\s+bombers?|bombers?|gunmen)\b",
    re.I,
)

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

# Who can commit violence in a claim: the armed kinds, and governments acting through their
# forces ("Turkey shelled the village").
_ARMED = ARMED_KINDS | {"government"}
_CAN_BE_HIT = {"civilians", "ngo", "un_body", "media"}
_TWO_SIDED = {"armed_clash", "meet", "agreement", "diplomatic_event"}


class _Clause(NamedTuple):
    """What the roles of one clause's actors are decided against."""

    text: str
    event_type: str | None
    two_sided: bool
    trigger: int | None  # offset of the event's trigger word
    victims: Sequence[Span]  # the casualty figures of the sentence
    sources: Sequence[Source]
    source_ids: set[str]


def participants(
    analysis: Analysis,
    sentence: Sentence,
    sentence_actors: Sequence[ActorMention],
    sources: Sequence[Source],
    mentions: Sequence[ActorMention],
    event_type: str | None,
    clause_start: int,
    trigger: int | None,
) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
    """Split the clause's actors into agents and targets.

    Roles come from the words around each mention: "by X", "X warplanes",
    "X forces shelled" make X an agent; "on X", "against X", "targeting X"
    a target; otherwise an actor before the event's trigger word is an agent
    and one after it a target. Civilians are never agents. Source actors are
    not participants, but a clause in the first person ("our forces") names
    the speaking party as the agent. For two-sided events with one side
    missing, the other side is the first other actor the sentence mentions,
    with role ``"target (from sentence)"`` so a reader can see it was inferred.
    """
    if not mentions and not any(s.actor_id and s.type == "party" for s in sources):
        return (), ()  # no actor in the clause and no party speaking: nobody takes part
    text = analysis.article.text
    victims = within(analysis.casualties, sentence.start, sentence.end)
    source_ids = {s.actor_id for s in sources if s.actor_id}
    two_sided = event_type in _TWO_SIDED
    clause = _Clause(text, event_type, two_sided, trigger, victims, sources, source_ids)
    agents: list[Participant] = []
    targets: list[Participant] = []
    speaker = _speaking_party(text, sentence, sources, mentions, clause_start)
    if speaker is not None:
        agents.append(speaker)
    seen = {p.actor_id for p in agents}
    for m in _linked(mentions, text):
        if not m.actor_id or m.actor_id in seen or _takes_no_part(clause, m, analysis):
            continue
        role = _clause_role(clause, m, agents, targets)
        if role is None:
            continue
        seen.add(m.actor_id)
        name = m.name or m.actor_id
        part = Participant(m.start, m.end, m.text, m.actor_id, name, role, m.confidence)
        (agents if role == "agent" else targets).append(part)
    if (two_sided or event_type in _VIOLENT) and agents and not targets:
        other = _other_side(text, sentence_actors, seen, sources)
        if other is not None:
            targets.append(other)
    return _one_side_per_state(agents, targets)


def _speaking_party(
    text: str,
    sentence: Sentence,
    sources: Sequence[Source],
    mentions: Sequence[ActorMention],
    clause_start: int,
) -> Participant | None:
    """The speaking party as the agent, when the clause names its own forces ("our forces")."""
    speaker = next((s for s in sources if s.actor_id and s.type == "party"), None)
    actor_id, given = (speaker.actor_id, speaker.name) if speaker else (None, None)
    if actor_id is None:
        # An armed actor telling of the deed the sourcing did not type ("IS said ... its fighters").
        teller = next((m for m in mentions if m.kind in ARMED_KINDS and tells_of(text, m)), None)
        actor_id, given = (teller.actor_id, teller.name) if teller else (None, None)
    if not actor_id:
        return None
    clause_end = max([clause_start + 300, *(m.end for m in mentions)])
    fp = _FIRST_PERSON_FORCES.search(text, clause_start, min(clause_end, sentence.end))
    if not fp:
        return None
    name = _actor_name(actor_id, given)
    return Participant(fp.start(), fp.end(), fp.group(0), actor_id, name, "agent")


def _takes_no_part(clause: _Clause, m: ActorMention, analysis: Analysis) -> bool:
    """Whether the actor is a medium, a destination, the holder of the place hit, or a speaker."""
    text = clause.text
    if m.kind == "media" or is_destination(m, text, analysis) or is_scene(m, text, analysis):
        return True
    start = max(0, m.start - 40)
    if _BY.search(text, start, m.start) and _HOLDER_BEFORE.search(text, start, m.start):
        return True
    # The speaker is not a participant, except a party in its own claim of responsibility:
    # a monitor or an agency that reports the claim is no party to it.
    return (
        m.actor_id in clause.source_ids
        and is_source_mention(m, clause.sources)
        and not (
            clause.event_type == "claim_responsibility"
            and any(s.actor_id == m.actor_id and s.type == "party" for s in clause.sources)
        )
    )


def _clause_role(
    clause: _Clause, m: ActorMention, agents: list[Participant], targets: list[Participant]
) -> str | None:
    """The role of the actor in the clause, or ``None`` when it takes no part.

    An actor joined by "and" to the one before shares its role; otherwise the
    words around it decide (:func:`~warcheck.analysis.role_rules.mention_role`).
    Only armed actors commit violence; others can be hit by it. A supporter is
    on the doer's side, and a second agent of a two-sided event its counterpart.
    """
    text = clause.text
    prev = max(agents + targets, key=lambda p: p.end, default=None)
    if prev is not None and prev.end <= m.start and _AND.fullmatch(text, prev.end, m.start):
        # "by the Assad regime and Russian forces": joined by "and", one role.
        role = "agent" if prev in agents else prev.role
    else:
        role = mention_role(text, m, clause.trigger, clause.two_sided, clause.victims)
        if not role:
            return None
    unarmed = clause.event_type in _VIOLENT and m.kind not in _ARMED
    if unarmed and (role == "agent" or m.kind not in _CAN_BE_HIT):
        return None
    if role == "ally":
        return "agent"  # on the doer's side: no counterpart
    if clause.two_sided and role == "agent" and agents:
        return "counterpart"
    return role


def _other_side(
    text: str, sentence_actors: Sequence[ActorMention], seen: set[str], sources: Sequence[Source]
) -> Participant | None:
    """The missing side of a claim: the first other armed actor or civilians of the sentence.

    Not a source, nor an actor telling of the deed ("the regime reported Russian airstrikes").
    """
    for m in sentence_actors:
        if (
            m.actor_id
            and m.actor_id not in seen
            and m.kind in _ARMED | {"civilians"}
            and not is_source_mention(m, sources)
            and not tells_of(text, m)
        ):
            name = m.name or m.actor_id
            role = "target (from sentence)"
            return Participant(m.start, m.end, m.text, m.actor_id, name, role, m.confidence)
    return None


def _one_side_per_state(
    agents: list[Participant], targets: list[Participant]
) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
    """Drop the targets of the agents' own state: a state and its forces are one side.

    "Turkey shelled ... as Turkish forces pressed". (Factions of one umbrella do
    fight each other, so this holds for states only.)
    """
    if not agents or not targets:
        return tuple(agents), tuple(targets)  # nothing to drop
    states = {s for s in map(_state, (p.actor_id for p in agents)) if s}
    return tuple(agents), tuple(p for p in targets if _state(p.actor_id) not in states)


def _state(actor_id: str) -> str | None:
    """The state a government or state force belongs to, or ``None`` for other actors."""
    a = knowledge.actors().get(actor_id)
    if a is None:
        return None
    if a.kind == "government":
        return a.id
    if a.kind == "state_force":
        return a.parent or a.id
    return None


# "an area held by X", "neighbourhoods controlled by X", "areas liberated by X": X holds the
# place, it takes no part in the event.
_HOLDER_BEFORE = re.compile(
    rf"(?:\b(?:{_words('holder_verbs')})"
    rf"|\b(?:{_words('holder_place_nouns')})\s+(?:\w+ly\s+)?(?:{_words('capture_verbs')}))"
    r"\s+by\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}$",
    re.I,
)
_BY = re.compile(r"\sby\s", re.I)  # what every match of _HOLDER_BEFORE has: a quicker test
# "entering Turkey", "the border with Turkey", "fled into Lebanon": the country is a place here.
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|into|inside|to|across|enter|enters|entering|entered|border with|borders? of|"
    r"towards?|via|through)\s+(?:the\s+)?$",
    re.I,
)


def is_destination(m: ActorMention, text: str, analysis: Analysis) -> bool:
    """True when a country's name stands for the place, not its state ("fled to Turkey")."""
    if (m.start, m.end) not in _country_spans(analysis.places):
        return False
    return bool(_LOCATIVE_BEFORE.search(text, max(0, m.start - 30), m.start))


# The last article's places and the spans of its country names (a place mention per span).
_COUNTRIES: list[tuple[Sequence[PlaceMention], frozenset[tuple[int, int]]]] = [((), frozenset())]


def _country_spans(places: Sequence[PlaceMention]) -> frozenset[tuple[int, int]]:
    """The ``(start, end)`` of the country names among ``places``, found once per article."""
    kept = _COUNTRIES[0]  # read once: another thread may put another article's there
    if kept[0] is places:
        return kept[1]
    spans = frozenset((p.start, p.end) for p in places if p.precision == "country")
    _COUNTRIES[0] = (places, spans)
    return spans


# "Turkey bomb attack kills 12", "Iraq suicide bombing": the country is where it went off.
_SCENE_AFTER = re.compile(rf"(?:'s)?\s+(?:{_words('scene_nouns')})\b", re.I)


def is_scene(m: ActorMention, text: str, analysis: Analysis) -> bool:
    """True when a country's name right before a bombing's words is its scene, not its bomber."""
    if not _SCENE_AFTER.match(text, m.end, m.end + 30):
        return False
    return (m.start, m.end) in _country_spans(analysis.places)


def _actor_name(actor_id: str, fallback: str | None) -> str:
    known = knowledge.actors().get(actor_id)
    return known.name if known else fallback or actor_id


_AND = re.compile(
    r"\s*(?:,\s*)?(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+(?:the\s+)?|\s*,\s*"
    r"|\s*,?\s*(?:and\s+)?(?:its\s+|their\s+)?(?:allies|ally|partners?|backers?)\s*,?\s*"
    r"(?:including|such\s+as|notably|among\s+them)?\s+(?:the\s+)?"
)
# "terrorists from Jaish al-Fateh", "militants of ISIS": a label and the name it is linked to.
_LINK = re.compile(
    r"\s+(?:of|from|belonging\s+to|affiliated\s+(?:to|with)|loyal\s+to)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,2}"
)


def _forces(actor_id: str) -> str | None:
    known = knowledge.actors().get(actor_id)
    return known.forces if known else None


def _linked(mentions: Sequence[ActorMention], text: str) -> list[ActorMention]:
    """Join a mention to the next one of the same actor when a link word ties them.

    "terrorists from Jaish al-Fateh fired" is one phrase: its role comes from the
    words before "terrorists" and after "Jaish al-Fateh". So is "government forces
    loyal to President Assad": forces and the leader they belong to.
    """
    out: list[ActorMention] = []
    skip = False
    for i, m in enumerate(mentions):
        if skip:
            skip = False
            continue
        n = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            n is not None
            and n.actor_id
            and (n.actor_id == m.actor_id or _forces(n.actor_id) == m.actor_id)
            and _LINK.fullmatch(text, m.end, n.start)
        ):
            m = replace(m, end=n.end, text=text[m.start : n.end])
            skip = True
        out.append(m)
    return out


def is_source_mention(m: ActorMention, sources: Sequence[Source]) -> bool:
    """True when the mention lies inside the attribution words of a source."""
    for s in sources:
        span = s.span
        if span is not None and span.start <= m.start and m.end <= span.end:
            return True
    return False
