"""Claims: each clause that asserts something, typed, sourced and graded for certainty.

A sentence is cut into clauses where a coordinated clause starts a new
assertion (", and our forces confronted..."). Each clause becomes a
:class:`~warcheck.model.Claim` carrying the mentions inside it. The sourcing
chain comes from its sentence, certainty from the clause's own cues (and the
sentence's sources); a date among the attribution words dates the report,
not the event. What a clause lacks (place, time) is not invented: a claimed
event with no date of its own is only bounded by the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from warcheck.analysis import certainty, events, roles
from warcheck.analysis.main_place import is_metonym
from warcheck.analysis.sources import sourcing
from warcheck.model import (
    ActorMention,
    Analysis,
    Claim,
    Cue,
    PlaceMention,
    Sentence,
    Source,
    Span,
    TimeMention,
    within,
)
from warcheck.read.datelines import AGENCY

# Where a new assertion starts inside a sentence: ", and <subject> <verb>", "; ".
_CLAUSE_BREAK = re.compile(
    r",\s+and\s+(?=(?:our|their|its|his|the|a|an|[A-Z])\b)"
    r"|;\s+"
    r"|\s+and\s+(?=(?:our|their|its)\s+\w+\s+\w+(?:ed|ing)\b)"
)


def build_claims(analysis: Analysis) -> list[Claim]:
    """Return the claims of an analysed article, in text order."""
    text = analysis.article.text
    out: list[Claim] = []
    for sentence in analysis.sentences:
        if _is_furniture(sentence, analysis):
            continue
        s_actors = within(analysis.actors, sentence.start, sentence.end)
        s_cues = within(analysis.cues, sentence.start, sentence.end)
        sources = _placed(sourcing.find_sources(sentence, text, s_actors, s_cues), analysis)
        clauses = _clauses(sentence)
        for start, end in clauses:
            # Certainty is judged per clause: a hedge in one clause does not weaken the next.
            part = sentence
            if len(clauses) > 1:
                part = replace(sentence, start=start, end=end, text=text[start:end])
            c_cues = s_cues if part is sentence else within(s_cues, start, end)
            level, decisive = certainty.certainty_of(part, text, c_cues, sources)
            frame = _Frame(sentence, s_actors, c_cues, sources)
            out.append(_claim(analysis, frame, start, end, level, decisive, len(out)))
    return out


def _placed(sources: tuple[Source, ...], analysis: Analysis) -> tuple[Source, ...]:
    """Attach to each source the place named inside its attribution words, if any."""
    out = []
    for s in sources:
        inside = within(analysis.places, s.span.start, s.span.end) if s.span else []
        out.append(replace(s, place=inside[0]) if inside else s)
    return tuple(out)


class _Frame(NamedTuple):
    """What one sentence gives each of its clauses, found once per sentence."""

    sentence: Sentence
    actors: list[ActorMention]  # the sentence's actor mentions
    cues: list[Cue]  # the clause's cues
    sources: tuple[Source, ...]


def _claim(
    analysis: Analysis,
    frame: _Frame,
    start: int,
    end: int,
    level: str,
    decisive: tuple[Cue, ...],
    index: int,
) -> Claim:
    text = analysis.article.text
    sentence, sources, c_cues = frame.sentence, frame.sources, frame.cues
    clause = text[start:end]
    guess = events.classify_event(clause)
    event_type = guess.event_type if guess.event_type != "other" else None
    whole = start == sentence.start and end == sentence.end  # the usual one-clause sentence
    c_actors = list(frame.actors) if whole else within(frame.actors, start, end)
    kind = certainty.claim_kind(sentence, text, c_cues, event_type is not None)
    trigger = start + guess.cue[0] if guess.cue else None
    agents, targets = roles.participants(
        analysis, sentence, frame.actors, sources, c_actors, event_type, start, trigger
    )
    times = within(analysis.times, start, end)
    if not times and not whole:
        times = within(analysis.times, sentence.start, sentence.end)
    date_from, date_to, precision = _event_dates(times, sources, text)
    if date_from is None and kind == "event" and analysis.article.published:
        date_to = date_to or analysis.article.published
        precision = "unknown"
    if decisive or len(c_cues) > 1:
        cues = tuple(sorted(set(c_cues) | set(decisive), key=lambda c: (c.start, c.end, c.kind)))
    else:
        cues = tuple(c_cues)  # nothing to merge or sort
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
        actors=tuple(c_actors),
        places=_event_places(analysis, start, end, sources, c_actors),
        times=tuple(times),
        casualties=tuple(within(analysis.casualties, start, end)),
        date_from=date_from,
        date_to=date_to,
        date_precision=precision,
        sources=sources,
        certainty=level if level != "opinion" or kind == "opinion" else "asserted",
        cues=cues,
    )


def _event_dates(
    times: Sequence[TimeMention], sources: Sequence[Source], text: str
) -> tuple[str | None, str | None, str | None]:
    """Return the claim's date range and precision from its resolved times.

    A time among the attribution words ("issued a statement on the 20th",
    "said in a statement on Monday that") dates the report, not the event:
    it only bounds the event from above.
    """
    if not times:
        return None, None, None
    said = [_report_words(s.span, text) for s in sources if s.span is not None]
    in_report = [t for t in times if t.resolved and any(a <= t.start < b for a, b in said)]
    resolved = [t for t in times if t.resolved and t not in in_report]
    if not resolved:
        latest = max((t.end_value or t.value for t in in_report if t.value), default=None)
        return None, latest, "unknown" if latest else None
    date_from = min((t.value for t in resolved if t.value), default=None)
    date_to = max((t.end_value or t.value for t in resolved if t.value), default=None)
    precision = resolved[0].precision if len(resolved) == 1 else "unknown"
    return date_from, date_to, precision


_THAT = re.compile(r"\s(?:that|:)\s|[:,]\s")


def _report_words(span: Span, text: str) -> tuple[int, int]:
    """The attribution words: the source's span, up to the "that" that opens what was said."""
    m = _THAT.search(text, span.end, span.end + 60)
    return span.start, m.start() if m else span.end


