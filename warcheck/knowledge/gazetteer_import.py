"""Import a GeoNames dump (``XX.zip``, ``XX.txt``, ``allCountries.zip``) as a local gazetteer.

The dump format is GeoNames' (download.geonames.org/export/dump/readme.txt): one place per
line, 19 tab-separated columns (geonameid, name, asciiname, alternatenames, latitude,
longitude, feature class, feature code, country code, cc2, admin1..admin4 codes,
population, elevation, dem, timezone, modification date). The file is read as a stream,
twice (zipped or not): the first pass learns the names of the first-level units (the
bundled gazetteer's name when it has the unit, so "Aleppo" stays the governorate's name),
the second writes the rows kept:

* populated places (feature class ``P``; ``PPLX``, a section of a town, as a neighbourhood)
  and administrative units (``ADM1`` as a first-level unit, ``ADM2``-``ADM5`` and ``ADMD``
  as districts), with their name, ASCII name and alternate names in Latin script (and
  Arabic script in Arabic-speaking countries);
* not the places the bundled index already has (by geonameid), nor first-level units it has;
* not the names that are common English words ("Hope", "Mission"), given names ("Donna"),
  function words or words of place phrases ("village", "north"), nor names of fewer than
  three letters.

The result is written atomically to the local gazetteer folder
(:mod:`warcheck.knowledge.gazetteer_local`), which the resolver reads after the bundled
index; a name it shares with bundled places counts for less there
(:mod:`warcheck.analysis.place_homonyms`) unless the text's other places point to it.
"""

from __future__ import annotations

import datetime
import gzip
import io
import os
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, NamedTuple, cast

from warcheck.errors import DataError
from warcheck.knowledge import gazetteer_local, lexicons
from warcheck.knowledge.gazetteer import FOLD_COUNTRIES, FUNCTION_WORDS, LOWER_OK, load
from warcheck.knowledge.word_weights import zipf_table
from warcheck.text import place_key

COLUMNS = 19
COMMON_ZIPF = 4.0  # a one-word name this frequent in English (Zipf frequency) is a word
_DISTRICTS = frozenset({"ADM2", "ADM3", "ADM4", "ADM5", "ADMD"})
_MARKS = str.maketrans("", "", "‘’ʿʾ`´")


class Row(NamedTuple):
    """The columns of a dump line that the import uses."""

    gid: str
    name: str
    ascii: str
    alternates: str
    lat: float
    lon: float
    fclass: str
    fcode: str
    cc: str
    admin1: str
    pop: int


class ImportReport(NamedTuple):
    """What an import read and wrote."""

    name: str
    path: str
    read: int  # lines of the dump
    places: int  # populated places written
    units: int  # administrative units written
    already: int  # places the bundled index has


def _members(path: Path) -> IO[bytes]:
    """The dump's text as a binary stream: the zip's ``.txt`` member, or the file itself."""
    if zipfile.is_zipfile(path):
        zf = zipfile.ZipFile(path)
        names = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
        if len(names) != 1:
            raise DataError(f"{path}: expected one GeoNames .txt file in the zip, found {names}")
        return zf.open(names[0])
    if path.suffix == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")


def _lines(path: Path) -> Iterator[tuple[int, Row]]:
    """The dump's lines as rows, numbered from 1.

    Raises:
        DataError: the file is missing, or a line is not a GeoNames dump line.
    """
    if path.is_dir():
        raise DataError(f"{path}: is a directory, not a GeoNames dump")
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    try:
        with _members(path) as raw:
            for n, line in enumerate(io.TextIOWrapper(raw, encoding="utf-8"), 1):
                if line.strip():
                    yield n, _row(path, n, line)
    except (UnicodeDecodeError, OSError, zipfile.BadZipFile, EOFError) as err:
        raise DataError(f"{path}: cannot be read as a GeoNames dump ({err})") from None


def _row(path: Path, n: int, line: str) -> Row:
    cols = line.rstrip("\r\n").split("\t")
    if len(cols) != COLUMNS:
        raise DataError(
            f"{path}: line {n} has {len(cols)} tab-separated columns, not the {COLUMNS} of a "
            "GeoNames dump (see download.geonames.org/export/dump/readme.txt)"
        )
    try:
        lat, lon = float(cols[4]), float(cols[5])
        pop = int(cols[14] or 0)
        if not cols[0].isdigit():
            raise ValueError(f"geonameid {cols[0]!r}")
    except ValueError as err:
        raise DataError(f"{path}: line {n} is not a GeoNames dump line ({err})") from None
    return Row(cols[0], cols[1], cols[2], cols[3], lat, lon, cols[6], cols[7], cols[8],
               cols[10], pop)  # fmt: skip


def _kept(r: Row) -> str | None:
    """The warcheck feature of a row that the import keeps, else ``None``."""
    if r.fclass == "P":
        return "neighbourhood" if r.fcode == "PPLX" else "populated_place"
    if r.fclass == "A":
        if r.fcode == "ADM1":
            return "admin1"
        if r.fcode in _DISTRICTS:
            return "district"
    return None


