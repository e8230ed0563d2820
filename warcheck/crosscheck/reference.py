"""Reference event data: ACLED and UCDP GED CSV exports read as :class:`ReferenceEvent` records.

Columns, as the datasets document them:

- ACLED: the ACLED Codebook (2023), "Variables" (``event_id_cnty``,
  ``event_date``, ``time_precision``, ``event_type``, ``sub_event_type``,
  ``actor1``, ``actor2``, ..., ``geo_precision``, ``fatalities``), with the
  columns of current exports (``disorder_type``, ``civilian_targeting``,
  ``tags``; acledR's ``acled_old_dummy`` documents the same list) and of older
  ones (``data_id``, ``event_id_no_cnty``, ``iso3``) accepted alike. Dates are
  ISO (``2017-04-04``), ``04 April 2017`` or dd-mm-yyyy as the codebook says.
  ``time_precision``: 1 the day, 2 the week (the middle day coded), 3 the month;
  ``geo_precision``: 1 the town, 2 a part of a region near it, 3 a province.
- UCDP GED: the UCDP GED Codebook (version 23.1) and its API's ``GedEvent``
  structure (``id``, ``relid``, ..., ``type_of_violence``, ``side_a``,
  ``side_b``, ``where_prec``, ``date_prec``, ``date_start``, ``date_end``,
  ``best``, ``high``, ``low``). ``where_prec``: 1 the exact place, 2 within
  25 km of it, 3 a second-order division (ADM2), 4 a first-order one (ADM1),
  5 a part of a country larger than ADM1, 6 the country, 7 waters or airspace.

:func:`read_reference` streams a file (gzip too), the format told by its
header unless given; a row that cannot be read is a
:class:`~warcheck.read.items.Problem` with its row number ("row 1" is the
first row under the header), and reading goes on.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from warcheck.crosscheck.facts import FAMILY, RADIUS_KM
from warcheck.errors import InputError
from warcheck.knowledge.acled import ACLED_TYPES
from warcheck.read.items import Problem
from warcheck.read.streams import opened
from warcheck.vocab import REFERENCE_FORMAT

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip
UCDP_COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name",
    "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
    "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
    "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
    "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
    "deaths_civilians", "deaths_unknown", "best", "high", "low",
)  # fmt: skip
# The columns a row cannot do without (the others may be missing from a header).
REQUIRED = {
    "acled": ("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
              "latitude", "longitude", "geo_precision", "fatalities"),
    "ucdp": ("id", "type_of_violence", "date_prec", "date_start", "date_end", "where_prec",
             "latitude", "longitude", "best"),
}  # fmt: skip
FORMATS = tuple(REFERENCE_FORMAT)  # "auto", "acled", "ucdp"

# ACLED time_precision -> days either side of event_date (3, the month, is its calendar month).
ACLED_DAYS = {1: 0, 2: 3}
# Each dataset's place precision code -> vocab.PLACE_PRECISION (whose radius facts.RADIUS_KM gives).
ACLED_PLACE = {1: "town", 2: "district", 3: "governorate"}
UCDP_PLACE = {1: "town", 2: "district", 3: "district", 4: "governorate", 5: "region", 6: "country",
              7: "region"}  # fmt: skip
# UCDP type_of_violence -> (its name, the vocab.EVENT_FAMILY it is closest to).
UCDP_VIOLENCE = {
    1: ("state-based conflict", "battle"),
    2: ("non-state conflict", "battle"),
    3: ("one-sided violence", "violence_against_civilians"),
}
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d-%m-%Y", "%d/%m/%Y", "%d-%B-%Y", "%d-%b-%Y")


def _key(name: str) -> str:
    # ACLED's own tables spell it "protesters" and "protestors".
    return " ".join(name.lower().replace("protestor", "protester").split())


# ACLED sub-event type -> warcheck event type: ACLED_TYPES read backwards.
_BY_SUB_EVENT = {_key(sub): t for t, (_, sub) in ACLED_TYPES.items() if sub != "Other"}
_BY_EVENT = {_key(et): t for t, (et, _) in reversed(ACLED_TYPES.items())}  # first type of each


@dataclass(frozen=True)
class ReferenceEvent:
    """One event of a reference dataset (``dataset`` "acled" or "ucdp"), as the store keeps it.

    Dates are ISO days bounding the event's window (widened by its time
    precision); ``time_precision`` and ``geo_precision`` are the dataset's own
    codes, ``event_type``/``sub_event_type`` its own names (UCDP: the type of
    violence, no sub-type). ``fatalities`` is ACLED's figure or UCDP's best
    estimate, with UCDP's low and high. ``raw`` is the row as read (JSON);
    ``store_id`` the ``reference_events.id`` of an event read from the store.
    """

    dataset: str
    upstream_id: str
    date_from: str
    date_to: str
    time_precision: int | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    notes: str | None = None
    source: str | None = None
    raw: str = field(default="{}", compare=False, repr=False)
    store_id: int | None = field(default=None, compare=False)

    @property
    def day_from(self) -> int:
        """The first day of the window, as a proleptic ordinal (``ClaimFacts`` days)."""
        return dt.date.fromisoformat(self.date_from).toordinal()

    @property
    def day_to(self) -> int:
        """The last day of the window, as a proleptic ordinal."""
        return dt.date.fromisoformat(self.date_to).toordinal()

    @property
    def place_precision(self) -> str | None:
        """The place precision (``vocab.PLACE_PRECISION``) the dataset's code stands for."""
        codes = ACLED_PLACE if self.dataset == "acled" else UCDP_PLACE
        return codes.get(self.geo_precision or 0)

    @property
    def radius_km(self) -> float:
        """The radius within which the place may be another's (``facts.RADIUS_KM``)."""
        return RADIUS_KM.get(self.place_precision or "", RADIUS_KM["country"])

    @property
    def warcheck_type(self) -> str | None:
        """The warcheck event type (``vocab.EVENT_TYPE``) of an ACLED event, else ``None``."""
        if self.dataset != "acled":
            return None
        return _BY_SUB_EVENT.get(_key(self.sub_event_type or "")) or _BY_EVENT.get(
            _key(self.event_type or "")
        )

    @property
    def family(self) -> str | None:
        """The event family (``vocab.EVENT_FAMILY``): ACLED's type's, or UCDP's closest."""
        if self.dataset == "acled":
            kind = self.warcheck_type
            return FAMILY.get(kind) if kind else None
        return next((f for name, f in UCDP_VIOLENCE.values() if name == self.event_type), None)

    @property
    def label(self) -> str:
        """How evidence names the event: ``"ACLED SYR1234"``."""
        return f"{self.dataset.upper()} {self.upstream_id}"

    def to_row(self) -> dict[str, Any]:
        """The plain dict the store's ``reference_events`` table takes (no id, file, time)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "store_id"}

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> ReferenceEvent:
        """The event of a ``reference_events`` row (its ``id`` kept as ``store_id``)."""
        names = {f.name for f in fields(cls)} - {"store_id"}
        return cls(**{k: row[k] for k in names if k in row}, store_id=row.get("id"))


def parse_date(value: str) -> dt.date:
    """Read an ACLED or UCDP date: ISO (time ignored), ``04 April 2017``, dd-mm-yyyy."""
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    for form in _DATE_FORMATS[1:]:
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise ValueError(f"event date {value!r} is not a date")


def _int(row: Mapping[str, str], column: str, *, required: bool = True) -> int | None:
    value = (row.get(column) or "").strip()
    if not value:
        if required:
            raise ValueError(f"{column} is empty")
        return None
    try:
        return int(float(value))
    except ValueError:
        raise ValueError(f"{column} {value!r} is not a number") from None


def _point(row: Mapping[str, str]) -> tuple[float, float]:
    try:
        lat, lon = float(row["latitude"]), float(row["longitude"])
    except (TypeError, ValueError, KeyError):
        raise ValueError(
            f"no coordinates ({row.get('latitude')!r}, {row.get('longitude')!r})"
        ) from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"coordinates out of range ({lat}, {lon})")
    return lat, lon


def _text(row: Mapping[str, str], column: str) -> str | None:
    value = (row.get(column) or "").strip()
    return value or None


def acled_event(row: Mapping[str, str]) -> ReferenceEvent:
    """The event of one ACLED row; ValueError says what is wrong with it."""
    upstream = _text(row, "event_id_cnty")
    if upstream is None:
        raise ValueError("event_id_cnty is empty")
    day = parse_date(row.get("event_date") or "")
    precision = _int(row, "time_precision")
    if precision == 3:
        last = calendar.monthrange(day.year, day.month)[1]
        lo, hi = day.replace(day=1), day.replace(day=last)
    elif precision in ACLED_DAYS:
        width = dt.timedelta(days=ACLED_DAYS[precision])
        lo, hi = day - width, day + width
    else:
        raise ValueError(f"time_precision {precision} is not 1, 2 or 3")
    lat, lon = _point(row)
    return ReferenceEvent(
        dataset="acled",
        upstream_id=upstream,
        date_from=lo.isoformat(),
        date_to=hi.isoformat(),
        time_precision=precision,
        event_type=_text(row, "event_type"),
        sub_event_type=_text(row, "sub_event_type"),
        actor1=_text(row, "actor1"),
        actor2=_text(row, "actor2"),
        country=_text(row, "country"),
        admin1=_text(row, "admin1"),
        location=_text(row, "location"),
        latitude=lat,
        longitude=lon,
        geo_precision=_int(row, "geo_precision"),
        fatalities=_int(row, "fatalities"),
        notes=_text(row, "notes"),
        source=_text(row, "source"),
        raw=json.dumps(dict(row), ensure_ascii=False),
    )


def ucdp_event(row: Mapping[str, str]) -> ReferenceEvent:
    """The event of one UCDP GED row; ValueError says what is wrong with it."""
    upstream = _text(row, "id")
    if upstream is None:
        raise ValueError("id is empty")
    lo, hi = parse_date(row.get("date_start") or ""), parse_date(row.get("date_end") or "")
    if hi < lo:
        raise ValueError(f"date_end {hi} is before date_start {lo}")
    violence = _int(row, "type_of_violence")
    if violence not in UCDP_VIOLENCE:
        raise ValueError(f"type_of_violence {violence} is not 1, 2 or 3")
    lat, lon = _point(row)
    return ReferenceEvent(
        dataset="ucdp",
        upstream_id=upstream,
        date_from=lo.isoformat(),
        date_to=hi.isoformat(),
        time_precision=_int(row, "date_prec"),
        event_type=UCDP_VIOLENCE[violence][0],
        actor1=_text(row, "side_a"),
        actor2=_text(row, "side_b"),
        country=_text(row, "country"),
        admin1=_text(row, "adm_1"),
        location=_text(row, "where_description"),
        latitude=lat,
        longitude=lon,
        geo_precision=_int(row, "where_prec"),
        fatalities=_int(row, "best"),
        fatalities_low=_int(row, "low", required=False),
        fatalities_high=_int(row, "high", required=False),
        notes=_text(row, "source_headline"),
        source=_text(row, "source_office"),
        raw=json.dumps(dict(row), ensure_ascii=False),
    )


READERS: dict[str, Callable[[Mapping[str, str]], ReferenceEvent]] = {
    "acled": acled_event,
    "ucdp": ucdp_event,
}


def detect_format(header: list[str]) -> str | None:
    """The dataset a header is from: "acled", "ucdp", or ``None``."""
    names = set(header)
    if {"event_id_cnty", "event_date"} <= names:
        return "acled"
    if {"type_of_violence", "date_start"} <= names:
        return "ucdp"
    return None


def read_reference(path: str | Path, *, format: str = "auto") -> Iterator[ReferenceEvent | Problem]:  # noqa: A002
    """Yield the events of an ACLED or UCDP GED CSV file (gzip too), or a Problem per bad row.

    Raises:
        InputError: the file cannot be read, its header is neither format's
            (when ``format`` is "auto") or lacks a column the format needs.
    """
    if format not in FORMATS:
        raise InputError(f"unknown reference format {format!r}; choose from {', '.join(FORMATS)}")
    origin = str(path)
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed below, after the last row
    except OSError as err:
        raise InputError(f"cannot read {origin}: {err.strerror or err}") from None
    with raw:
        try:
            stream, _, _ = opened(raw)
        except (OSError, EOFError) as err:
            raise InputError(f"cannot read {origin}: {err}") from None
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
        yield from _rows(csv.reader(text), origin, format)


def _header(reader: Iterator[list[str]], origin: str, wanted: str) -> tuple[str, list[str]]:
    header = [h.strip() for h in next(reader, [])]
    found = detect_format(header) if wanted == "auto" else wanted
    if found is None:
        raise InputError(f"{origin}: the header is neither an ACLED nor a UCDP GED export's")
    missing = [c for c in REQUIRED[found] if c not in header]
    if missing:
        raise InputError(f"{origin}: not a {found.upper()} file, no column {', '.join(missing)}")
    return found, header


def _rows(
    reader: Iterator[list[str]], origin: str, wanted: str
) -> Iterator[ReferenceEvent | Problem]:
    try:
        found, header = _header(reader, origin, wanted)
    except (csv.Error, OSError, EOFError) as err:
        raise InputError(f"cannot read {origin}: {err}") from None
    read = READERS[found]
    n = 0
    while True:
        try:
            cells = next(reader, None)
        except (csv.Error, OSError, EOFError) as err:
            yield Problem(origin, f"unreadable, reading stopped ({err})", f"row {n + 1}")
            return
        if cells is None:
            return
        n += 1
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            yield Problem(origin, f"{len(cells)} cells, the header has {len(header)}", f"row {n}")
            continue
        try:
            yield read(dict(zip(header, cells, strict=True)))
        except ValueError as err:
            yield Problem(origin, str(err), f"row {n}")
