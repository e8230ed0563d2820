"""The gazetteer: place records, their name keys, and lookup by key.

Names come from ``knowledge/data/gazetteer.tsv.gz`` (GeoNames, built by
``scripts/build_gazetteer.py``) and the curated ``knowledge/data/places_extra.json``
and ``places_world.json``,
loaded once by :func:`load`. Names are indexed under normalised keys (lower
case, no diacritics, hyphens as spaces: :func:`warcheck.text.place_key`); names
of Syria and its Arabic-speaking neighbours also under a transliteration fold
(:func:`fold_key`), so "Deir al-Zour", "Dayr az Zawr" and "Deir Ezzor" meet.
Place records are parsed from their line only when first needed, so loading
stays fast.

The transliteration fold stays here rather than in :mod:`warcheck.text` because
it is about place names, not spelling in general: it drops the gazetteer's
:data:`ARTICLES` before the last word, unifies place-name endings ("-iyeh",
"-iyah") and French spellings ("Mayadine"), and is applied only to names of
:data:`FOLD_COUNTRIES`; on other words it over-merges ("hama" and "hami").
"""

from __future__ import annotations

import functools
import gzip
import re
from collections.abc import Sequence
from typing import NamedTuple

from warcheck.knowledge import gazetteer_local
from warcheck.knowledge.loader import data_file, read_bytes, read_json
from warcheck.model import PlaceMention
from warcheck.text import place_key

GAZETTEER_FILE = "gazetteer.tsv.gz"
EXTRA_FILE = "places_extra.json"
# Curated places of the wider world (regions, rivers, seas, historical states, more units).
WORLD_FILE = "places_world.json"
GAZETTEER_PATH = data_file(GAZETTEER_FILE)
EXTRA_PATH = data_file(EXTRA_FILE)
WORLD_PATH = data_file(WORLD_FILE)

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


def words(text: str) -> frozenset[str]:
    """The set of whitespace-separated words in ``text``."""
    return frozenset(text.split())


# Words that may be lower case inside a place name: particles and generic terms.
PARTICLES = words(
    "al el ad ar as az ash at an ath adh ed er es ez esh et en il ul l the of de del la le les "
    "di da du des der den van von bin ibn bint wa and"
)
ARTICLES = words("al el ad ar as az ash at an ath adh ed er es ez esh et en il ul l")
GENERIC = words(
    "river valley lake dam camp countryside province governorate district region city town "
    "village neighbourhood neighborhood quarter area airbase airport air base military crossing "
    "border bridge mountains mountain heights plain desert strip bank island sea gulf square "
    "street road highway hospital prison suburbs suburb rural eastern western northern southern "
    "east west north south central upper lower old refugee gas oil field fields oilfield plant "
    "refinery station farm farms hill hills"
)
LOWER_OK = PARTICLES | GENERIC
# Words that never start a place name, and English words that look like Arabic articles.
FUNCTION_WORDS = words(
    "the in on to of and for by with from a is it this that he she they we but or if so no not all "
    "his her its their our my your who which what when where while after before since during "
    "under over between into than then there here mr ms mrs dr"
)


# --------------------------------------------------------------------------- transliteration fold

_SUFFIX = re.compile(r"(?<=[^aeiou])(?:iyyah|iyyeh|iyya|iyye|iyah|iyeh|iya|iye|ieh|iah|ia)$")
_ASSIMILATED = re.compile(r"^[ae]([tdrzsnl])\1(\w{2,})$")
_VOWELS = frozenset("aeiou")
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
def fold_token(tok: str) -> str:
    """Fold one word over transliteration variants ("Hasakeh" -> "hasak")."""
    t = _SUFFIX.sub("iya", tok) if len(tok) >= 5 and tok[-1] in "aeh" else tok
    for a, b in _DIGRAPHS:
        if a in t:
            t = t.replace(a, b)
    final_h = len(t) > 3 and t[-1] == "h" and t[-2] in _VOWELS  # "Raqqah", "Hasakeh"
    mute_e = len(t) > 4 and t[-1] == "e" and t[-2] not in _VOWELS  # French "Mayadine"
    if final_h or mute_e:
        t = t[:-1]
    return _DOUBLE.sub(r"\1", _GLIDE.sub("a", t).translate(_VOWELS_TO_A))


@functools.lru_cache(maxsize=65536)
def fold_word(tok: str, first: bool) -> str:
    """Fold a word of a key; a later word loses an assimilated article ("ezzor" -> "zor")."""
    m = None if first else _ASSIMILATED.match(tok)
    return fold_token(m.group(1) + m.group(2) if m else tok)


