"""Text vectors: an article's words weighted by how rare they are in general English.

The weights come from :func:`warcheck.knowledge.word_weights.rarity`, not from
the corpus, so adding articles never changes how two old articles compare.
A story vector keeps an article's ``TOP_TERMS`` heaviest words (weight =
rarity x (1 + log of the count)), unit length; the ``INDEX_TERMS`` rarest of
those are the keys under which the cross-check blocks.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from warcheck.knowledge.word_weights import rarity

TOP_TERMS = 150
INDEX_TERMS = 12
# Rarity below which a word is never a blocking key (too common to pick out a story).
INDEX_RARITY = 3.0
# Words of one or two letters, and bare numbers under three digits, carry nothing;
# a hyphenated compound counts as its parts ("year-old").
_WORD = re.compile(r"[a-z][a-z']*[a-z]|\d{3,}")

Vector = dict[str, float]


def words(text: str) -> list[str]:
    """Return the lower-case words (and numbers of three digits or more) of a text."""
    return [w.replace("'", "") for w in _WORD.findall(text.lower()) if len(w) > 2]


def story_vector(text: str, top: int = TOP_TERMS) -> Vector:
    """Return the unit-length vector of the ``top`` heaviest words of a text."""
    counts = Counter(words(text))
    weights = {w: rarity(w) * (1.0 + math.log(n)) for w, n in counts.items()}
    best = sorted((w for w in weights if weights[w] > 0), key=lambda w: (-weights[w], w))[:top]
    norm = math.sqrt(sum(weights[w] ** 2 for w in best)) or 1.0
    return {w: weights[w] / norm for w in best}


def index_terms(vector: Vector, count: int = INDEX_TERMS) -> tuple[str, ...]:
    """Return the blocking keys of a story vector: its rarest words (then its heaviest).

    Rarity, not the weight in the article, ranks them: a word the article
    repeats but that many articles use ("shooting") would make a block of
    nearly everything.
    """
    rare = [w for w in vector if rarity(w) >= INDEX_RARITY]
    return tuple(sorted(rare, key=lambda w: (-rarity(w), -vector[w], w))[:count])


def cosine(a: Vector, b: Vector) -> float:
    """Return the cosine of two unit-length sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def claim_terms(text: str, count: int = 8) -> tuple[str, ...]:
    """Return the rarest words of a claim's text, rarest first."""
    unique = set(words(text))
    return tuple(sorted(unique, key=lambda w: (-rarity(w), w))[:count])
