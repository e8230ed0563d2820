"""Place mentions: find place names in the text and resolve them to coordinates.

Names come from ``data/gazetteer.tsv.gz`` (GeoNames, built by
``scripts/build_gazetteer.py``) and the curated ``data/places_extra.json``.
Text is matched token by token against normalised name keys (lower case, no
diacritics, hyphens as spaces); names of Syria and its Arabic-speaking
neighbours are also matched through a transliteration fold, so "Deir
al-Zour", "Dayr az Zawr" and "Deir Ezzor" meet. Homonyms are resolved by
preferring Syria, then its neighbours, then population, and by the other
places named in the same text.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from warcheck.model import PlaceMention

_DATA = Path(__file__).resolve().parent / "data"
GAZETTEER_PATH = _DATA / "gazetteer.tsv.gz"
EXTRA_PATH = _DATA / "places_extra.json"

SYRIA = "SY"
NEIGHBOURS = frozenset({"IQ", "TR", "LB", "JO", "IL", "PS"})
# Countries whose names are Arabic transliterations: matched through the fold too.
FOLD_COUNTRIES = frozenset({"SY", "IQ", "LB", "JO", "PS"})
GOVERNORATES = (
    "Aleppo", "Damascus", "Rif Dimashq", "Idlib", "Deir ez-Zor", "Raqqa", "Homs", "Hasakah",
    "Hama", "Daraa", "Latakia", "Quneitra", "Tartus", "As-Suwayda",
)  # fmt: skip
PRECISION_OF_FEATURE = {
    "country": "country", "admin1": "governorate", "district": "district",
    "populated_place": "town", "neighbourhood": "neighbourhood", "site": "exact",
    "river": "region", "region": "region",
}  # fmt: skip


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that may be lower case inside a place name: particles and generic terms.
PARTICLES = _words(
    "al el ad ar as az ash at an ath adh ed er es ez esh et en il ul l the of de del la le les "
    "di da du des der den van von bin ibn bint wa and"
)
ARTICLES = _words("al el ad ar as az ash at an ath adh ed er es ez esh et en il ul l")
GENERIC = _words(
    "river valley lake dam camp countryside province governorate district region city town "
    "village neighbourhood neighborhood quarter area airbase airport air base military crossing "
    "border bridge mountains mountain heights plain desert strip bank island sea gulf square "
    "street road highway hospital prison suburbs suburb rural eastern western northern southern "
    "east west north south central upper lower old refugee gas oil field fields oilfield plant "
    "refinery station farm farms hill hills"
)
LOWER_OK = PARTICLES | GENERIC
_ADMIN_SUFFIX = frozenset({"province", "governorate", "provinces", "countryside", "gov"})
# Words after a name that make it a medium (data: media_names.followed_by); kept in a stretch.
_MEDIA_NEXT = _words(
    "tv channel television newspaper daily network website news correspondent reporter"
)
_NOT_FOLD_ENDINGS = (
    "ian", "ians", "ese", "ish", "ist", "ists", "ism", "ic", "ics", "ed", "ing", "ly", "ity",
    "tion", "ment", "ness", "ite", "ites", "i", "is",
)  # fmt: skip


# --------------------------------------------------------------------------- names


def _char_table() -> dict[int, str]:
    """Map each Latin letter with diacritics to its base letter, one char to one char."""
    special = dict(zip("ßøØđĐłŁıæÆœŒþðħĦİ", "soOdDlLiaAoOtdhHI", strict=True))
    table: dict[int, str] = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = special.get(ch) or unicodedata.normalize("NFKD", ch)[:1]
        if base.isascii() and base.isalpha() and base != ch:
            table[cp] = base
    for ch in "’‘ʼʻʿʾ`´′ʹ":
        table[ord(ch)] = "'"
    for ch in "‐‑‒–—":
        table[ord(ch)] = "-"
    for cp in range(0x300, 0x370):  # combining marks: glued into the token, dropped from keys
        table[cp] = "'"
    table[0xA0] = " "
    return table


_TABLE = _char_table()
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:'[^\W_]+)*")
_SUFFIX = re.compile(r"(?<=[^aeiou])(?:iyyah|iyyeh|iyya|iyye|iyah|iyeh|iya|iye|ieh|iah|ia)$")
_ASSIMILATED = re.compile(r"^[ae]([tdrzsnl])\1(\w{2,})$")
_VOWELS = frozenset("aeiou")


def name_tokens(name: str) -> list[str]:
    """Split a name into normalised tokens (lower case, no diacritics or apostrophes)."""
    return [
        t.lower().replace("'", "").replace(".", "") for t in _TOKEN.findall(name.translate(_TABLE))
    ]


def name_key(name: str) -> str:
    """Return the normalised matching key of a name ("Ra’s al-‘Ayn" -> "ras al ayn")."""
    return " ".join(name_tokens(name))


_GLIDE = re.compile(r"(?<=.)[wy](?![aeiou])")  # w/y before a consonant are vowels: "Dayr"
_VOWELS_TO_A = str.maketrans("eiou", "aaaa")
_DOUBLE = re.compile(r"(.)\1+")
_DIGRAPHS = (
    ("ck", "k"),
    ("q", "k"),
    ("ph", "f"),
    ("dj", "j"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
)


@functools.lru_cache(maxsize=65536)
def _fold_token(tok: str) -> str:
    t = _SUFFIX.sub("iya", tok) if len(tok) >= 5 and tok[-1] in "aeh" else tok
    for a, b in _DIGRAPHS:
        if a in t:
            t = t.replace(a, b)
    final_h = len(t) > 3 and t[-1] == "h" and t[-2] in _VOWELS  # "Raqqah", "Hasakeh"
    mute_e = len(t) > 4 and t[-1] == "e" and t[-2] not in _VOWELS  # French "Mayadine"
    if final_h or mute_e:
        t = t[:-1]
    return _DOUBLE.sub(r"\1", _GLIDE.sub("a", t).translate(_VOWELS_TO_A))


def fold_key(key: str) -> str:
    """Fold a normalised key over Arabic transliteration variants.

    Articles (al-, el-, ad-, ez-, assimilated "Ezzor") are dropped before the
    last word, "-iyeh/-iyah/-ieh" endings unified, vowels merged and doubled
    letters collapsed: "deir ez zor", "dayr az zawr", "deir al zour" and
    "deir ezzor" all fold to "dar zar".
    """
    toks = key.split()
    out: list[str] = []
    for i, tok in enumerate(toks):
        if i < len(toks) - 1 and tok in ARTICLES:
            continue
        m = _ASSIMILATED.match(tok) if i > 0 else None
        if m:
            tok = m.group(1) + m.group(2)
        out.append(_fold_token(tok))
    return " ".join(out)


# --------------------------------------------------------------------------- gazetteer


class _Place(NamedTuple):
    pid: str
    name: str
    feature: str
    lat: float | None
    lon: float | None
    country: str
    admin1: str | None
    pop: int
    precision: str
    capital: str  # for admin1 rows: place id of the capital
    curated: bool


class _Gazetteer:
    """The name index; place records are parsed from their line when first needed."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parsed: dict[int, _Place] = {}
        self.exact: dict[str, list[int]] = {}
        self.fold: dict[str, list[int]] = {}
        self.caps: dict[str, list[int]] = {}
        self.first: dict[str, int] = {}  # first word of a multi-word key -> most words
        self.ffirst: dict[str, int] = {}  # the same for folded keys
        self.admin1_of_capital: dict[str, int] = {}
        self.not_places: frozenset[str] = frozenset()  # keys of names that are not places
        self.not_folded: frozenset[str] = frozenset()
        self.media: frozenset[str] = frozenset()  # place names that are also media
        self.media_next: frozenset[str] = frozenset()
        self.starts: dict[str, bool] = {}  # memo of can_start
        self.dead_chunks: set[str] = set()  # text stretches in which no word starts a name
        self.chunk_tokens: dict[str, tuple] = {}  # memo of _split by stretch

    def can_start(self, key: str) -> bool:
        """Whether a name may start with the word ``key`` (exactly, folded or as "Xs")."""
        if key in _FUNCTION or key.isdigit():
            return False
        if key in self.exact or key in self.first or key in ARTICLES or key[:-1] in self.exact:
            return True
        return key.isascii() and _fold_token(key) in self.ffirst

    def place(self, idx: int) -> _Place:
        """Return the record at ``idx``."""
        p = self.parsed.get(idx)
        if p is None:
            pid, feat, name, lat, lon, cc, adm1, pop, cap, _ = self.lines[idx].split("\t")
            cap_id = f"geonames:{cap}" if cap else ""
            prec = PRECISION_OF_FEATURE[feat]
            lat_, lon_ = float(lat), float(lon)
            p = _Place(pid, name, feat, lat_, lon_, cc, adm1 or None, int(pop), prec, cap_id, False)
            self.parsed[idx] = p
        return p

    def add_keys(self, idx: int, keys: Sequence[str], do_fold: bool) -> None:
        """Index ``keys`` as names of the place at ``idx``."""
        exact, first = self.exact, self.first
        for k in keys:
            if k.isupper():
                self.caps.setdefault(k, []).append(idx)
                continue
            if k in exact:
                exact[k].append(idx)
            else:
                exact[k] = [idx]
            if " " in k:
                w, n = k[: k.index(" ")], k.count(" ") + 1
                if first.get(w, 1) < n:
                    first[w] = n
            if do_fold and k.isascii():
                fk = fold_key(k)
                lst = self.fold.setdefault(fk, [])
                if not lst or lst[-1] != idx:
                    lst.append(idx)
                w, n = fk.partition(" ")[0], fk.count(" ") + 1
                if self.ffirst.get(w, 0) < n:
                    self.ffirst[w] = n


