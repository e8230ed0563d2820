"""Sourcing: on whose word a sentence rests, as a chain from the outermost source inward.

The attributions of a sentence (:mod:`warcheck.analysis.sources.attribution`: a report verb
with the noun phrase that speaks, typed by its head noun or by the actor it
names) are ordered into a chain: the main attribution first, then those
inside what it vouches for, with the medium that carried a speaker's words
("told AFP") before the speaker.

Anaphoric speakers ("He said", "the statement added", "the group said", a
bare surname) take the identity of an earlier source of the same article:
pass the earlier chains as ``previous`` or call :func:`article_sources`;
:func:`find_sources` also remembers what it returned for the last article it
saw, so calling it sentence by sentence in order resolves them too. A
quotation that runs on into the next sentence keeps its source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from warcheck.analysis.sources.attribution import Attribution, find_attributions
from warcheck.analysis.sources.words import PRONOUNS
from warcheck.knowledge import lexicons
from warcheck.model import ActorMention, Cue, Sentence, Source

__all__ = ["Attribution", "article_sources", "chain", "find_attributions", "find_sources"]


def chain(attributions: Sequence[Attribution], sentence: Sentence) -> tuple[Source, ...]:
    """Return the sourcing chain of the sentence's main claim, outermost first.

    The main attribution is the top-level one (not inside another's content)
    that starts earliest, so "A, residents said, after rights groups said B"
    rests on the residents; attributions inside its content follow it.
    """
    if not attributions:
        return ()
    if len(attributions) == 1:  # the common case: one speaker, maybe with its medium
        said, outer = attributions[0].source, attributions[0].outer
        if outer is None:
            return (said,)
        if (said.type, said.name, said.actor_id) == (outer.type, outer.name, outer.actor_id):
            return (outer,)
        return (outer, said)

    def inside(a: Attribution, b: Attribution) -> bool:
        s = a.source.span
        return s is not None and b is not a and b.content[0] <= s.start and s.end <= b.content[1]

    top = [a for a in attributions if not any(inside(a, b) for b in attributions)]
    main = min(
        top or attributions,
        key=lambda a: (min(_span_start(a), a.content[0]), a.content[0] - a.content[1]),
    )
    out: list[Source] = []
    seen: list[Attribution] = []
    current: Attribution | None = main
    while current is not None:
        seen.append(current)
        for src in (current.outer, current.source):
            same = (
                out
                and src is not None
                and (src.type, src.name, src.actor_id)
                == (out[-1].type, out[-1].name, out[-1].actor_id)
            )
            if src is not None and not same:
                out.append(src)  # "the secretary emphasized ..., the official said": one source
        nested = [a for a in attributions if inside(a, current) and not any(a is s for s in seen)]
        current = min(nested, key=_span_start) if nested else None
    return tuple(out)


def _span_start(a: Attribution) -> int:
    return a.source.span.start if a.source.span else 0


# The types of earlier source an anaphor ("the network", "the group") may take the identity of.
_COMPATIBLE: dict[str, tuple[str, ...]] = {
    anaphor: tuple(types)
    for anaphor, types in lexicons.entries("source_words", "anaphor_compatible").items()
}
_UNSOURCED = (Source("outlet"),)  # the chain of a claim that rests on the outlet alone
_QUOTE_OPEN = '"“«'
_Memo = list[tuple[int, int, tuple[Source, ...], bool]]  # start, paragraph, chain, quoted
_MEMO: dict[str, _Memo] = {}


def _resolve(att: Attribution, sentence: Sentence, previous: _Memo) -> Attribution:
    """Give an anaphoric speaker ("he", "the group", a surname) an earlier source's identity."""
    if att.anaphor is None:
        return att
    name = att.anaphor[5:] if att.anaphor.startswith("name:") else None
    wanted = _COMPATIBLE.get(att.anaphor)
    near = att.anaphor in PRONOUNS or att.anaphor in ("statement", "source", "sources")
    looked = 0
    for start, paragraph, sources, _ in reversed(previous):
        if start >= sentence.start:
            continue
        if near and (looked >= 3 or (sentence.paragraph and paragraph != sentence.paragraph)):
            break
        if sources and sources[0].type == "outlet":
            continue
        looked += 1
        for src in reversed(sources):
            if name is not None:
                if not src.name or name not in src.name.lower().split():
                    continue
            elif src.type == "outlet" or (wanted and src.type not in wanted):
                continue
            return replace(
                att,
                source=replace(
                    att.source,
                    type=src.type,
                    name=src.name,
                    actor_id=src.actor_id or att.source.actor_id,
                ),
            )
        if near:
            break
    return att


def find_sources(
    sentence: Sentence,
    text: str,
    actors: Sequence[ActorMention],
    cues: Sequence[Cue],
    previous: Sequence[tuple[int, int, tuple[Source, ...], bool]] | None = None,
) -> tuple[Source, ...]:
    """Return the attribution chain of one sentence, outermost first.

    Args:
        sentence: the sentence.
        text: the article text.
        actors: actor mentions (of the sentence or the whole article).
        cues: cues of the sentence (not needed for the chain).
        previous: ``(start, paragraph, chain, quoted)`` records of the earlier
            sentences, used for "he said" and for quotations that run on from
            the sentence before. When ``None``, the chains this function
            returned earlier for the same ``text`` are used.

    Returns:
        The chain; a single ``Source(type="outlet")`` with ``span=None`` when
        nothing in the sentence or its context says where the claim comes from.
    """
    memo: _Memo
    if previous is None:
        memo = _MEMO.get(text, [])
        if not memo or memo[-1][0] >= sentence.start:
            memo = [r for r in memo if r[0] < sentence.start]
        _MEMO.clear()
        _MEMO[text] = memo
    else:
        memo = list(previous)
    atts: list[Attribution] = []
    for att in find_attributions(sentence, text, actors, cues):
        if att.anaphor is not None:
            at = sentence.start - 1
            here: _Memo = [(at, sentence.paragraph, (a.source,), False) for a in atts]
            att = _resolve(att, sentence, memo + here)
        atts.append(att)
    result = chain(atts, sentence)
    quoted = sentence.text[:1] in _QUOTE_OPEN
    if not result and quoted and memo:
        start, paragraph, sources, _ = memo[-1]
        if sources and sources[0].type != "outlet" and paragraph == sentence.paragraph:
            result = sources  # a quotation running on from the sentence before
    if not result:
        result = _UNSOURCED
    if previous is None:
        memo.append((sentence.start, sentence.paragraph, result, quoted))
    return result


def article_sources(
    sentences: Sequence[Sentence],
    text: str,
    actors: Sequence[ActorMention],
    cues: Sequence[Cue] = (),
) -> list[tuple[Source, ...]]:
    """Return the chain of every sentence, resolving speakers carried from sentence to sentence."""
    records: _Memo = []
    out = []
    for sentence in sentences:
        result = find_sources(sentence, text, actors, cues, previous=records)
        quoted = sentence.text[:1] in _QUOTE_OPEN
        records.append((sentence.start, sentence.paragraph, result, quoted))
        out.append(result)
    return out
