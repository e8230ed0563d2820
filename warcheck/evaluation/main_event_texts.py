"""Where a main-event item's text comes from when the gold file does not carry it.

A gold file may refer to articles it may not copy. An item is then one of:

- ``"row": N`` (with ``"unit_id"``, checked): row N (0-based, header not counted)
  of a FA-KES-format CSV (``--csv``): its title line and content;
- ``"record": ID``: the record whose ``id`` is ID in a JSON Lines file of
  articles (``--jsonl``; keys ``text``, ``title``, ``published``, ``outlet``,
  the format of ``warcheck eval incidents``): its title line and text, its
  publication day and outlet unless the item gives its own;
- ``"article": N`` (with ``"link"``, checked): article N (0-based, file order)
  of a GeoWebNews-format XML file (``--xml``): its title line and text.

Each file is read once, when the first item needs it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from warcheck.errors import DataError
from warcheck.evaluation import fakes
from warcheck.evaluation.files import json_objects
from warcheck.evaluation.geoparsing import read_documents
from warcheck.read.items import with_title

# Item key -> the option that names the file it refers to.
REFERENCES = {"row": "--csv", "record": "--jsonl", "article": "--xml"}


class Texts:
    """The article files a gold file's items refer to, read on first use."""

    def __init__(
        self,
        csv: str | Path | None = None,
        jsonl: str | Path | None = None,
        xml: str | Path | None = None,
    ) -> None:
        self._paths = {"row": csv, "record": jsonl, "article": xml}
        self._tables: dict[str, Any] = {}

    def fill(self, item: dict[str, Any], where: str) -> None:
        """Set the item's ``text`` (and missing ``published``/``outlet``) from the file it names."""
        key = next((k for k in REFERENCES if k in item), None)
        if key is None:
            raise DataError(f"{where}: an item needs 'text' or one of {', '.join(REFERENCES)}")
        if self._paths[key] is None:
            option = REFERENCES[key]
            raise DataError(f"{where}: the item refers to a {key}; give the file ({option})")
        if key == "row":
            item["text"] = self._row(item, where)
        elif key == "record":
            record = self._record(item, where)
            item["text"] = with_title(record.get("title"), str(record.get("text") or ""))
            for field in ("published", "outlet"):
                if field not in item and record.get(field):
                    item[field] = record[field]
        else:
            item["text"] = self._article(item, where)

    def _table(self, key: str) -> Any:
        if key not in self._tables:
            path = self._paths[key]
            assert path is not None
            if key == "row":
                self._tables[key] = list(fakes.rows(path))
            elif key == "record":
                self._tables[key] = {str(r.get("id")): r for _, r in json_objects(path)}
            else:
                self._tables[key] = read_documents(path)
        return self._tables[key]

    def _row(self, item: dict[str, Any], where: str) -> str:
        table, row = self._table("row"), item["row"]
        if not isinstance(row, int) or not 0 <= row < len(table):
            raise DataError(f"{where}: row {row!r} is not in the CSV ({len(table)} rows)")
        unit = item.get("unit_id")
        if unit is not None and table[row].get("unit_id") != str(unit):
            raise DataError(f"{where}: row {row} of the CSV is not unit {unit}")
        return fakes.article_text(table[row])

    def _record(self, item: dict[str, Any], where: str) -> dict[str, Any]:
        record = self._table("record").get(str(item["record"]))
        if record is None:
            raise DataError(f"{where}: no record {item['record']!r} in {self._paths['record']}")
        return dict(record)

    def _article(self, item: dict[str, Any], where: str) -> str:
        table, n = self._table("article"), item["article"]
        if not isinstance(n, int) or not 0 <= n < len(table):
            raise DataError(f"{where}: article {n!r} is not in the XML ({len(table)} articles)")
        doc = table[n]
        if item.get("link") is not None and item["link"] != doc.link:
            raise DataError(f"{where}: article {n} of the XML is not {item['link']}")
        return with_title(doc.title, doc.text)