# Fields of a curated entry -> fields of the place record.
_EXTRA_FIELDS = {
    "name": "name", "feature": "feature", "lat": "lat", "lon": "lon", "country": "country",
    "admin1": "admin1", "precision": "precision", "population": "pop",
}  # fmt: skip


def _num(v: object) -> float | None:
    return None if v in (None, "") else float(v)  # type: ignore[arg-type]


@functools.cache
def _gazetteer() -> _Gazetteer:
    """Load the gazetteer and the curated places once."""
    g = _Gazetteer()
    with open(EXTRA_PATH, encoding="utf-8") as f:
        data_extra = json.load(f)
    extra = {e["id"]: e for e in data_extra["places"]}
    g.not_places = frozenset(name_key(n) for n in data_extra["not_places"]["names"])
    g.not_folded = frozenset(fold_key(k) for k in g.not_places)
    g.media = frozenset(name_key(n) for n in data_extra["media_names"]["names"])
    g.media_next = frozenset(data_extra["media_names"]["followed_by"])
    data = gzip.decompress(GAZETTEER_PATH.read_bytes()).decode("utf-8")
    lines = [ln for ln in data.split("\n") if ln and ln[0] != "#"]
    g.lines = lines
    by_id: dict[str, int] = {}
    for idx, line in enumerate(lines):
        pid, _, rest = line.partition("\t")
        by_id[pid] = idx
        if pid in extra:
            continue
        keys_col = rest[rest.rindex("\t") + 1 :]
        if keys_col:
            cc = rest.split("\t", 5)[4]
            g.add_keys(idx, keys_col.split("|"), cc in FOLD_COUNTRIES)
    for pid, e in extra.items():
        idx = by_id.get(pid, -1)
        old_keys: list[str] = []
        if idx >= 0:
            base = g.place(idx)._asdict()
            keys_col = lines[idx][lines[idx].rindex("\t") + 1 :]
            old_keys = keys_col.split("|") if keys_col else []
        else:
            base = {"pop": 0, "capital": "", "admin1": None}
            idx = len(g.lines)
            g.lines.append("")
        for src, field in _EXTRA_FIELDS.items():
            if src in e:
                base[field] = e[src]
        base.update(pid=pid, curated=True, lat=_num(base.get("lat")), lon=_num(base.get("lon")))
        g.parsed[idx] = _Place(**base)
        names = {name_key(n) for n in [e.get("name", ""), *e.get("names", [])]} | set(old_keys)
        names -= {name_key(n) for n in e.get("not_names", [])} | {""}
        g.add_keys(idx, sorted(names), True)
    for idx, line in enumerate(lines):
        if "\tadmin1\t" in line[:40]:
            p = g.place(idx)
            if p.capital in by_id:
                g.admin1_of_capital[p.capital] = idx
    return g


