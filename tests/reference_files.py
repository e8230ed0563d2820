"""Small ACLED and UCDP GED CSV files the tests write, in the datasets' documented columns.

The events are made up (places near the cross-check tests' Riverton and Hillside).
The ``reference_files`` fixture (tests/conftest.py) hands this module to the tests.
"""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from warcheck.crosscheck.reference import ACLED_COLUMNS, UCDP_COLUMNS

ACLED_ROW: dict[str, Any] = {
    "event_id_cnty": "XYZ1",
    "event_date": "2020-03-02",
    "year": "2020",
    "time_precision": "1",
    "disorder_type": "Political violence",
    "event_type": "Violence against civilians",
    "sub_event_type": "Attack",
    "actor1": "Islamic State (Syria)",
    "actor2": "Civilians (Syria)",
    "inter1": "2",
    "inter2": "7",
    "interaction": "27",
    "civilian_targeting": "Civilian targeting",
    "iso": "999",
    "region": "Middle East",
    "country": "Syria",
    "admin1": "Riverland",
    "location": "Riverton",
    "latitude": "40.01",
    "longitude": "-75.01",
    "geo_precision": "1",
    "source": "Local media",
    "source_scale": "Subnational",
    "notes": "On 2 March 2020, gunmen attacked a mill in Riverton, killing 4 workers.",
    "fatalities": "4",
    "tags": "",
    "timestamp": "1583193600",
}
UCDP_ROW: dict[str, Any] = {
    "id": "501",
    "relid": "XYZ-2020-1-501",
    "year": "2020",
    "active_year": "1",
    "code_status": "Clear",
    "type_of_violence": "3",
    "conflict_name": "IS - Civilians",
    "side_a": "IS",
    "side_b": "Civilians",
    "number_of_sources": "2",
    "source_office": "Reuters",
    "source_headline": "Gunmen kill four at mill",
    "where_prec": "1",
    "where_description": "Riverton town",
    "adm_1": "Riverland",
    "latitude": "40.01",
    "longitude": "-75.01",
    "country": "Syria",
    "date_prec": "1",
    "date_start": "2020-03-02",
    "date_end": "2020-03-02",
    "deaths_civilians": "4",
    "best": "4",
    "high": "5",
    "low": "3",
}


def write(path: Path, columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> Path:
    """Write rows under a header of ``columns`` (gzip when the name ends in .gz)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in columns})
    data = buf.getvalue().encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


def acled(path: Path, *rows: dict[str, Any]) -> Path:
    """An ACLED export with these rows, each ``ACLED_ROW`` with its changes."""
    return write(path, ACLED_COLUMNS, [{**ACLED_ROW, **r} for r in rows])


def ucdp(path: Path, *rows: dict[str, Any]) -> Path:
    """A UCDP GED CSV with these rows, each ``UCDP_ROW`` with its changes."""
    return write(path, UCDP_COLUMNS, [{**UCDP_ROW, **r} for r in rows])
