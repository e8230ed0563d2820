"""Place mentions: find place names in the text and resolve them to coordinates.

Text is matched token by token against the name keys of :mod:`warcheck.knowledge.gazetteer`
(exact keys, and folded keys for Arabic transliterations). Homonyms are resolved by
preferring Syria, then its neighbours, then population, and by the other places named in
the same text (:mod:`warcheck.analysis.place_homonyms`); small towns the gazetteer lacks are
added by :mod:`warcheck.analysis.place_minor`; a stretch's tokens and the look-ups that
need no context are in :mod:`warcheck.analysis.place_tokens`. :func:`governorate` and
:func:`main_place` (from :mod:`warcheck.analysis.main_place`) are re-exported here.

Speed: the text is read stretch by stretch of capitalised words, and the reading of a
stretch is memoised by its text (and, when it depends on them, the two words before it),
so a name seen in an earlier article costs one dictionary look-up.
"""

from __future__ import annotations

import re

from warcheck.analysis.main_place import main_place
from warcheck.analysis.place_datelines import dateline_hits
from warcheck.analysis.place_homonyms import Hit, resolve
from warcheck.analysis.place_minor import add_minor
from warcheck.analysis.place_people import drop_people
from warcheck.analysis.place_sites import add_sites
from warcheck.analysis.place_tokens import (
    Match,
    Tokens,
    acronym,
    cannot_start,
    case_ok,
    fold_keys,
    lost_apostrophe,
    prev_words,
    split_stretch,
)
from warcheck.knowledge import lexicons
from warcheck.knowledge.gazetteer import (
    ARTICLES,
    EXTRA_PATH,
    GAZETTEER_PATH,
    GENERIC,
    GOVERNORATES,
    LOWER_OK,
    PARTICLES,
    SYRIA,
    Gazetteer,
    fold_key,
    governorate,
    load,
)
from warcheck.knowledge.loader import read_json
from warcheck.model import PlaceMention
from warcheck.text import lower_same_length, place_form, place_key

__all__ = [
    "EXTRA_PATH", "GAZETTEER_PATH", "GOVERNORATES", "find_places", "fold_key", "governorate",
    "main_place",
]  # fmt: skip

_LEXICON = "place_words"
_ADMIN_SUFFIX = lexicons.term_set(_LEXICON, "admin_suffixes")
# Words after a name that make it a medium (data: media_names.followed_by); kept in a stretch.
_MEDIA_NEXT = frozenset(read_json("places_extra.json")["media_names"]["followed_by"])
_NOT_FOLD_ENDINGS = lexicons.terms(_LEXICON, "english_endings")
# Era abbreviations that are no place after a number ("500 BC").
_ERAS = lexicons.term_set(_LEXICON, "era_abbreviations")


# --------------------------------------------------------------------------- matching


# Lower-case words a name may start with ("al-Bab", "eastern Ghouta", "rural Damascus").
_LOWER_START = ARTICLES | lexicons.term_set(_LEXICON, "name_starts")
# A single word spelled differently from every gazetteer name is read as a place only
# next to words like these ("in Mayadeen", "town of Talbeesah", "Tabaqa city").
_PLACE_PREV = lexicons.term_set(_LEXICON, "place_prepositions")
_PLACE_OF = lexicons.term_set(_LEXICON, "place_nouns")
_PLACE_NEXT = _PLACE_OF | lexicons.term_set(_LEXICON, "place_nouns_after")
# Words after "Hamas" that make it "Hama's" (a name in data: not_places).
_POSSESSIVE_NEXT = _ADMIN_SUFFIX | lexicons.term_set(_LEXICON, "possessive_next")
_NEXT_WORD = re.compile(r"[ -]([a-z]+)")
_MASK = re.compile(
    r"Islamic State (?:of|in) (?:Iraq and (?:the )?(?:Levant|al-Sham|ash-Sham|Sham|Syria)"
    r"|Iraq|the Levant)|Wrath of (?:the )?Euphrates|Euphrates Wrath"
)


