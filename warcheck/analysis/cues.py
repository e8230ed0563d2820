"""Cues: the words that colour a claim (loaded language, labels, hedges, denials).

The word lists live in ``warcheck/knowledge/data/lexicon.json`` (``cue_groups``). Terms
are found in one pass of an Aho-Corasick automaton over the text's
:func:`warcheck.text.match_form` (same length, lower case), so offsets carry over
unchanged; entries that need context ("all" but not "all 12", "claimed" but not "claimed
responsibility", "rejected" only before "the claims") check it with small
anchored regular expressions at the match. A match inside a longer match is
dropped ("all" inside "with all likelihood").

Partisan labels that the actor finder marked (``ActorMention.label``) become
``name_calling`` cues carrying the camp that uses the label (neutral wire
labels such as "Kurdish fighters" stay on the actor only); a lexicon match
of the same words is then dropped in favour of the actor's label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from warcheck import knowledge
from warcheck.analysis.intervals import SpanUnion
from warcheck.model import ActorMention, Cue
from warcheck.text import is_word_edge, lookup_key, match_form
from warcheck.vocab import CAMPS, CUE_KIND, PERSUASION_TECHNIQUE


@dataclass(frozen=True)
class CueType:
    """What a lexicon entry says about the words it matches."""

    kind: str
    technique: str | None = None
    camp: str | None = None
    note: str | None = None
    weak: bool = False


def _entry_type(group: dict[str, Any], entry: dict[str, Any]) -> CueType:
    kind = group["kind"]
    technique = entry.get("technique", group.get("technique"))
    camp = entry.get("camp", group.get("camp"))
    if kind not in CUE_KIND:
        raise ValueError(f"lexicon: unknown cue kind {kind!r}")
    if technique is not None and technique not in PERSUASION_TECHNIQUE:
        raise ValueError(f"lexicon: unknown technique {technique!r}")
    if camp is not None and camp not in CAMPS:
        raise ValueError(f"lexicon: unknown camp {camp!r}")
    return CueType(kind, technique, camp, entry.get("note"), bool(entry.get("weak", False)))


@dataclass(frozen=True)
class _Rule:
    """A lexicon entry's type plus the context its terms need."""

    ctype: CueType
    after: re.Pattern[str] | None = None
    not_after: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None
    not_before: re.Pattern[str] | None = None
    case: bool = False


_WINDOW = 40  # characters before a term that "before"/"not_before" look at


@cache
def _automaton() -> Any:
    """Return the Aho-Corasick automaton of all cue terms (built once)."""
    automaton = ahocorasick.Automaton()
    terms: dict[str, list[_Rule]] = {}
    for group in knowledge.cue_lexicon()["cue_groups"]:
        for entry in group["entries"]:
            after, not_after, before, not_before = (
                re.compile(entry[k], re.IGNORECASE) if k in entry else None
                for k in ("after", "not_after", "before", "not_before")
            )
            rule = _Rule(
                _entry_type(group, entry),
                after,
                not_after,
                before,
                not_before,
                case=bool(entry.get("case")),
            )
            for term in entry["terms"]:
                rules = terms.setdefault(match_form(term), [])
                if rule not in rules:
                    rules.append(rule)
    for key, rules in terms.items():
        automaton.add_word(key, (len(key), key, tuple(rules)))
    automaton.make_automaton()
    return automaton


def _apply(rule: _Rule, text: str, low: str, key: str, start: int, end: int) -> int | None:
    """Return the end of the match if ``rule``'s context allows it, else ``None``."""
    if rule.case and text[start:end] != key:
        return None
    if rule.not_after is not None and rule.not_after.match(low, end):
        return None
    lo = max(0, start - _WINDOW)
    if rule.before is not None and not rule.before.search(low, lo, start):
        return None
    if rule.not_before is not None and rule.not_before.search(low, lo, start):
        return None
    if rule.after is not None:
        m = rule.after.match(low, end)
        if m is None:
            return None
        end = m.end()
    return end


def lexicon_matches(text: str) -> list[tuple[int, int, CueType]]:
    """Return every lexicon match in ``text`` as ``(start, end, type)``, in text order.

    Matches contained in a longer match are dropped.
    """
    low = match_form(text)
    found: list[tuple[int, int, CueType]] = []
    for end_index, (length, key, rules) in _automaton().iter(low):
        start, end = end_index - length + 1, end_index + 1
        if not is_word_edge(low, start, end):
            continue
        for rule in rules:
            stop = _apply(rule, text, low, key, start, end)
            if stop is not None:
                found.append((start, stop, rule.ctype))
    found.sort(key=lambda m: (m[0], -m[1]))
    kept: list[tuple[int, int, CueType]] = []
    reach = -1
    for start, end, ctype in found:
        if end <= reach and not (kept and kept[-1][0] == start and kept[-1][1] == end):
            continue  # inside a longer match
        kept.append((start, end, ctype))
        reach = max(reach, end)
    return kept


def _own_name(mention: ActorMention) -> bool:
    """True when the label is the actor's own camp's name for it ("Syrian army" in SANA usage).

    A camp's name for its own side is recorded on the actor mention, but it is not
    name-calling, whoever uses it ("Syrian army" in Al-Manar, an ally's outlet, too).
    """
    if not mention.actor_id or not mention.label_camp:
        return False
    actor = knowledge.actors().get(mention.actor_id)
    if actor is None:
        return False
    own = actor.camp
    if own == mention.label_camp:
        return True
    # An ally using the side's own name for it ("Syrian army" in Al-Manar) is not name-calling.
    key = lookup_key(mention.label or mention.text)
    return any(u.camp == own and u.actor_id == mention.actor_id for u in knowledge.label_uses(key))


def find_cues(text: str, actors: Sequence[ActorMention] = ()) -> list[Cue]:
    """Return the cues in ``text``, sorted by position.

    Args:
        text: the article text.
        actors: actor mentions of the text; those with a ``label`` become
            ``name_calling`` cues carrying the label's camp, unless the label is
            neutral wire usage ("Kurdish fighters", "rebels") or the actor's own
            camp's name for it.

    Returns:
        Cues with offsets into ``text``; ``note`` is ``"weak"`` (or ends with
        ``"; weak"``) for words that colour a sentence only together with others.
    """
    labels = [
        Cue(
            m.start,
            m.end,
            m.text,
            kind="name_calling",
            technique="Name_Calling-Labeling",
            camp=m.label_camp,
            note=f"label for {m.name or m.actor_id or 'an actor'}",
            actor_id=m.actor_id,
        )
        for m in actors
        if m.label and m.label_camp != "neutral" and not _own_name(m)
    ]
    taken = SpanUnion((c.start, c.end) for c in labels)
    out = list(labels)
    for start, end, ctype in lexicon_matches(text):
        if ctype.technique == "Name_Calling-Labeling" and taken.overlaps(start, end):
            continue
        note = ctype.note
        if ctype.weak:
            note = f"{note}; weak" if note else "weak"
        out.append(Cue(start, end, text[start:end], ctype.kind, ctype.technique, ctype.camp, note))
    out.sort(key=lambda c: (c.start, c.end, c.kind))
    return out


def is_weak(cue: Cue) -> bool:
    """Return whether ``cue`` is a weak cue (colours a sentence only with others)."""
    return bool(cue.note) and (cue.note == "weak" or cue.note.endswith("; weak"))  # type: ignore[union-attr]
