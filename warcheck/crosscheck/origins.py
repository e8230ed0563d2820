"""Origins: copies and rewrites of one story count once.

Two articles share an origin (``vocab.ORIGIN_LINK``) when their texts are
near-duplicates (Jaccard of word 5-shingles, or one contained in the other),
when both credit the same wire agency ("(Reuters)", "--AFP", "BEIRUT (AP) -"),
or when they give the same quotes and figures in the same order. Origins are
sought among the articles of one incident; the origin is the earliest
article (then the smallest id) and the others are its copies. An outlet's
camp comes from the knowledge files; an outlet not in them is of the
"unknown camp", never guessed.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from warcheck.crosscheck.vectors import words
from warcheck.knowledge.catalogue import cue_lexicon
from warcheck.knowledge.outlets import outlet as known_outlet

UNKNOWN_CAMP = "unknown camp"
SHINGLE = 5
SAME_TEXT = 0.5  # Jaccard of shingles at which two texts are copies
CONTAINED = 0.8  # share of the shorter text's shingles found in the longer one
SAME_FACTS = 4  # quotes and figures shared in the same order ...
SAME_QUOTES = 2  # ... of which at least this many quotes
_QUOTE = re.compile(r"[\"“]([^\"”]{12,300})[\"”]")
_FIGURE = re.compile(r"\b\d[\d,.]*\b")


@dataclass(frozen=True)
class Origin:
    """One origin of a story and the articles that carry it.

    ``article_id`` is the origin (the earliest article), ``copies`` the other
    articles carrying it, ``links`` the kinds of evidence that joined them
    (``vocab.ORIGIN_LINK``) and ``wire`` the agency credited, if any.
    """

    article_id: int
    copies: tuple[int, ...] = ()
    links: tuple[str, ...] = ()
    wire: str | None = None

    @property
    def articles(self) -> tuple[int, ...]:
        """The origin and its copies."""
        return (self.article_id, *self.copies)


@dataclass(frozen=True)
class Print:
    """What one article brings to the search for copies."""

    shingles: frozenset[int]
    wires: frozenset[str]
    facts: tuple[str, ...]


def camp_of(outlet: str | None) -> str:
    """Return the camp of an outlet from the knowledge files, else ``UNKNOWN_CAMP``."""
    found = known_outlet(outlet) if outlet else None
    return found.camp if found is not None else UNKNOWN_CAMP


@functools.cache
def _credit() -> tuple[re.Pattern[str], dict[str, str]]:
    canonical: dict[str, str] = {}
    for group in cue_lexicon()["wire_agencies"]:
        for name in group["names"]:
            canonical.setdefault(name, group["names"][0])
    names = "|".join(re.escape(n) for n in sorted(canonical, key=len, reverse=True))
    pattern = re.compile(
        rf"\(\s*({names})\s*\)|[-–—]{{1,2}}\s?({names})\b(?=\s*(?:$|\n|[.(]))|"
        rf"^[A-Z][A-Za-z ,.'-]{{0,40}}?\b({names})\s*[-–—:]\s"
    )
    return pattern, canonical


def wire_credits(text: str) -> frozenset[str]:
    """Return the wire agencies an article credits ("(Reuters)", "--AFP", "BEIRUT, AP -")."""
    pattern, canonical = _credit()
    found = set()
    for line in text.splitlines():
        for m in pattern.finditer(line.strip()):
            name = next(g for g in m.groups() if g)
            found.add(canonical[name])
    return frozenset(found)


def fingerprint(text: str) -> Print:
    """Return an article's shingles, wire credits and its quotes and figures in order."""
    tokens = words(text)
    shingles = frozenset(
        zlib.crc32(" ".join(tokens[i : i + SHINGLE]).encode())
        for i in range(max(1, len(tokens) - SHINGLE + 1))
    )
    facts = sorted(
        [(m.start(), "q:" + " ".join(words(m.group(1)))) for m in _QUOTE.finditer(text)]
        + [(m.start(), m.group().replace(",", "")) for m in _FIGURE.finditer(text)]
    )
    return Print(shingles, wire_credits(text), tuple(f for _, f in facts if f))


def _in_order(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence of two short sequences."""
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b, 1):
            cur = row[j]
            row[j] = prev + 1 if x == y else max(row[j], row[j - 1])
            prev = cur
    return row[-1]


def copy_links(a: Print, b: Print) -> tuple[str, ...]:
    """Return the kinds of evidence (``vocab.ORIGIN_LINK``) that two articles share an origin."""
    out = []
    common = len(a.shingles & b.shingles)
    union = len(a.shingles | b.shingles) or 1
    smaller = min(len(a.shingles), len(b.shingles)) or 1
    if common / union >= SAME_TEXT or common / smaller >= CONTAINED:
        out.append("same text")
    if a.wires & b.wires:
        out.append("wire credit")
    quotes_a = [f for f in a.facts if f.startswith("q:")]
    quotes_b = [f for f in b.facts if f.startswith("q:")]
    if (
        _in_order(quotes_a[:30], quotes_b[:30]) >= SAME_QUOTES
        and _in_order(a.facts[:60], b.facts[:60]) >= SAME_FACTS
    ):
        out.append("same quotes and figures")
    return tuple(out)


def origins(
    texts: Mapping[int, str], published: Mapping[int, str | None] | None = None
) -> list[Origin]:
    """Group articles (id -> text) into origins, the earliest article of each first."""
    published = published or {}
    ids = sorted(texts, key=lambda a: (published.get(a) or "9999", a))
    prints = {a: fingerprint(texts[a]) for a in ids}
    parent = {a: a for a in ids}
    links: dict[int, set[str]] = {a: set() for a in ids}

    def root(a: int) -> int:
        while parent[a] != a:
            a = parent[a]
        return a

    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            found = copy_links(prints[a], prints[b])
            if found:
                ra, rb = root(a), root(b)
                first, second = (ra, rb) if ids.index(ra) <= ids.index(rb) else (rb, ra)
                parent[second] = first
                links[first] |= links.pop(second, set()) | set(found)
    return [_origin(r, ids, root, links[r], prints) for r in ids if root(r) == r]


def _origin(
    r: int, ids: list[int], root: Callable[[int], int], links: set[str], prints: dict[int, Print]
) -> Origin:
    members = [a for a in ids if root(a) == r]
    wires = set.intersection(*(set(prints[a].wires) for a in members))
    return Origin(
        article_id=r,
        copies=tuple(a for a in members if a != r),
        links=tuple(sorted(links)),
        wire=min(wires) if wires else None,
    )