def _alternation(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


_CAP = r"'?[A-Z0-9\u0600-\u06FF][\w'.]*"
# _CAP as the first word of a stretch, written to begin with a character class (an apostrophe
# only when a capital follows it) so that the regex engine skips ahead to the next candidate
# character instead of trying every position: the same matches, about 30% faster.
_FIRST_CAP = r"['A-Z0-9\u0600-\u06FF](?:(?<=')[A-Z0-9\u0600-\u06FF]|(?<!'))[\w'.]*"
# Lower-case second words of Deir ez-Zor spellings ("Deir ezzor") also continue a stretch.
_TAIL = _alternation(
    GENERIC
    | _MEDIA_NEXT
    | _PLACE_NEXT
    | _ADMIN_SUFFIX
    | lexicons.term_set(_LEXICON, "deir_ez_zor_tails")
)
# A stretch that may hold place names: capitalised words (or Arabic script), a particle
# between two of them ("Bustan al-Qasr") and generic words after ("Euphrates river valley").
_CHUNK = re.compile(
    rf"{_FIRST_CAP}(?:[ -]{{1,3}}(?:(?:{_alternation(PARTICLES)})[ -]{{1,3}})?{_CAP})*"
    rf"(?:[ -]{{1,3}}(?:{_TAIL})\b){{0,2}}"
)


# Hits of a stretch, relative to its start, by the stretch's text and the next character
# (preceded by the two words before it for stretches in _NEEDS_PREV, whose reading depends
# on them); stretches whose reading looked further around are not kept.
_MEMO: dict[str, tuple[Hit, ...]] = {}
_NEEDS_PREV: set[str] = set()
_STARTS: dict[str, bool] = {}  # memo of Gazetteer.can_start
_MEMO_OF: list[Gazetteer] = []  # the gazetteer the memos were filled from
# Two-letter endings (or a separator and one letter) of the words in _LOWER_START.
_LOWER_TAILS = frozenset(w[-2:] for w in _LOWER_START if len(w) > 1) | frozenset(
    sep + w for w in _LOWER_START if len(w) == 1 for sep in ("", " ", "-", "\n")
)


def _gazetteer() -> Gazetteer:
    """The gazetteer; the memos are emptied when it was reloaded (a local gazetteer came, went)."""
    g = load()
    if not _MEMO_OF or _MEMO_OF[0] is not g:
        _MEMO.clear()
        _NEEDS_PREV.clear()
        _STARTS.clear()
        _MEMO_OF[:] = [g]
    return g


def _scan(text: str) -> list[Hit]:
    """Find the place names in ``text``, stretch by stretch of capitalised words."""
    g = _gazetteer()
    t = place_form(text)
    lt = lower_same_length(t)
    masks = [m.span() for m in _MASK.finditer(t)]
    hits: list[Hit] = []
    for cm in _CHUNK.finditer(t):
        cs, ce = cm.span()
        if cs and t[cs - 1].isalnum():  # starts inside a word ("iPhone")
            continue
        for _ in range(2):  # "eastern Ghouta", "al-Bab", "rural Damascus"
            if cs < 2 or t[cs - 1] not in " -" or lt[max(0, cs - 3) : cs - 1] not in _LOWER_TAILS:
                break
            lo = max(0, cs - 12)
            w0 = max(
                lt.rfind(" ", lo, cs - 1), lt.rfind("-", lo, cs - 1), lt.rfind("\n", lo, cs - 1)
            )
            if lt[w0 + 1 : cs - 1] not in _LOWER_START:
                break
            cs = w0 + 1
        in_mask = bool(masks) and any(a < ce and cs < b for a, b in masks)
        key = text[cs : ce + 1]
        prefixed = key in _NEEDS_PREV
        if prefixed:
            key = f"{prev_words(lt, cs)}\0{key}"
        found = None if in_mask else _MEMO.get(key)
        if found is None:
            tk = split_stretch(g, text, t, lt, cs, ce, masks)
            found = _scan_stretch(g, tk)
            if not in_mask and not tk.outside:
                if len(_MEMO) > 200_000:
                    _MEMO.clear()
                    _NEEDS_PREV.clear()
                if tk.prev is not None and not prefixed:
                    _NEEDS_PREV.add(key)
                    key = f"{tk.prev}\0{key}"
                _MEMO[key] = found
        if found:
            hits.extend([Hit(cs + h.start, cs + h.end, *h[2:]) for h in found])
    return hits


def _fold_context(tk: Tokens, i: int, j: int) -> bool:
    """Whether the words around tokens i..j make a one-word fold match credible."""
    if j < len(tk.keys) and tk.run[j - 1] > 1 and tk.keys[j] in _PLACE_NEXT:
        return True
    if tk.prev is None:
        tk.prev = prev_words(tk.lt, tk.cs)
    before = (tk.prev + tk.lt[tk.cs : tk.spans[i][0]]).split()[-2:]
    if before and before[-1] in _PLACE_PREV:
        return True
    return len(before) == 2 and before[1] == "of" and before[0] in _PLACE_OF


def _scan_stretch(g: Gazetteer, tk: Tokens) -> tuple[Hit, ...]:
    """The place names in one stretch, with offsets relative to its start."""
    text, keys, spans, run = tk.text, tk.keys, tk.spans, tk.run
    n = len(keys)
    hits: list[Hit] = []
    i = 0
    while i < n:
        k = keys[i]
        ok = _STARTS.get(k)
        if ok is None:
            ok = _STARTS[k] = g.can_start(k)
        skip = not ok or (text[spans[i][0]].islower() and k not in _LOWER_START)
        if skip and tk.t[spans[i][0] : spans[i][1]].replace(".", "") not in g.caps:
            i += 1
            continue
        found = _match_at(g, tk, i)
        if found is None:
            i += 1
            continue
        j, cands, n_exact, end = found
        if not cands:  # a name that is not a place here ("Al Jazeera")
            i = j
            continue
        province = (
            j < n
            and run[j - 1] > 1
            and keys[j] in _ADMIN_SUFFIX
            and any(g.place(c).feature != "country" for c in cands)
        )
        if province:  # a plural is two names' ("Hama and Idlib provinces"): not in the span
            end = spans[j][1] if keys[j][-1] != "s" else end
            j += 1
        elif j == i + 1 and _person_like(g, tk, i, cands, n_exact):
            i = j
            continue
        found_places = tuple(g.place(c) for c in cands)
        owners = {(p.country, p.admin1, p.feature) for p in found_places}
        owner = next(iter(owners)) if len(owners) == 1 else None
        hits.append(Hit(spans[i][0] - tk.cs, end - tk.cs, found_places, n_exact, province, owner))
        i = j
    return tuple(hits)


_TITLES = lexicons.term_set(_LEXICON, "person_titles")
# Words before a name that are no first name: "In Liverpool", "Robinson College Cambridge".
_OPENERS = lexicons.term_set(_LEXICON, "name_openers") | lexicons.term_set(_LEXICON, "site_nouns")
_WORD = re.compile(r"[A-Za-z]+")
_UNITS = frozenset({"country", "admin1"})
_CITY = 500_000  # a city this big is no surname after a capitalised word


def _surname_next(tk: Tokens, i: int) -> bool:
    """Whether the next token is a capitalised word that is not part of a place's name."""
    s, e = tk.spans[i + 1]
    word = tk.text[s:e]
    return word[:1].isupper() and word[1:].islower() and tk.keys[i + 1] not in LOWER_OK


def _person_like(g: Gazetteer, tk: Tokens, i: int, cands: list[int], n_exact: int) -> bool:
    """Whether a one-word name outside Syria reads as part of a person's name here.

    "Mr Evans", "Rachel Nelson": a title or a capitalised word before it, unless
    that word opens no name ("In Liverpool", "A Paranaque court"), the whole line is
    in title case (a headline) or the word is the own name of a city of :data:`_CITY`
    people ("Baseball Toronto"); "Coach Horan": a title before any
    name but a country's or a province's; "Donna Smith": a name matched only by its
    transliteration fold, before a capitalised word.
    """
    text, spans, keys = tk.text, tk.spans, tk.keys
    features = {g.place(c).feature for c in cands}
    if i and tk.run[i - 1] > 1 and keys[i - 1] in _TITLES and not features & _UNITS:
        return True  # "Coach Horan": not Hauran
    if not n_exact and tk.run[i] > 1 and _surname_next(tk, i):
        return True  # "Donna Smith": a fold match before a capitalised word
    for k, c in enumerate(cands):
        p = g.place(c)
        if p.feature in ("country", "admin1", "region") or (p.country == SYRIA and k < n_exact):
            return False
        if p.pop >= _CITY and place_key(p.name) == tk.keys[i]:  # "Baseball Toronto"
            return False
    prev_cap = i and tk.run[i - 1] > 1 and text[spans[i - 1][0]].isupper()
    if not prev_cap or keys[i - 1] in LOWER_OK or keys[i - 1] in _OPENERS:
        return False
    tk.outside = True
    around = _WORD.findall(text, max(0, spans[i][0] - 60), spans[i][1] + 60)
    return sum(w[0].isupper() for w in around) < 0.6 * len(around)


def _match_at(g: Gazetteer, tk: Tokens, i: int) -> Match | None:
    """The longest place name starting at token ``i``: (end token, candidates, exact, end).

    An acronym is looked up as a code; any other word as the first of the
    longest name by exact and folded keys (:func:`_longest_name`); failing that,
    a major Syrian place less a lost apostrophe ("Aleppos").
    """
    s, e0 = tk.spans[i]
    k0 = tk.keys[i]
    lower = tk.text[s].islower()
    hyphen = e0 < len(tk.t) and tk.t[e0] == "-"
    if cannot_start(g, k0, lower, hyphen):
        return None
    raw = tk.t[s:e0]
    nxt = tk.spans[i + 1] if tk.run[i] > 1 and not hyphen else (0, 0)
    caps_line = tk.t[nxt[0] : nxt[1]].isupper()  # "HOMS CITY", not codes ("UK-EU")
    if raw.isupper() and len(raw) <= 5 and not caps_line:  # acronyms: "US", "SANA", "HOMS"
        if raw in _ERAS and _after_number(tk, s):
            return None  # "500 BC", not British Columbia
        return acronym(g, raw, k0, i, e0)
    found = _longest_name(g, tk, i, raw, lower, hyphen)
    if found is not None:
        return found
    lost = lost_apostrophe(g, raw, k0, lower)
    return (i + 1, lost, len(lost), e0) if lost else None


def _after_number(tk: Tokens, s: int) -> bool:
    """Whether the token at ``s`` follows a number ("500 BC")."""
    tk.outside = True
    return s > 1 and tk.t[s - 1] == " " and tk.t[s - 2].isdigit()


def _longest_name(
    g: Gazetteer, tk: Tokens, i: int, raw: str, lower: bool, hyphen: bool
) -> Match | None:
    """The longest name from token ``i`` whose exact or folded key names places here."""
    keys, spans = tk.keys, tk.spans
    maxl = min(tk.run[i], 6)
    folds = fold_keys(g, keys, i, maxl) if raw.isascii() else {}
    exact_max = g.first.get(keys[i], 1)
    for size in range(maxl, 0, -1):
        j = i + size
        if size > exact_max and size not in folds:
            continue
        key = " ".join(keys[i:j])
        if _not_a_place(g, tk, key, size, j):
            return j, [], 0, spans[j - 1][1]
        cands = list(g.exact.get(key, ())) if size <= exact_max else []
        n_exact = len(cands)
        fk = folds.get(size)
        if fk and fk not in g.not_folded:
            folded = _fold_candidates(g, tk, i, j, fk, n_exact > 0 or (hyphen and size > 1))
            if folded:
                cands += [c for c in folded if c not in cands]
        if cands and case_ok(tk, i, j):
            if size == 1 and not n_exact and (lost := lost_apostrophe(g, raw, keys[i], lower)):
                return i + 1, lost, len(lost), spans[i][1]  # "Hamas countryside": Hama's
            return j, cands, n_exact, spans[j - 1][1]
    return None


def _not_a_place(g: Gazetteer, tk: Tokens, key: str, size: int, j: int) -> bool:
    """Whether the name is not a place here ("Hamas", "Al Jazeera", a medium before "TV")."""
    if key in g.not_places and not (size == 1 and _possessive_next(tk, j)):
        return True
    return key in g.media and tk.run[j - 1] > 1 and tk.keys[j] in g.media_next


def _fold_candidates(
    g: Gazetteer, tk: Tokens, i: int, j: int, fk: str, backed: bool
) -> list[int] | None:
    """The places of the folded key ``fk`` of tokens ``i..j``.

    A one-word fold counts only for Syrian places, in a word of four letters or
    more without an English ending, and when ``backed`` (an exact match too, or a
    hyphenated name) or in a place-like context ("in Mayadeen").
    """
    folded = g.fold.get(fk)
    if not folded or " " in fk:
        return folded
    syrian = [c for c in folded if g.place(c).country == SYRIA]
    ok = syrian and len(fk) >= 4 and not tk.keys[j - 1].endswith(_NOT_FOLD_ENDINGS)
    ok = ok and (backed or _fold_context(tk, i, j))
    return syrian if ok else None


def _possessive_next(tk: Tokens, j: int) -> bool:
    """Whether the word after token ``j - 1`` makes it a possessive ("Hamas countryside")."""
    tk.outside = True
    m = _NEXT_WORD.match(tk.lt, tk.spans[j - 1][1])
    return m is not None and m.group(1) in _POSSESSIVE_NEXT


def find_places(text: str) -> list[PlaceMention]:
    """Find and resolve the place names in ``text``.

    Mentions are sorted and do not overlap, the longest name winning; a name before "province",
    "governorate" or "countryside" is its first-level unit, and its span takes in that word.
    """
    found = resolve(text, drop_people(text, dateline_hits(text, _scan(text))))
    return add_sites(text, add_minor(text, found))