def fold_key(key: str) -> str:
    """Fold a normalised key over Arabic transliteration variants.

    Articles (al-, el-, ad-, ez-, assimilated "Ezzor") are dropped before the
    last word, "-iyeh/-iyah/-ieh" endings unified, vowels merged and doubled
    letters collapsed: "deir ez zor", "dayr az zawr", "deir al zour" and
    "deir ezzor" all fold to "dar zar".
    """
    toks = key.split()
    last = len(toks) - 1
    return " ".join(
        fold_word(tok, i == 0) for i, tok in enumerate(toks) if i == last or tok not in ARTICLES
    )


# --------------------------------------------------------------------------- records


class Place(NamedTuple):
    """A gazetteer record (``pid`` is ``geonames:<id>`` or ``warcheck:<slug>``)."""

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
    local: bool = False  # from a local gazetteer (``warcheck gazetteer import``)


class Gazetteer:
    """The name index; place records are parsed from their line when first needed."""

    def __init__(self) -> None:
        """Start empty; :func:`load` fills it."""
        self.lines: list[str] = []
        self.parsed: dict[int, Place] = {}
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
        self.by_id: dict[str, int] = {}  # place id -> index of its line
        self.local_from = 1 << 62  # lines from here on come from local gazetteers

    def can_start(self, key: str) -> bool:
        """Whether a name may start with the word ``key`` (exactly, folded or as "Xs")."""
        if key in FUNCTION_WORDS or key.isdigit():
            return False
        if key in self.exact or key in self.first or key in ARTICLES or key[:-1] in self.exact:
            return True
        return key.isascii() and fold_token(key) in self.ffirst

    def place(self, idx: int) -> Place:
        """Return the record at ``idx``."""
        p = self.parsed.get(idx)
        if p is None:
            pid, feat, name, lat, lon, cc, adm1, pop, cap, _ = self.lines[idx].split("\t")
            cap_id = f"geonames:{cap}" if cap else ""
            prec = PRECISION_OF_FEATURE[feat]
            lat_, lon_ = float(lat), float(lon)
            local = idx >= self.local_from
            p = Place(
                pid, name, feat, lat_, lon_, cc, adm1 or None, int(pop), prec, cap_id, False, local
            )
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
def load() -> Gazetteer:
    """Load the gazetteer and the curated places once."""
    g = Gazetteer()
    data_extra = read_json(EXTRA_FILE)
    extra = {e["id"]: e for e in [*data_extra["places"], *read_json(WORLD_FILE)["places"]]}
    g.not_places = frozenset(place_key(n) for n in data_extra["not_places"]["names"])
    g.not_folded = frozenset(fold_key(k) for k in g.not_places)
    g.media = frozenset(place_key(n) for n in data_extra["media_names"]["names"])
    g.media_next = frozenset(data_extra["media_names"]["followed_by"])
    data = gzip.decompress(read_bytes(GAZETTEER_FILE)).decode("utf-8")
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
        g.parsed[idx] = Place(**base)
        all_names = [e.get("name", ""), *e.get("names", [])]
        # A name in capitals ("USSR", "FATA") is a code: matched as written, as acronyms are.
        names = {n if n.isalpha() and n.isupper() else place_key(n) for n in all_names}
        names |= set(old_keys)
        names -= {place_key(n) for n in e.get("not_names", [])} | {""}
        g.add_keys(idx, sorted(names), True)
    for idx, line in enumerate(lines):
        if "\tadmin1\t" in line[:40]:
            p = g.place(idx)
            if p.capital in by_id:
                g.admin1_of_capital[p.capital] = idx
    g.by_id = by_id
    _add_local(g)
    return g


def _add_local(g: Gazetteer) -> None:
    """Index the local gazetteers' rows after the bundled ones (places already bundled skipped)."""
    g.local_from = len(g.lines)
    for path in gazetteer_local.files():
        for line in gazetteer_local.rows(path):
            pid, _, rest = line.partition("\t")
            cols = rest.split("\t")
            if pid in g.by_id or len(cols) != 9:
                continue
            idx = len(g.lines)
            g.lines.append(line)
            g.by_id[pid] = idx
            if cols[8]:
                g.add_keys(idx, cols[8].split("|"), cols[4] in FOLD_COUNTRIES)


def reload() -> Gazetteer:
    """Load the gazetteer again (after a local gazetteer was imported or removed)."""
    load.cache_clear()
    return load()


def governorate(mention: PlaceMention) -> str | None:
    """Return the Syrian governorate of a mention in Syria, else ``None``."""
    if mention.country != SYRIA:
        return None
    return mention.admin1 if mention.admin1 in GOVERNORATES else None