# --------------------------------------------------------------------------- matching


class _Hit(NamedTuple):
    start: int
    end: int
    cands: list[int]
    exact: int  # the first ``exact`` candidates matched by name, the rest by fold
    province: bool


# Words that never start a place name, and English words that look like Arabic articles.
_FUNCTION = _words(
    "the in on to of and for by with from a is it this that he she they we but or if so no not all "
    "his her its their our my your who which what when where while after before since during "
    "under over between into than then there here mr ms mrs dr"
)
_LOWER_START = ARTICLES | _words(
    "eastern western northern southern east west north south central upper lower rural occupied "
    "greater"
)
_ENGLISH_ARTICLES = _words("as at an ad en et es il l")
# A single word spelled differently from every gazetteer name is read as a place only
# next to words like these ("in Mayadeen", "town of Talbeesah", "Tabaqa city").
_PLACE_PREV = _words("in near outside around from into across towards toward")
_PLACE_OF = _words(
    "town village city area neighbourhood neighborhood district outskirts countryside suburbs "
    "suburb province axis frontline"
)
_PLACE_NEXT = _PLACE_OF | _words("governorate camp airbase airport")
_MASK = re.compile(
    r"Islamic State (?:of|in) (?:Iraq and (?:the )?(?:Levant|al-Sham|ash-Sham|Sham|Syria)"
    r"|Iraq|the Levant)|Wrath of (?:the )?Euphrates|Euphrates Wrath"
)


