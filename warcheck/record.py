"""The JSON mixin of the data model: frozen records that write themselves as JSON.

:class:`Record` gives every dataclass of :mod:`warcheck.model` (and of the
layers above) a ``to_dict`` in field order, with a few declared shapes for
spans inside records.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, ClassVar

_SCALARS = (str, int, float, bool, type(None))
_PLAIN, _OMIT, _INLINE, _FLAT = range(4)
_PLANS: dict[type, tuple[tuple[str, int], ...]] = {}


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

    @classmethod
    def _plan(cls) -> tuple[tuple[str, int], ...]:
        """Each field's name and how it is written, worked out once per class."""
        plan = _PLANS.get(cls)
        if plan is None:
            plan = tuple(
                (
                    f.name,
                    _OMIT
                    if f.name in cls.json_omit
                    else _INLINE
                    if f.name == cls.json_inline
                    else _FLAT
                    if f.name in cls.json_flat
                    else _PLAIN,
                )
                for f in fields(cls)  # type: ignore[arg-type]
            )
            _PLANS[cls] = plan
        return plan

    def to_dict(self) -> dict[str, Any]:
        """Return the record as a JSON-ready dictionary."""
        out: dict[str, Any] = {}
        for name, mode in self._plan():
            if mode == _OMIT:
                continue
            value = getattr(self, name)
            if mode == _PLAIN:
                out[name] = _plain(value)
            elif mode == _INLINE:
                out["start"] = value.start if value is not None else None
                out["end"] = value.end if value is not None else None
                out["text"] = value.text if value is not None else None
            else:
                out[name] = value.text if value is not None else None
                out[f"{name}_start"] = value.start if value is not None else None
                out[f"{name}_end"] = value.end if value is not None else None
        return out
