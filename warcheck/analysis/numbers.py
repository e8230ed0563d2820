"""Number expressions in English news text: digits, number words and vague amounts.

``NUMBER`` is a regular-expression fragment (no capturing groups) that matches
one cardinal figure: ``58``, ``1,200``, ``2.5 million``, ``twenty-two``,
``one hundred and twenty``, ``a dozen``, ``dozens of``, ``tens of thousands of``.
:func:`parse_number` turns such a match into ``(value, vague)``.

Vague plurals parse to the least figure they mean, a lower bound kept vague:
"dozens" is two dozen or more (24), "hundreds" 200, "tens" 20, "scores" 40,
"tens of thousands" 20,000 (``vague_plural_least`` in ``number_words.json``).
ACLED's convention for vague fatality reports ("Fatalities", ACLED knowledge
base, *Uses and limitations of ACLED data*, 2023) codes them lower: "tens" 10,
"dozens" 12, "hundreds" 100 "and so on"; "scores" is not in ACLED's list and is
coded 20, one score (``vague_plurals``, :data:`VAGUE_PLURALS`). Words with no
conventional value ("several", "a few", "a number of", "many", "numerous")
parse to ``None``. The local copy of the ACLED codebook (variable list) has no
rule on vague figures; the FAQ above is the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from warcheck.knowledge import lexicons


def word_trie(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words`` factored by common prefixes.

    Python's ``re`` tries the branches of a plain alternation one by one; a
    prefix-factored one is several times faster on long word lists. A space in
    a word matches any run of whitespace; longer words are tried first.
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(sub)
            for ch, sub in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


_NUMBERS = "number_words"
_UNITS: dict[str, int] = dict(lexicons.entries(_NUMBERS, "cardinal_units"))
_TENS: dict[str, int] = {
    **lexicons.entries(_NUMBERS, "cardinal_tens"),
    **lexicons.entries(_NUMBERS, "cardinal_tens_variants"),
}
_SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

# ACLED: tens 10, dozens 12, hundreds 100, "and so on"; scores = 20 (one score).
VAGUE_PLURALS: dict[str, int] = dict(lexicons.entries(_NUMBERS, "vague_plurals"))
# The least figure each plural means: dozens 24 (two dozen), hundreds 200.
VAGUE_LEAST: dict[str, int] = dict(lexicons.entries(_NUMBERS, "vague_plural_least"))
_NO_VALUE = frozenset(
    {
        "several",
        "a few",
        "a number",
        "a large number",
        "a small number",
        "a handful",
        "many",
        "numerous",
        "an unknown number",
    }
)

_UNIT_RE = word_trie(_UNITS)
_TENS_RE = word_trie(_TENS)
# twenty-two / twenty two / twenty / seven
_WORD_BELOW_100 = (
    rf"(?:(?:{_TENS_RE})(?:[-\s](?:{word_trie(w for w in _UNITS if w != 'zero')}))?"
    rf"|(?:{_UNIT_RE}))"
)
_WORD_NUMBER = (
    rf"(?:(?:{_WORD_BELOW_100}|a)\s+(?:hundred|thousand)"
    rf"(?:\s+(?:and\s+)?{_WORD_BELOW_100}(?![-\w]))?|{_WORD_BELOW_100})"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:million|thousand))?"
_VAGUE = (
    r"(?:(?:tens|hundreds)\s+of\s+thousands|(?:hundreds|thousands)\s+of\s+millions"
    rf"|{'|'.join(VAGUE_PLURALS)})(?:\s+of)?"
    r"|(?:several|a\s+few)\s+(?:dozens?|hundreds?|thousands?)(?:\s+of)?"
    r"|(?:a\s+)?dozens?(?:\s+of)?|half\s+a\s+dozen|a\s+couple\s+of"
    r"|several|a\s+few|a\s+(?:large\s+|small\s+)?number\s+of|a\s+handful\s+of|many|numerous"
    r"|an\s+unknown\s+number\s+of"
)
NUMBER = rf"(?:{_DIGITS}|{_WORD_NUMBER}|{_VAGUE})"
# First words of a number expression (for a fast scan of candidate positions).
NUMBER_FIRST_WORDS: tuple[str, ...] = (
    *_UNITS,
    *_TENS,
    "a",
    "an",
    "half",
    "dozen",
    "dozens",
    "several",
    "many",
    "numerous",
    *VAGUE_PLURALS,
)

_SPACE = re.compile(r"[\s-]+")
_HUGE = 1e30  # larger figures read as this (far past any plausible count)


def _words_below_100(words: list[str]) -> int | None:
    total = 0
    for w in words:
        if w in _TENS:
            total += _TENS[w]
        elif w in _UNITS:
            total += _UNITS[w]
        elif w == "a":
            total += 1
        else:
            return None
    return total


@cache
def parse_number(expr: str) -> tuple[int | None, str]:
    """Return ``(value, kind)`` for a string matched by :data:`NUMBER`.

    ``kind`` is ``"exact"``, ``"about"`` ("a dozen", "a couple of") or
    ``"vague"``. ``value`` is ``None`` for vague words with no conventional
    figure; for a vague plural ("dozens of") it is the least figure the words
    mean (:data:`VAGUE_LEAST`: 24, two dozen), a lower bound, not ACLED's coded
    figure (:data:`VAGUE_PLURALS`: 12), which would read "dozens" as "at least 12".
    """
    s = expr.lower().replace(",", "").strip()
    if s[0].isdigit():
        parts = s.split()
        # Capped so that hundreds of digits give a huge figure, not a float overflow.
        value = min(float(parts[0]), _HUGE)
        if len(parts) > 1:
            value = min(value * _SCALES[parts[1]], _HUGE)
        return int(round(value)), "exact"
    words = [w for w in _SPACE.split(s) if w and w != "and"]
    if words[-1] == "of":
        words = words[:-1]
    joined = " ".join(words)
    last = words[-1].rstrip("s")
    if (words[0] == "several" or words[:2] == ["a", "few"]) and last in (
        "dozen",
        "hundred",
        "thousand",
    ):
        return VAGUE_LEAST[last + "s"], "vague"
    if joined in ("a dozen", "dozen"):
        return 12, "about"
    if joined == "half a dozen":
        return 6, "about"
    if joined == "a couple":
        return 2, "about"
    if joined in VAGUE_LEAST:
        return VAGUE_LEAST[joined], "vague"
    if len(words) == 3 and words[1] == "of" and words[0] in VAGUE_LEAST:
        return VAGUE_LEAST[words[0]] * VAGUE_PLURALS[words[2]], "vague"
    if joined in _NO_VALUE:
        return None, "vague"
    # Word numbers: [N] hundred|thousand [and] [M]
    total = 0
    chunk: list[str] = []
    for w in words:
        if w in _SCALES:
            base = _words_below_100(chunk) if chunk else 1
            if base is None:
                return None, "vague"
            total += base * _SCALES[w]
            chunk = []
        else:
            chunk.append(w)
    if chunk:
        rest = _words_below_100(chunk)
        if rest is None:
            return None, "vague"
        total += rest
    return total, "exact"