# "DAMASCUS (Sputnik) -", "BEIRUT (AP)": where the desk is, not where the events are.
_DESK = re.compile(rf"\s*(?:,\s*[A-Z][\w ]{{0,20}})?\s*\(\s*{AGENCY}\s*\)")
# "(a terrorist group banned in Russia)": a legal formula of Russian media, not a place of events.
_BANNED_IN = re.compile(
    r"\([^()]*\b(?:banned|outlawed|prohibited|illegal)\s+in\s+(?:the\s+)?$", re.I
)


def _event_places(
    analysis: Analysis,
    start: int,
    end: int,
    sources: Sequence[Source],
    c_actors: Sequence[ActorMention],
) -> tuple[PlaceMention, ...]:
    """The clause's places, less those that locate a source ("UK-based monitor") and country
    names that stand for the state or its forces ("Turkey shelled the town", "US Special
    Forces"; not "entering Turkey"). ``c_actors`` are the clause's actor mentions."""
    found = within(analysis.places, start, end)
    if not found:
        return ()
    text = analysis.article.text
    states = [
        (m.start, m.end)
        for m in c_actors
        if m.actor_id
        and any(m.start <= p.start and p.end <= m.end for p in found)
        and not roles.is_destination(m, text, analysis)
    ]
    said = [(s.span.start, s.span.end) for s in sources if s.span is not None]
    out = []
    for p in found:  # the quick tests first; each is a plain test of the text
        start = p.start
        if states and any(a <= start and p.end <= b for a, b in states):
            continue
        if said and any(a <= start < b for a, b in said):
            continue
        if (
            _DESK.match(text, p.end)
            or _BANNED_IN.search(text, max(0, start - 60), start)
            or is_metonym(p, text)
        ):
            continue
        out.append(p)
    return tuple(out)


# Whitespace other than one plain space, which the quick test of ``_clauses`` does not cover.
_ODD_SPACE = re.compile(r"[^\S ]|  ")
# What each alternative of _CLAUSE_BREAK needs, in text spaced with single plain spaces.
_BREAK_NEEDS = (", and ", " and our ", " and their ", " and its ")


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    text = sentence.text
    if (
        ";" not in text
        and sentence.end > sentence.start
        and ("and" not in text or not _may_break(text))
    ):
        return [(sentence.start, sentence.end)]  # no clause break: a quicker test
    cuts = [sentence.start]
    for m in _CLAUSE_BREAK.finditer(sentence.text):
        if m.start() > 20 and len(sentence.text) - m.end() > 20:
            cuts.append(sentence.start + m.start())
            cuts.append(sentence.start + m.end())
    cuts.append(sentence.end)
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    return [(s, e) for s, e in spans if e > s]


def _may_break(text: str) -> bool:
    """Whether ``text`` (with no ";") may hold a match of ``_CLAUSE_BREAK``."""
    if _ODD_SPACE.search(text):
        return True  # other whitespace: let the pattern decide
    return any(need in text for need in _BREAK_NEEDS)


def _is_furniture(sentence: Sentence, analysis: Analysis) -> bool:
    dl = analysis.article.dateline
    if dl and dl.start <= sentence.start and sentence.end <= dl.end:
        return True
    return len(sentence.text.split(None, 2)) < 3