def _unit_names(path: Path) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
    """First pass: the name of each first-level unit, and the units the bundled index has.

    A unit's name is the bundled one when a place the bundled index has lies in it
    (a populated place bundled with its unit's name), else the dump's ASCII name.
    """
    g = load()
    bundled: dict[tuple[str, str], str] = {}
    own: dict[tuple[str, str], str] = {}
    for _, r in _lines(path):
        unit = (r.cc, r.admin1)
        if r.fclass == "A" and r.fcode == "ADM1":
            own[unit] = r.ascii or r.name
        idx = g.by_id.get(f"geonames:{r.gid}")
        if idx is not None and unit not in bundled and idx < g.local_from:
            p = g.place(idx)
            if p.feature == "populated_place" and p.admin1:
                bundled[unit] = p.admin1
    return {**own, **bundled}, set(bundled)


def _plain(name: str) -> str:
    """A name without transliteration marks ("Ḩamāh" -> "Hamah")."""
    out = unicodedata.normalize("NFKD", name.translate(_MARKS))
    return "".join(c for c in out if not unicodedata.combining(c))


def _script_ok(name: str, arabic: bool) -> bool:
    for ch in name:
        if ch.isalpha():
            script = unicodedata.name(ch, "")
            if not (script.startswith("LATIN") or (arabic and script.startswith("ARABIC"))):
                return False
    return True


def _good(name: str, arabic: bool) -> bool:
    """Whether an alternate name is a name: no digits or codes, in a script that is read."""
    if any(c.isdigit() for c in name) or any(c in "()/,;[]" for c in name):
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 3 or not _script_ok(name, arabic):
        return False
    if all("ARABIC" in unicodedata.name(c, "") for c in letters):
        return True
    return any(c.isupper() for c in letters) and not (name.isupper() and len(letters) <= 4)


class _Words(NamedTuple):
    zipf: dict[str, float]
    given: frozenset[str]
    not_places: frozenset[str]


def _keys(r: Row, words: _Words) -> list[str]:
    """The name keys of a row, filtered (module note)."""
    arabic = r.cc in FOLD_COUNTRIES
    names = [r.name, r.ascii, *(a for a in r.alternates.split(",") if _good(a, arabic))]
    out: set[str] = set()
    for n in names:
        k = place_key(n)
        if not k or len(k.replace(" ", "")) < 3 or k in words.not_places:
            continue
        if " " not in k and (
            k in FUNCTION_WORDS or k in LOWER_OK or k in words.given
            or words.zipf.get(k, 0) >= COMMON_ZIPF
        ):  # fmt: skip
            continue
        out.add(k)
    return sorted(out)


def _line(r: Row, feature: str, admin1: str, keys: list[str]) -> str:
    name = _plain(r.name) if r.cc in FOLD_COUNTRIES else r.name
    lat, lon = (f"{x:.4f}".rstrip("0").rstrip(".") for x in (r.lat, r.lon))
    cols = [
        f"geonames:{r.gid}",
        feature,
        name,
        lat,
        lon,
        r.cc,
        admin1,
        str(r.pop),
        "",
        "|".join(keys),
    ]
    return "\t".join(c.replace("\t", " ") for c in cols) + "\n"


def import_dump(path: str | Path, name: str | None = None) -> ImportReport:
    """Import the GeoNames dump at ``path`` as the local gazetteer ``name`` (default: its stem).

    Raises:
        DataError: the file is missing or not a GeoNames dump, or local gazetteers are off.
    """
    path = Path(path)
    target = gazetteer_local.path_of(name or path.name.split(".")[0])
    units, bundled_units = _unit_names(path)
    words = _Words(
        zipf_table(), lexicons.term_set("person_words", "given_names"), load().not_places
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    counts = {"read": 0, "populated_place": 0, "neighbourhood": 0, "admin1": 0, "district": 0}
    try:
        already = _write(path, tmp, units, bundled_units, words, counts)
        if counts["read"] == 0:  # never replace a gazetteer with an empty one
            raise DataError(f"{path}: no GeoNames dump lines (empty file)")
    except BaseException:
        tmp.unlink(missing_ok=True)  # no half-written index is left behind
        raise
    os.replace(tmp, target)
    places = counts["populated_place"] + counts["neighbourhood"]
    units_n = counts["admin1"] + counts["district"]
    return ImportReport(target.name[: -len(gazetteer_local.SUFFIX)], str(target), counts["read"],
                        places, units_n, already)  # fmt: skip


def _write(
    path: Path,
    tmp: Path,
    units: dict[tuple[str, str], str],
    bundled_units: set[tuple[str, str]],
    words: _Words,
    counts: dict[str, int],
) -> int:
    """Second pass: write the rows kept to ``tmp``, counting them; return how many were bundled."""
    g = load()
    already = 0
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=6) as out:
        out.write(_header(path))
        for _, r in _lines(path):
            counts["read"] += 1
            feature = _kept(r)
            if feature is None:
                continue
            if g.by_id.get(f"geonames:{r.gid}", g.local_from) < g.local_from or (
                feature == "admin1" and (r.cc, r.admin1) in bundled_units
            ):
                already += 1
                continue
            keys = _keys(r, words)
            if keys:
                out.write(_line(r, feature, units.get((r.cc, r.admin1), ""), keys))
                counts[feature] += 1
    return already


def _header(path: Path) -> str:
    today = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    return (
        "# warcheck local gazetteer (warcheck gazetteer import); data: GeoNames, CC BY 4.0, "
        "geonames.org\n"
        f"# source: {path.name}\n# imported: {today}\n"
        "# id\tfeature\tname\tlat\tlon\tcountry\tadmin1\tpopulation\tcapital\tkeys\n"
    )
