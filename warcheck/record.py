"""The JSON mixin of the data model: frozen records that write themselves as JSON.

:class:`Record` gives every dataclass of :mod:`warcheck.model` (and of the
layers above) a ``to_dict`` in field order, with a few declared shapes for
spans inside records.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, ClassVar

_SCALARS = frozenset({str, int, float, bool, type(None)})
_WRITERS: dict[type, Any] = {}
"""Each record class's compiled ``to_dict`` (see :func:`_compile`)."""


def _plain(value: Any) -> Any:
    """Turn records, tuples and nested values into JSON-ready values."""
    if type(value) in _SCALARS:
        return value
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
        writer = _WRITERS.get(type(self))
        if writer is None:
            writer = _WRITERS[type(self)] = _compile(type(self))
        return writer(self)


def _field_lines(cls: type[Record], name: str) -> list[str]:
    """The lines of the compiled ``to_dict`` that write one field (none if it is omitted)."""
    lines = shaped_field_lines(cls, name)
    if lines is not None:
        return lines
    return [f"    v = self.{name}", f"    out[{name!r}] = v if type(v) in scalars else plain(v)"]


def shaped_field_lines(cls: type[Record], name: str) -> list[str] | None:
    """The lines writing a field with a JSON shape (omitted, inline, flat); ``None`` for others.

    Shared by the compiled ``to_dict`` and the store's document writer
    (``warcheck.corpus.analysis_json``), so both write a shape the same way.
    """
    if name in cls.json_omit:
        return []
    if name == cls.json_inline:
        return [f"    v = self.{name}"] + [
            f"    out[{k!r}] = v.{k} if v is not None else None" for k in ("start", "end", "text")
        ]
    if name in cls.json_flat:
        return [
            f"    v = self.{name}",
            f"    out[{name!r}] = v.text if v is not None else None",
            f"    out[{name + '_start'!r}] = v.start if v is not None else None",
            f"    out[{name + '_end'!r}] = v.end if v is not None else None",
        ]
    return None


def _compile(cls: type[Record]) -> Any:
    """Write a class's ``to_dict`` as straight-line code over its fields, once per class."""
    lines = ["def write(self):", "    out = {}"]
    for f in fields(cls):  # type: ignore[arg-type]
        lines += _field_lines(cls, f.name)
    lines.append("    return out")
    namespace: dict[str, Any] = {"scalars": _SCALARS, "plain": _plain}
    exec("\n".join(lines), namespace)  # noqa: S102 - code built from field names only
    return namespace["write"]