def _alternation(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


_CAP = r"'?[A-Z0-9\u0600-\u06FF][\w'.]*"
# Lower-case second words of Deir ez-Zor spellings ("Deir ezzor") also continue a stretch.
_TAIL = _alternation(
    GENERIC | _MEDIA_NEXT | _PLACE_NEXT | _ADMIN_SUFFIX | _words("ezzor ezzour ezor ezour zor zour")
)
# A stretch that may hold place names: capitalised words (or Arabic script), a particle
# between two of them ("Bustan al-Qasr") and generic words after ("Euphrates river valley").
_CHUNK = re.compile(
    rf"{_CAP}(?:[ -]{{1,3}}(?:(?:{_alternation(PARTICLES)})[ -]{{1,3}})?{_CAP})*"
    rf"(?:[ -]{{1,3}}(?:{_TAIL})\b){{0,2}}"
)
_JOIN = frozenset({" ", "-", "  ", " - ", "- ", " -"})


class _Tokens(NamedTuple):
    text: str  # the original text (for case)
    t: str  # translated: one base letter per character
    lt: str  # translated, lower case
    spans: list[tuple[int, int]]
    keys: list[str]
    run: list[int]  # how many tokens from i on are joined by spaces or hyphens


def _tokenize(text: str, g: _Gazetteer) -> _Tokens:
    t = text.translate(_TABLE)
    lt = t.lower()
    if len(lt) != len(t):  # a rare character whose lower case is longer
        lt = "".join(c.lower()[:1] or c for c in t)
    masks = [m.span() for m in _MASK.finditer(t)]
    spans: list[tuple[int, int]] = []
    keys: list[str] = []
    run: list[int] = []
    dead, cache = g.dead_chunks, g.chunk_tokens
    for cm in _CHUNK.finditer(t):
        cs, ce = cm.span()
        if cs and t[cs - 1].isalnum():  # starts inside a word ("iPhone")
            continue
        chunk = lt[cs:ce]
        if chunk in dead and t[cs - 1 : cs] != "-" and lt[cs - 4 : cs] not in (" al ", " el "):
            continue  # seen before: no word in it can start a name
        for _ in range(2):  # "eastern Ghouta", "al-Bab", "rural Damascus"
            if cs < 2 or t[cs - 1] not in " -":
                break
            lo = max(0, cs - 12)
            w0 = max(
                lt.rfind(" ", lo, cs - 1), lt.rfind("-", lo, cs - 1), lt.rfind("\n", lo, cs - 1)
            )
            if lt[w0 + 1 : cs - 1] not in _LOWER_START:
                break
            cs = w0 + 1
        piece = t[cs:ce]
        in_mask = bool(masks) and any(a < ce and cs < b for a, b in masks)
        got = None if in_mask else cache.get(piece)
        if got is None:
            got = _split(g, t, lt, cs, ce, masks)
            if not in_mask:
                if len(cache) > 100_000:
                    cache.clear()
                cache[piece] = got
        rel, ks, rs, startable = got
        spans.extend([(cs + a, cs + b) for a, b in rel])
        keys.extend(ks)
        run.extend(rs)
        if cs == cm.start() and not in_mask and not startable:
            if len(dead) > 200_000:
                dead.clear()
            dead.add(chunk)
    return _Tokens(text, t, lt, spans, keys, run)


_Split = tuple[list[tuple[int, int]], list[str], list[int], bool]


def _split(
    g: _Gazetteer, t: str, lt: str, cs: int, ce: int, masks: list[tuple[int, int]]
) -> _Split:
    """Tokens of one stretch: spans relative to ``cs``, keys, runs, and whether any may start."""
    rel: list[tuple[int, int]] = []
    keys: list[str] = []
    for m in _TOKEN.finditer(t, cs, ce):
        s, e = m.span()
        if masks and any(a <= s < b for a, b in masks):
            continue
        k = lt[s:e]
        if "'" in k:
            if k[-2:] == "'s" and len(k) > 4:  # possessive: "Syria's"
                k, e = k[:-2], e - 2
            k = k.replace("'", "")
        rel.append((s - cs, e - cs))
        keys.append(k.replace(".", "") if "." in k else k)
    run = [1] * len(rel)
    for i in range(len(rel) - 2, -1, -1):
        if t[cs + rel[i][1] : cs + rel[i + 1][0]].strip("'") in _JOIN:  # "al-'Ayn"
            run[i] = run[i + 1] + 1
    pairs = zip(rel, keys, strict=True)
    startable = any(_may_start(g, t, (cs + a, cs + b), k) for (a, b), k in pairs)
    return rel, keys, run, startable


def _may_start(g: _Gazetteer, t: str, span: tuple[int, int], key: str) -> bool:
    ok = g.starts.get(key)
    if ok is None:
        ok = g.starts[key] = g.can_start(key)
    return ok or t[span[0] : span[1]].isupper()


def _case_ok(tk: _Tokens, i: int, j: int) -> bool:
    """The first word of a name that is not a particle or generic term must be capitalised."""
    for x in range(i, j):
        if tk.keys[x] not in LOWER_OK:
            return not tk.text[tk.spans[x][0]].islower()
    return any(not tk.text[tk.spans[x][0]].islower() for x in range(i, j))


def _fold_context(tk: _Tokens, i: int, j: int) -> bool:
    """Whether the words around tokens i..j make a one-word fold match credible."""
    if j < len(tk.keys) and tk.run[j - 1] > 1 and tk.keys[j] in _PLACE_NEXT:
        return True
    before = tk.lt[max(0, tk.spans[i][0] - 40) : tk.spans[i][0]].split()[-2:]
    if before and before[-1] in _PLACE_PREV:
        return True
    return len(before) == 2 and before[1] == "of" and before[0] in _PLACE_OF


def _scan(text: str) -> list[_Hit]:
    g = _gazetteer()
    tk = _tokenize(text, g)
    keys, spans, run = tk.keys, tk.spans, tk.run
    n = len(keys)
    hits: list[_Hit] = []
    starts = g.starts
    i = 0
    while i < n:
        k = keys[i]
        ok = starts.get(k)
        if ok is None:
            ok = starts[k] = g.can_start(k)
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
        if province:
            end = spans[j][1]
            j += 1
        elif j == i + 1 and _person_like(g, tk, i, cands, n_exact):
            i = j
            continue
        hits.append(_Hit(spans[i][0], end, cands, n_exact, province))
        i = j
    return hits


_TITLES = _words(
    "mr mrs ms dr president officer sen senator rep gov governor judge gen general col colonel "
    "capt captain sgt sergeant prof professor rev sheikh imam minister king queen prince "
    "princess lord sir lady coach pope spokesman spokeswoman"
)
_WORD = re.compile(r"[A-Za-z]+")


def _person_like(g: _Gazetteer, tk: _Tokens, i: int, cands: list[int], n_exact: int) -> bool:
    """Whether a one-word name outside Syria reads as part of a person's name here.

    "Mr Evans", "Rachel Nelson": a title or a capitalised word before it, unless
    the whole line is in title case (a headline).
    """
    for k, c in enumerate(cands):
        p = g.place(c)
        if p.feature in ("country", "admin1", "region") or (p.country == SYRIA and k < n_exact):
            return False
    text, spans, keys = tk.text, tk.spans, tk.keys
    if i and tk.run[i - 1] > 1 and keys[i - 1] in _TITLES:
        return True
    prev_cap = i and tk.run[i - 1] > 1 and text[spans[i - 1][0]].isupper()
    if not prev_cap or keys[i - 1] in LOWER_OK:
        return False
    around = _WORD.findall(text, max(0, spans[i][0] - 60), spans[i][1] + 60)
    return sum(w[0].isupper() for w in around) < 0.6 * len(around)


def _match_at(g: _Gazetteer, tk: _Tokens, i: int) -> tuple[int, list[int], int, int] | None:
    """The longest place name starting at token ``i``: (end token, candidates, exact, end)."""
    keys, spans, t = tk.keys, tk.spans, tk.t
    k0 = keys[i]
    s, e0 = spans[i]
    lower = tk.text[s].islower()
    if lower and k0 not in g.first:
        return None
    hyphen = e0 < len(t) and t[e0] == "-"
    if (
        k0 in ARTICLES
        and not hyphen
        and (lower or k0 in _ENGLISH_ARTICLES)
        and k0 not in ("al", "el")
    ):
        return None
    raw = t[s:e0]
    ascii_ = raw.isascii()
    caps_line = tk.run[i] > 1 and t[spans[i + 1][0] : spans[i + 1][1]].isupper()
    if raw.isupper() and len(raw) <= 5 and not caps_line:  # acronyms: "US", "SANA", "HOMS"
        code = raw.replace(".", "")
        if code in g.caps:
            return i + 1, g.caps[code], len(g.caps[code]), e0
        cands = [c for c in g.exact.get(k0, ()) if g.place(c).country == SYRIA]
        return (i + 1, cands, len(cands), e0) if cands else None
    maxl = min(tk.run[i], 6)
    # Folded keys by length, built word by word (articles before the last word dropped).
    folds: dict[int, str] = {}
    if ascii_:
        ftoks: list[str] = []
        for size in range(1, maxl + 1):
            k = keys[i + size - 1]
            if k in ARTICLES and size < maxl:
                continue
            m = _ASSIMILATED.match(k) if size > 1 else None
            ftoks.append(_fold_token(m.group(1) + m.group(2) if m else k))
            if len(ftoks) > g.ffirst.get(ftoks[0], 0):
                break
            folds[size] = " ".join(ftoks)
    exact_max = g.first.get(k0, 1)
    for size in range(maxl, 0, -1):
        j = i + size
        if size > exact_max and size not in folds:
            continue
        key = " ".join(keys[i:j])
        if key in g.not_places or (
            key in g.media and tk.run[j - 1] > 1 and keys[j] in g.media_next
        ):
            return j, [], 0, spans[j - 1][1]
        cands = list(g.exact.get(key, ())) if size <= exact_max else []
        n_exact = len(cands)
        fk = folds.get(size)
        if fk and fk not in g.not_folded:
            folded = g.fold.get(fk)
            if folded and " " not in fk:  # one word: Syrian places, in a place-like context
                ok = len(fk) >= 4 and not keys[j - 1].endswith(_NOT_FOLD_ENDINGS)
                ok = ok and (n_exact > 0 or (hyphen and size > 1) or _fold_context(tk, i, j))
                folded = [c for c in folded if g.place(c).country == SYRIA] if ok else None
            if folded:
                cands += [c for c in folded if c not in cands]
        if cands and _case_ok(tk, i, j):
            return j, cands, n_exact, spans[j - 1][1]
    if raw[-1:] == "s" and not lower and len(raw) > 4:  # "Aleppos", "Syrias": apostrophe lost
        cands = [
            c
            for c in g.exact.get(k0[:-1], ())
            if g.place(c).country == SYRIA
            and (g.place(c).pop >= 50000 or g.place(c).feature in ("country", "admin1"))
        ]
        if cands:
            return i + 1, cands, len(cands), e0
    return None


# --------------------------------------------------------------------------- resolution


# Population assumed when GeoNames gives none (a Syrian governorate counts less than its
# capital, so "Hama" is the city).
_DEFAULT_POP = {"populated_place": 1000, "admin1": 5000}


def _score(p: _Place, exact: bool, ctx: _Context, province: bool) -> float:
    """Rank a candidate: Syria, then neighbours, then population; context and exactness help.

    The population term counts unknown populations of towns as 1000. Context is
    weighted by how specific it is: a named country adds little (the United
    States is named in most articles), another place resolved in the same
    country more, in the same first-level unit most.
    """
    s = {"country": 100.0, "region": 40.0, "admin1": 0.0}.get(p.feature, 1.0)
    if p.country == SYRIA:
        s += 8
    elif p.country in NEIGHBOURS:
        s += 4
    if p.country != SYRIA:
        s += 3 * (p.country in ctx.place_countries) + (p.country in ctx.countries)
    if p.admin1 and (p.country, p.admin1) in ctx.admin1s:
        s += 4
    if province and p.feature == "admin1":
        s += 20
    pop = p.pop or _DEFAULT_POP.get(p.feature, 0)
    if p.feature == "admin1" and p.country != SYRIA:  # a province outweighs a small town
        pop = 300_000
    return s + 3 * exact + 1.5 * math.log10(pop + 1) + 0.5 * p.curated


class _Context(NamedTuple):
    countries: set[str]  # countries named
    place_countries: set[str]  # countries of other places named
    admin1s: set[tuple[str, str | None]]


def _mention(text: str, h: _Hit, p: _Place) -> PlaceMention:
    return PlaceMention(
        h.start, h.end, text[h.start : h.end], place_id=p.pid, name=p.name, feature=p.feature,
        lat=p.lat, lon=p.lon, admin1=p.admin1, country=p.country or None, precision=p.precision,
    )  # fmt: skip


def find_places(text: str) -> list[PlaceMention]:
    """Find and resolve the place names in ``text``.

    Mentions are sorted and do not overlap; at each position the longest name
    wins. A name followed by "province", "governorate" or "countryside" is
    resolved to the first-level unit and the span takes in that word.
    """
    g = _gazetteer()
    hits = _scan(text)
    ctx = _Context(set(), set(), set())
    for h in hits:
        owners = {(g.place(c).country, g.place(c).admin1, g.place(c).feature) for c in h.cands}
        if len(owners) == 1:
            cc, adm, feat = next(iter(owners))
            (ctx.countries if feat == "country" else ctx.place_countries).add(cc)
            if adm:
                ctx.admin1s.add((cc, adm))
    out: list[PlaceMention] = []
    for h in hits:
        scored = [
            (_score(g.place(c), k < h.exact, ctx, h.province), g.place(c).pid, c)
            for k, c in enumerate(h.cands)
        ]
        p = g.place(max(scored)[2])
        if h.province and p.feature != "admin1" and p.pid in g.admin1_of_capital:
            p = g.place(g.admin1_of_capital[p.pid])
        out.append(_mention(text, h, p))
    return out


def governorate(mention: PlaceMention) -> str | None:
    """Return the Syrian governorate of a mention in Syria, else ``None``."""
    if mention.country != SYRIA:
        return None
    return mention.admin1 if mention.admin1 in GOVERNORATES else None


# --------------------------------------------------------------------------- main place

# "Damascus said", "the Damascus government": the capital standing for the government.
_METONYM = re.compile(
    r"(?:'s?|’s?)?[ -]+(?:government|regime|authorities|officials?|said|says|say|has|had|is|was|"
    r"will|would|accused|accuses|denied|denies|claimed|claims|announced|insisted|insists|warned|"
    r"rejected|agreed|welcomed|blamed|responded|allies|ally|backed|based|delegation|envoy|"
    r"ambassador|regime's|leadership|and moscow|and tehran|and its allies|forces|promised?|"
    r"promises|pledged?|approval|consent|position|policy|support|ties|relations|negotiators)\b",
    re.IGNORECASE,
)
# A sentence about earlier years ("the 1982 massacre", "since 2011") is background.
_BACKGROUND = re.compile(r"\b(?:1[89]\d\d|200\d|2010)\b|\bsince (?:March )?2011\b")
_BACKGROUND_VOTE = 0.2
_CASUALTY = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|dead|deaths?|died|martyr(?:s|ed)?|massacre[sd]?|casualties|wounded|"
    r"injur(?:ed|ies|ing)|bodies|victims|toll)\b",
    re.IGNORECASE,
)
_CASUALTY_VOTE = 1.0
_FROM = re.compile(
    r"(?:\bfrom|\bresidents of|\bnatives? of)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE
)
_DATELINE = re.compile(r"\s*(?:,[^()\n]{0,30})?\s*(?:\(|[-–—]|,)")
_DATELINE_VOTE = 0.3  # a "DAMASCUS (SANA) -" dateline says where the desk is, not the event
_FROM_VOTE = 0.2  # a mention after "from" or "residents of" (an origin, not the scene)


