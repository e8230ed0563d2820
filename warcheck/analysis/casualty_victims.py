"""Victims told without a figure: headline singulars and people named by their relation.

Crime news often counts its dead without a number (issue 13, read on US local news):

* a headline that opens with a bare singular person noun and a killed outcome, with no
  article ("Man shot dead in Detroit", "Teen shot and killed in Overland", "Boy, 4, dies
  after shooting"): one person killed (``headline_heads`` of ``casualty_words.json``);
  so is an age standing for a person ("A 16-year-old died", "4-year-old fatally shot");
* after a killing verb, a list of people named by their relation, a bare singular noun,
  an age or a reflexive, with figures among them ("killed his wife and four children",
  "killing wife, 2 young children", "kills himself, 2 children", "the fatal shooting of
  girl, 5"): each relation counts its group's ``count`` (``kin_heads``; a plural without a
  figure, "his children", at least two), a figure its number, a reflexive one.

:func:`add_victims` adds these to the mentions :func:`warcheck.analysis.casualties.find_casualties`
found; a victim list replaces the mentions it overlaps ("A man shot and killed his mother"
is no man killed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from warcheck.analysis.casualty_words import AUX_WORDS, CUES, HEADS, OUTCOME_WORDS, STOP_WORDS
from warcheck.analysis.numbers import NUMBER, parse_number, word_trie
from warcheck.knowledge import lexicons
from warcheck.model import CasualtyMention

_LEXICON = "casualty_words"
_KIN: dict[str, tuple[int, bool]] = {
    term: (int(g["count"]), bool(g["more"]))
    for g in lexicons.groups(_LEXICON, "kin_heads")
    for term in g.terms
}
_SINGLE = frozenset(
    {*lexicons.terms(_LEXICON, "singular_heads"), *lexicons.terms(_LEXICON, "headline_heads")}
)
_KILL_CUES = [t for t, (role, kind) in CUES.items() if role == "active" and kind == "killed"]
_KILLED = next(p for outcome, p in OUTCOME_WORDS if outcome == "killed")
_HEADS = word_trie([*HEADS, *_KIN])
# A modifier: no closed-class word and no head noun ("84 people mostly women" is no one phrase).
_WORD = r"[^\W\d_][\w'’.-]*"
_MOD = rf"(?!(?:{word_trie(STOP_WORDS)}|{_HEADS})\b){_WORD}"
_KIN_MOD = rf"(?!(?:{word_trie(STOP_WORDS)})\b){_WORD}"  # "his infant son"
_AGED = r"\d{1,3}[-‐](?:year|month|week)s?[-‐]old"
_POSSESSIVE = r"(?:his|her|their)\s+(?:own\s+)?"
_OWNER = r"(?:[^\W\d_][\w-]*['’]s\s+)"  # "his ex-girlfriend's two teenage daughters"
_ENDS = r"\s*(?:$|[,.;:!?)\"”(\n]|(?:and|in|on|at|near|while|before|after|as|during|with|then|"
_ENDS += r"inside|outside|last|early|late|this|over|from|by|when)\b)"
_END = rf"(?={_ENDS})"
_KIN_HEADS = word_trie([*_KIN, *_SINGLE])
_ITEM = re.compile(
    rf"(?P<self>(?:him|her)self|self\b)"
    rf"|(?:{_POSSESSIVE}{_OWNER}?|{_OWNER})?(?P<n>{NUMBER})\s+(?:{_MOD}\s+){{0,2}}?(?P<head>{_HEADS}){_END}"
    rf"|(?P<a>an?)\s+(?:(?:{_MOD}|{_AGED})\s+){{0,2}}?(?P<one>{_KIN_HEADS}){_END}"
    rf"|(?P<poss>{_POSSESSIVE})?(?:(?:{_KIN_MOD}|{_AGED})\s+){{0,2}}?(?P<kin>{_KIN_HEADS}){_END}"
    rf"|(?P<aged>{_AGED})(?={_ENDS}|\s+[^\W\d_])"
)
_JOIN = re.compile(r"\s*,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?")
_CUE = re.compile(rf"(?<![\w-])(?:{word_trie(_KILL_CUES)})\s+")  # not "non-fatal shooting of"
# "Man shot dead in Detroit", "UPDATE: Teen shot and killed", "Boy, 4, dies": a headline's victim.
_HEADLINE = re.compile(
    rf"(?m)^[ \t]*(?:[\w .'’-]{{1,25}}:\s+)?(?:(?:{_MOD}|{_AGED})\s+){{0,3}}?"
    rf"(?P<head>{word_trie(_SINGLE)})(?:,\s*\d{{1,2}},)?\s+"
    rf"(?:(?:{word_trie(AUX_WORDS)}|accidentally|fatally|critically)\s+)*(?:{_KILLED})\b"
)


class _Item(NamedTuple):
    """One person or figure of a victim list."""

    start: int
    end: int
    people: int
    more: bool  # "his children": at least ``people``
    group: str
    named: bool  # told by relation, reflexive or age, not by a figure
    owned: bool = False  # a figure after a possessive: "his two daughters"


# "A 16-year-old died", "the 3-year-old was shot and killed": an age standing for a person.
_AGED_ONE = re.compile(
    rf"(?<![\w-])(?P<head>{_AGED})\s+"
    rf"(?:(?:{word_trie(AUX_WORDS)}|accidentally|fatally|critically)\s+)*(?:{_KILLED})\b"
)


def _item(text: str, m: re.Match[str], first: bool) -> _Item | None:
    """The people one list item counts, or ``None`` for one this module leaves alone.

    An age alone ("7-year-old") is a person before a name ("7-year-old Iris") or at a
    phrase's end; a plural relation without a figure needs a possessive ("his children") or
    another person before it ("wife, children, self").
    """
    s, e = m.span()
    if m.group("aged"):
        after = text[e : e + 2].strip()
        ok = not after or not after[0].isalpha() or after[0].isupper()
        return _Item(s, e, 1, False, "unspecified", True) if ok else None
    if m.group("self"):
        return _Item(s, e, 1, False, "unspecified", True)
    head = m.group("head") or m.group("one") or m.group("kin")
    group = HEADS.get(" ".join(head.split()), ("unspecified", None))[0]
    if m.group("a"):
        return _Item(s, e, 1, False, group, False)
    if m.group("n") is not None:
        lo, kind = parse_number(m.group("n"))
        owned = m.start("n") > s
        return _Item(s, e, lo, kind == "vague", group, False, owned) if lo is not None else None
    people, more = _KIN.get(" ".join(head.split()), (1, False))
    if more and first and m.group("poss") is None:
        return None  # "killing children" is no figure; "his children" is
    return _Item(s, e, people, more, group, True)


def _victim_list(text: str, low: str, q: int) -> list[_Item]:
    """The people listed from ``q``, up to the first word that is none.

    An age after a comma is the last person's ("the father, 37-year-old John"), no other.
    """
    out: list[_Item] = []
    comma = False
    while (m := _ITEM.match(low, q)) is not None:
        if comma and m.group("aged"):
            break
        item = _item(text, m, not out)
        if item is None:
            return []
        out.append(item)
        j = _JOIN.match(low, m.end())
        if j is None:
            break
        q, comma = j.end(), "and" not in j.group()
    return out


def _mention(
    text: str, start: int, end: int, people: int, more: bool, group: str
) -> CasualtyMention:
    return CasualtyMention(
        start, end, text[start:end], outcome="killed", group=group,
        min=people, max=None if more else people, qualifier="at_least" if more else "exact",
    )  # fmt: skip


def _list_mentions(text: str, start: int, items: list[_Item]) -> list[CasualtyMention]:
    """One mention for a list with people named by relation; else one per figure.

    "killed his wife and four children": 5; "killed two women and their seven
    children": 2 women and 7 children, as find_casualties reads them.
    """
    if any(i.named for i in items):
        groups = {i.group for i in items}
        group = groups.pop() if len(groups) == 1 else "unspecified"
        more = any(i.more for i in items)
        return [_mention(text, start, items[-1].end, sum(i.people for i in items), more, group)]
    starts = [start, *(i.start for i in items[1:])]  # the first from its verb, as find_casualties
    return [
        _mention(text, s, i.end, i.people, i.more, i.group)
        for s, i in zip(starts, items, strict=True)
    ]


Cues = Sequence[tuple[int, int]]  # killing verbs: (start, where the words after them start)


def victims(
    text: str, low: str, cues: Cues | None = None
) -> tuple[list[tuple[int, int]], list[CasualtyMention]]:
    """The victims of ``text`` told without a figure of their own, and the spans they replace.

    A list is kept when one of its people is named by relation, or a possessive
    opens a figure ("his ex-girlfriend's two daughters"); the span it replaces runs
    from its killing verb. A headline's victim replaces nothing. ``cues`` are the
    killing verbs when the caller has found them (``find_casualties`` has), else they
    are looked for here.
    """
    if cues is None:
        cues = [(c.start(), c.end()) for c in _CUE.finditer(low)]
    spans: list[tuple[int, int]] = []
    out: list[CasualtyMention] = []
    for start, q in cues:
        if (spans and start < spans[-1][1]) or low[start - 1 : start] == "-":
            continue  # inside the last list; "non-fatal shooting of"
        items = _victim_list(text, low, q)
        if any(i.named or i.owned for i in items):
            spans.append((start, items[-1].end))
            out += _list_mentions(text, start, items)
    aged = _AGED_ONE.finditer(low) if "-old" in low else ()
    for h in (*_HEADLINE.finditer(low), *aged):
        if not any(s < h.end() and h.start("head") < e for s, e in spans):
            group = HEADS.get(h.group("head"), ("unspecified", None))[0]
            out.append(_mention(text, h.start("head"), h.end(), 1, False, group))
    return spans, out


def _overlaps(a: CasualtyMention, b: CasualtyMention) -> bool:
    return a.start < b.end and b.start < a.end


def add_victims(
    text: str, low: str, found: list[CasualtyMention], cues: Cues | None = None
) -> list[CasualtyMention]:
    """``found`` with the victims of :func:`victims`.

    A victim list replaces the mentions it overlaps; a headline's victim is added
    only where no mention lies already.
    """
    spans, extra = victims(text, low, cues)
    if not extra:
        return found
    kept = [c for c in found if not any(c.start < e and s < c.end for s, e in spans)]
    kept += [v for v in extra if not any(_overlaps(c, v) for c in kept)]
    return sorted(kept, key=lambda c: (c.start, c.end))
