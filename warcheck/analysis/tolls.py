"""Headline tolls: the article's main killed figures, in the shape of FA-KES's crowd facts.

:func:`headline_figures` takes the casualty mentions of an article and picks
how many civilians, children, women and non-civilians its main event killed:
the first precise figure of the lead rather than the largest, figures joined
by "and" added, parts ("including 28 children") not added, war-wide totals
and background sentences skipped.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from warcheck.knowledge.summary_words import summary_words
from warcheck.model import CasualtyMention, Tolls

_F = re.IGNORECASE
# A sentence end: [.!?] before (quotes and) a blank, or a line break. One character class
# first, so that the regex engine skips to the candidates (same matches as
# r"[.!?](?=[\"'”’)]*\s)|\n", ~2.5x faster).
_SENT_END = re.compile(r"[.!?\n](?:(?<=\n)|(?=[\"'”’)]*\s))")


@dataclass(frozen=True)
class _Rules:
    """The word tables of ``summary_words.json`` that tolls use, compiled once."""

    civil: frozenset[str]
    noncivil: frozenset[str]
    background: re.Pattern[str]
    part_of_prev: re.Pattern[str]
    collective: re.Pattern[str]
    part_of_next: re.Pattern[str]
    joined: re.Pattern[str]


def _alternation(words: Sequence[str]) -> str:
    """A regex for any of ``words`` as whole words, a space matching any run of white space."""
    return r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\b"


@functools.cache
def _rules() -> _Rules:
    w = summary_words()
    joined = r"^[^.;:]{0,60}?" + _alternation(w.joining_words) + r"[^.;:]{0,40}$"
    return _Rules(
        civil=w.civilian_groups,
        noncivil=w.noncivilian_groups,
        background=re.compile(w.war_wide_totals, _F),
        part_of_prev=re.compile(_alternation(w.part_of_previous), _F),
        collective=re.compile(_alternation(w.collective_nouns), _F),
        part_of_next=re.compile(_alternation(w.part_of_next), _F),
        joined=re.compile(joined, _F),
    )


_MAX_EVENT = 10_000


def _value(c: CasualtyMention) -> int | None:
    return c.min if c.min is not None else c.max


class _Sentences:
    """Sentence bounds of a text, found once; and whether a sentence is background."""

    def __init__(self, text: str) -> None:
        self.text = text
        ms = list(_SENT_END.finditer(text))
        self.starts = [0] + [m.end() for m in ms]
        self.ends = [m.start() for m in ms] + [len(text)]
        self._background: dict[int, bool] = {}

    def bounds(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence holding ``pos``."""
        i = max(0, bisect_right(self.starts, pos) - 1)
        return self.starts[i], max(self.ends[i], self.starts[i])

    def after(self, pos: int, n: int) -> int:
        """End of the ``n``-th sentence after the one holding ``pos``."""
        i = max(0, bisect_right(self.starts, pos) - 1)
        return self.ends[min(i + n, len(self.ends) - 1)]

    def is_background(self, c: CasualtyMention) -> bool:
        """True for a war-wide total rather than an event's figure."""
        v = _value(c)
        if v is not None and v >= _MAX_EVENT:
            return True
        s, e = self.bounds(c.start)
        if s not in self._background:
            self._background[s] = bool(_rules().background.search(self.text, s, e))
        return self._background[s]


def _first(ms: Sequence[CasualtyMention]) -> CasualtyMention | None:
    """First figure that is not vague, else the first vague one with a coded value."""
    first = next((c for c in ms if c.qualifier != "vague" and _value(c) is not None), None)
    return first or next((c for c in ms if _value(c) is not None), None)


def _event_total(
    cands: list[CasualtyMention], sents: _Sentences, within: tuple[int, int] | None = None
) -> int:
    """Figure of the main event among ``cands``: the first precise figure, with its partners.

    Figures in the same sentence joined by "and"/"while" are added up; a figure
    given as part of another ("including 5 children", "5 children were among
    19 killed", "16 civilians and three children") is not. With ``within``, only
    figures inside that sentence count.
    """
    if within is not None:
        cands = [c for c in cands if within[0] <= c.start < within[1]]
    first = _first(cands)
    if first is None:
        return 0
    text = sents.text
    rules = _rules()
    e = sents.bounds(first.start)[1]
    total = _value(first) or 0
    prev = first
    for c in cands:
        if c.start <= first.start or c.start >= e or _value(c) is None:
            continue
        gap = text[prev.end : c.start] if prev.end <= c.start else ""
        if prev.end > c.start or rules.part_of_prev.search(gap):
            continue
        collective = prev.group == "civilians" and rules.collective.search(prev.text) is not None
        if rules.part_of_next.search(gap):
            if not (collective and c.group == "unspecified"):
                total = _value(c) or 0
        elif rules.joined.match(gap) and (c.group != prev.group or "other" in c.text.lower()):
            if not (collective and c.group in ("children", "women")):
                total += _value(c) or 0
        else:
            break
        prev = c
    return total


def _resolve(killed: list[CasualtyMention]) -> list[CasualtyMention]:
    """Give an unspecified figure the group of a specified figure of the same value."""
    by_value: dict[int, str] = {}
    for c in killed:
        v = _value(c)
        if v is not None and c.group != "unspecified" and c.qualifier != "vague":
            by_value.setdefault(v, c.group)
    out = []
    for c in killed:
        v = _value(c)
        if c.group == "unspecified" and v is not None and v in by_value:
            c = replace(c, group=by_value[v])
        out.append(c)
    return out


def headline_figures(casualties: Sequence[CasualtyMention], text: str) -> Tolls:
    """Return the article's main killed figures: civilians, children, women, noncivilians.

    The conventions are those of FA-KES's crowd facts, as read from its
    training split: figures count people killed in the article's main event;
    ``civilians`` includes children, women and people whose side is not
    stated ("76 people including 28 children" gives 76, "nine children and 14
    others" gives 23); ``noncivilians`` is fighters plus soldiers; a category
    with no figure is 0, never ``None``.

    The main event is the first precise killed figure (a vague "dozens" only
    when there is nothing else); an unspecified figure takes the side of a
    specified figure of the same value. A side that the main event's sentence
    does not mention counts only when the main figure is of that side;
    children and women are looked for in the main sentence and the two after
    it. Figures in one sentence joined by "and" add up; a figure given as a
    part of another ("including 5 children", "5 children were among 19
    killed") does not. War-wide totals ("the conflict has killed 300,000")
    are skipped.
    """
    killed = [c for c in casualties if c.outcome == "killed"]
    if not killed:
        return Tolls()
    sents = _Sentences(text)
    killed = _resolve([c for c in killed if not sents.is_background(c)])
    main = _first(killed)
    if main is None:
        return Tolls()
    rules = _rules()
    sent = sents.bounds(main.start)
    civil_main = main.group in rules.civil
    civ = [c for c in killed if c.group in rules.civil]
    nonciv = [c for c in killed if c.group in rules.noncivil]
    # Children and women: from the main sentence, and the next two when it is of civilians
    near = (sent[0], sents.after(main.start, 2)) if civil_main else sent
    return Tolls(
        civilians=_event_total(civ, sents, None if civil_main else sent),
        children=_event_total([c for c in killed if c.group == "children"], sents, near),
        women=_event_total([c for c in killed if c.group == "women"], sents, near),
        noncivilians=_event_total(nonciv, sents, sent if civil_main else None),
    )
