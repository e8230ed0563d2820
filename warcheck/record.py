"""The JSON mixin of the data model: frozen records that write themselves as JSON.

:class:`Record` gives every dataclass of :mod:`warcheck.model` (and of the
layers above) a ``to_dict`` in field order, with a few declared shapes for
spans inside records.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, ClassVar


def _plain(value: Any) -> Any:
    """Turn records, tuples and nested values into JSON-ready values."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Record:
    """Mixin giving frozen dataclasses a ``to_dict`` in field order.

    ``json_omit`` names fields left out of the JSON (a sentence's text, which
    its offsets give). ``json_flat`` names span fields written as three plain
    keys, ``NAME`` (the text), ``NAME_start`` and ``NAME_end``: used for
    containers such as the title, so that only mentions carry span objects.
    ``json_inline`` names one optional span field whose ``start``, ``end``
    and ``text`` become the record's own keys (a source is its words).
    """

    json_omit: ClassVar[tuple[str, ...]] = ()
    json_flat: ClassVar[tuple[str, ...]] = ()
    json_inline: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        """Return the record as a JSON-ready dictionary."""
        out: dict[str, Any] = {}
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if f.name in self.json_omit:
                continue
            if f.name == self.json_inline:
                out["start"] = value.start if value is not None else None
                out["end"] = value.end if value is not None else None
                out["text"] = value.text if value is not None else None
                continue
            if f.name in self.json_flat:
                out[f.name] = value.text if value is not None else None
                out[f"{f.name}_start"] = value.start if value is not None else None
                out[f"{f.name}_end"] = value.end if value is not None else None
            else:
                out[f.name] = _plain(value)
        return out
