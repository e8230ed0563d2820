"""Place tokens: the tokens of a stretch of capitalised words, and what their keys name.

:func:`warcheck.analysis.places.find_places` reads a text stretch by stretch; a
:class:`Tokens` holds one stretch's tokens and keys. The look-ups here need no
words around the name: whether its case allows it, its folded keys, an acronym,
a major Syrian place that has lost its apostrophe.
"""

from __future__ import annotations

import functools
import itertools

from warcheck.knowledge import lexicons
from warcheck.knowledge.gazetteer import ARTICLES, LOWER_OK, SYRIA, Gazetteer, fold_word
from warcheck.text import PLACE_TOKEN

# English words that look like Arabic articles.
_ENGLISH_ARTICLES = lexicons.term_set("place_words", "english_lookalikes")
# Abbreviations joined to the next word across their full stop ("St. Louis").
_STOP_ABBREVIATIONS = lexicons.term_set("place_words", "stop_abbreviations")
# What may stand between two words of one name.
_JOIN = frozenset({" ", "-", "  ", " - ", "- ", " -"})

# A name matched at a token: (end token, candidates, how many of them matched by name
# rather than by fold, end offset).
Match = tuple[int, list[int], int, int]


class Tokens:
    """The tokens of one stretch, with the article text around them."""

    __slots__ = ("text", "t", "lt", "cs", "ce", "spans", "keys", "run", "prev", "outside")

    def __init__(self, text: str, t: str, lt: str, cs: int, ce: int) -> None:
        """Start an empty stretch ``cs..ce``; :func:`split_stretch` fills it."""
        self.text = text  # the original text (for case)
        self.t = t  # translated: one base letter per character
        self.lt = lt  # translated, lower case
        self.cs, self.ce = cs, ce
        self.spans: list[tuple[int, int]] = []  # absolute offsets
        self.keys: list[str] = []
        self.run: list[int] = []  # how many tokens from i on are joined by spaces or hyphens
        self.prev: str | None = None  # the two words before the stretch, once looked at
        self.outside = False  # whether a decision looked further outside the stretch


@functools.lru_cache(maxsize=2)
def _possessive_pairs(g: Gazetteer) -> frozenset[str]:
    """Two words of a name key whose first ends in "s" ("peoples republic", "kings lynn")."""
    pairs: set[str] = set()
    for key in g.exact:
        if " " in key:
            words = key.split()
            pairs.update(f"{a} {b}" for a, b in itertools.pairwise(words) if a[-1] == "s")
    return frozenset(pairs)


def _keep_name_possessives(g: Gazetteer, tk: Tokens, cut: list[int]) -> None:
    """Give back the "'s" of the tokens in ``cut`` that is part of a name.

    "Democratic People's Republic of Korea", "King's Lynn", "Prince George's County": the
    key of the word and the next one ("peoples republic") are two words of a name key.
    """
    for i in cut:
        if i + 1 >= len(tk.keys):
            break
        s, e = tk.spans[i]
        pair = f"{tk.keys[i]}s {tk.keys[i + 1]}"
        if tk.spans[i + 1][0] == e + 3 and tk.t[e + 2] == " " and pair in _possessive_pairs(g):
            tk.spans[i], tk.keys[i] = (s, e + 2), tk.keys[i] + "s"


def split_stretch(
    g: Gazetteer, text: str, t: str, lt: str, cs: int, ce: int, masks: list[tuple[int, int]]
) -> Tokens:
    """Tokenise the stretch ``cs..ce`` of ``text`` (``t`` and ``lt`` its translated forms)."""
    tk = Tokens(text, t, lt, cs, ce)
    spans, keys = tk.spans, tk.keys
    cut: list[int] = []  # tokens whose possessive "'s" was cut off
    for m in PLACE_TOKEN.finditer(t, cs, ce):
        s, e = m.span()
        if masks and any(a <= s < b for a, b in masks):
            continue
        k = lt[s:e]
        if "'" in k:
            if k[-2:] == "'s" and (len(k) > 4 or t[s : s + 2].isupper()):  # "Syria's", "UK's"
                k, e = k[:-2], e - 2
                cut.append(len(keys))
            k = k.replace("'", "")
        spans.append((s, e))
        keys.append(k.replace(".", "") if "." in k else k)
    if cut:
        _keep_name_possessives(g, tk, cut)
    run = tk.run = [1] * len(spans)
    for i in range(len(spans) - 2, -1, -1):
        gap = t[spans[i][1] : spans[i + 1][0]]
        if gap.strip("'") in _JOIN or (gap == ". " and keys[i] in _STOP_ABBREVIATIONS):
            run[i] = run[i + 1] + 1  # "al-'Ayn", "St. Louis"
    return tk


def prev_words(lt: str, cs: int) -> str:
    """The last two words before offset ``cs`` (within 40 characters), as text that ends there."""
    seg = lt[max(0, cs - 40) : cs]
    return " ".join(seg.split()[-2:]) + (" " if seg[-1:].isspace() else "")


def case_ok(tk: Tokens, i: int, j: int) -> bool:
    """The first word of a name that is not a particle or generic term must be capitalised."""
    for x in range(i, j):
        if tk.keys[x] not in LOWER_OK:
            return not tk.text[tk.spans[x][0]].islower()
    return any(not tk.text[tk.spans[x][0]].islower() for x in range(i, j))


def acronym(g: Gazetteer, raw: str, k0: str, i: int, e0: int) -> Match | None:
    """A place an acronym stands for ("US"), or a Syrian place written in capitals ("HOMS")."""
    code = raw.replace(".", "")
    if code in g.caps:
        return i + 1, g.caps[code], len(g.caps[code]), e0
    cands = [c for c in g.exact.get(k0, ()) if g.place(c).country == SYRIA]
    return (i + 1, cands, len(cands), e0) if cands else None


def fold_keys(g: Gazetteer, keys: list[str], i: int, maxl: int) -> dict[int, str]:
    """Folded keys of the names of 1..``maxl`` tokens from ``i``, by length, word by word.

    Articles before the last word are dropped; the keys stop at the longest the
    gazetteer has for their first word.
    """
    folds: dict[int, str] = {}
    ftoks: list[str] = []
    for size in range(1, maxl + 1):
        k = keys[i + size - 1]
        if k in ARTICLES and size < maxl:
            continue
        ftoks.append(fold_word(k, size == 1))
        if len(ftoks) > g.ffirst.get(ftoks[0], 0):
            break
        folds[size] = " ".join(ftoks)
    return folds


def lost_apostrophe(g: Gazetteer, raw: str, key: str, lower: bool) -> list[int]:
    """Major Syrian places named by ``raw`` less a final "s" ("Aleppos", "Syrias")."""
    if raw[-1:] != "s" or lower or len(raw) <= 4:
        return []
    return [
        c
        for c in g.exact.get(key[:-1], ())
        if g.place(c).country == SYRIA
        and (g.place(c).pop >= 50000 or g.place(c).feature in ("country", "admin1"))
    ]


def cannot_start(g: Gazetteer, k0: str, lower: bool, hyphen: bool) -> bool:
    """Whether the word ``k0`` cannot open a name: lower case, or an article standing alone."""
    if lower and k0 not in g.first:
        return True
    return (
        k0 in ARTICLES
        and not hyphen
        and (lower or k0 in _ENGLISH_ARTICLES)
        and k0 not in ("al", "el")
    )