# Tuned on even rows of FA-KES (scripts/dev_main_place.py): the first mentions decide,
# the title most; later mentions add little.
_DECAY = 200.0  # characters over which a mention's vote falls to 1/e
_TITLE_VOTE = 1.0  # added to the vote of a mention inside the title
_PRECISION_VOTE = {
    "town": 1.0,
    "neighbourhood": 1.0,
    "exact": 1.0,
    "district": 1.0,
    "governorate": 1.0,
    "region": 0.7,
}


def _weight(m: PlaceMention, text: str, title_end: int, casualty: bool) -> float:
    """How much a mention says about where the article's event happened."""
    if m.name == "Damascus" and _METONYM.match(text, m.end):
        return 0.0
    vote = math.exp(-max(0, m.start - title_end) / _DECAY)
    if m.end <= title_end:
        vote += _TITLE_VOTE
    if casualty:
        vote *= 1 + _CASUALTY_VOTE
    a = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    b = text.find(". ", m.end)
    if m.start >= title_end and _BACKGROUND.search(text, a, b if b >= 0 else len(text)):
        vote *= _BACKGROUND_VOTE
    if _FROM.search(text, max(0, m.start - 30), m.start):
        vote *= _FROM_VOTE
    if m.name == "Damascus" and m.text.isupper() and _DATELINE.match(text, m.end):
        vote *= _DATELINE_VOTE
    return vote * _PRECISION_VOTE.get(m.precision, 0.5)


