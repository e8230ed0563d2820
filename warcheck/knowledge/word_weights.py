"""How rare an English word is, from general language rather than from the corpus at hand.

The table (``knowledge/data/word_weights.tsv.gz``, built by
``scripts/build_word_weights.py`` from wordfreq's Zipf frequencies, data CC
BY-SA 4.0) gives each common word its Zipf frequency: log10 of its occurrences
per billion words (7.7 for "the", 5.3 for "police", 2.8 for "sarin"). The
cross-check weighs shared words by :func:`rarity`; because the weights do not
depend on the corpus, adding articles never changes how two old articles
compare, so incremental re-clustering gives what clustering from scratch gives.
"""

from __future__ import annotations

import functools
import gzip

from warcheck.knowledge.loader import read_bytes

FILE = "word_weights.tsv.gz"
# Zipf frequency at and above which a word carries no weight (function words).
CEILING = 7.5
# Zipf frequency assumed for a word missing from the table (rarer than all in it).
UNSEEN = 1.0


@functools.cache
def zipf_table() -> dict[str, float]:
    """Return word -> Zipf frequency for the words in the table (loaded once)."""
    text = gzip.decompress(read_bytes(FILE)).decode("utf-8")
    table: dict[str, float] = {}
    for line in text.splitlines():
        if line and line[0] != "#":
            word, _, value = line.partition("\t")
            table[word] = int(value) / 100
    return table


def rarity(word: str) -> float:
    """Return the weight of a lower-case word: ``CEILING`` minus its Zipf frequency, at least 0."""
    return max(0.0, CEILING - zipf_table().get(word, UNSEEN))