def _after_casualty(found: Sequence[PlaceMention], text: str) -> set[int]:
    """Indexes of the first Syrian mention after each casualty word, within 80 characters."""
    out: set[int] = set()
    ends = [c.end() for c in _CASUALTY.finditer(text)]
    k = 0
    for end in ends:
        while k < len(found) and found[k].start < end:
            k += 1
        j = k
        while j < len(found) and not governorate(found[j]):
            j += 1
        if j < len(found) and found[j].start - end <= 80:
            out.add(j)
    return out


def main_place(
    places: Sequence[PlaceMention], text: str, title_end: int = 0
) -> PlaceMention | None:
    """Return the article's main location: where its main event happened.

    Each mention in a Syrian governorate votes for that governorate with a
    weight that falls with its distance from the start (the title counts most)
    and rises with its precision; the capital used for the government
    ("Damascus said") does not vote. The winner is the most specific, earliest
    mention of the winning governorate. Without a Syrian governorate, the
    first mention is returned.
    """
    votes: dict[str, float] = {}
    near = _after_casualty(places, text)
    for i, m in enumerate(places):
        gov = governorate(m)
        if gov:
            key = "Damascus" if gov == "Rif Dimashq" else gov
            votes[key] = votes.get(key, 0.0) + _weight(m, text, title_end, i in near)
    if not votes or max(votes.values()) <= 0:
        return places[0] if places else None
    best = max(votes, key=lambda k: votes[k])
    mine = [m for m in places if (governorate(m) or "").replace("Rif Dimashq", "Damascus") == best]
    rank = {"exact": 0, "neighbourhood": 0, "town": 1, "district": 1, "governorate": 2, "region": 3}
    return min(mine, key=lambda m: (rank.get(m.precision, 4), m.start))
