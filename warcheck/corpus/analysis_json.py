"""The analysis document's JSON straight from the frozen model, most of it written by orjson.

``orjson.dumps(analysis.to_dict())`` builds a dictionary for each of the
~500 records of a FA-KES article in Python, then serialises them: four
fifths of what storing an article costs its worker. orjson serialises
dataclasses itself, in C, as their fields in order: exactly what
``to_dict`` makes of a *plain* record, one that declares no shape
(``json_omit``, ``json_flat``, ``json_inline``), keeps ``Record.to_dict``,
and whose fields hold only JSON scalars, tuples of them, ``str``-keyed
dictionaries and plain records. :func:`dumps` writes, per class, only what
is not plain as ``to_dict`` does (the records with a shape and those
holding one: the article, its sentences and claims, a claim's sources) and
hands every plain field to orjson as it is. The bytes are those of
``orjson.dumps(analysis.to_dict())`` (``tests/corpus/test_analysis_json.py``).

A field is handed over as it is only if its declared type is plain and no
subclass of a record type it names has a shape (a field declared
``Span`` may hold a ``Sentence``); other fields are written from the
record each value is. Classes are looked at when first written.
"""

from __future__ import annotations

import types
import typing
from dataclasses import fields, is_dataclass
from typing import Any

import orjson

from warcheck.model import Analysis
from warcheck.record import Record, shaped_field_lines
from warcheck.version import __version__
from warcheck.vocab import SCHEMA_ID

_SCALARS = (str, int, float, bool, type(None))
_SCALAR_TYPES = frozenset(_SCALARS)
_SHAPES = ("json_omit", "json_flat", "json_inline")
_PLAIN: dict[type, bool] = {}
"""Whether orjson writes each class's records as ``to_dict`` does (see :func:`_plain_class`)."""
_WRITERS: dict[type, Any] = {}
"""Each class's writer (see :func:`_writer`)."""


def dumps(analysis: Analysis) -> bytes:
    """The analysis document's compact JSON, as ``orjson.dumps(analysis.to_dict())`` gives it."""
    body = _writer(type(analysis))(analysis)
    return orjson.dumps({"schema": SCHEMA_ID, "warcheck_version": __version__, **body})


def _subclasses(cls: type) -> list[type]:
    found: list[type] = [cls]
    subs: list[type] = type.__subclasses__(cls)
    for sub in subs:
        found += _subclasses(sub)
    return found


def _plain_class(cls: type) -> bool:
    """Whether orjson writes this very class's records as ``to_dict`` would."""
    known = _PLAIN.get(cls)
    if known is None:
        known = _PLAIN[cls] = _is_plain(cls)
    return known


def _is_plain(cls: type) -> bool:
    if not (is_dataclass(cls) and issubclass(cls, Record)) or cls.to_dict is not Record.to_dict:
        return False
    if any(getattr(cls, shape) for shape in _SHAPES):
        return False
    hints = typing.get_type_hints(cls)
    return all(_plain_type(hints[f.name]) for f in fields(cls))


def _plain_type(hint: Any) -> bool:
    """Whether every value a field of this declared type may hold is written alike by orjson."""
    if hint in _SCALAR_TYPES:
        return True
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return all(_plain_type(a) for a in args)
    if origin is tuple:
        return all(a is Ellipsis or _plain_type(a) for a in args)
    if origin is dict:
        return args[0] is str and _plain_type(args[1])
    if isinstance(hint, type) and issubclass(hint, Record):
        return all(_plain_class(sub) for sub in _subclasses(hint))
    return False


def _value(value: Any) -> Any:
    """A value of a field that is not plain, made ready for orjson the way ``to_dict`` does."""
    kind = type(value)
    if kind in _SCALAR_TYPES:
        return value
    if isinstance(value, Record):
        if _plain_class(kind):
            return value
        return _writer(kind)(value) if kind.to_dict is Record.to_dict else value.to_dict()
    if isinstance(value, tuple | list):
        return [_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _value(v) for k, v in value.items()}
    return value


def _field_lines(cls: type[Record], name: str, plain: bool) -> list[str]:
    """The lines writing one field: as ``Record.to_dict`` does, a plain one handed over as it is."""
    lines = shaped_field_lines(cls, name)
    if lines is not None:
        return lines
    if plain:
        return [f"    out[{name!r}] = self.{name}"]
    return [f"    v = self.{name}", f"    out[{name!r}] = v if type(v) in scalars else value(v)"]


def _writer(cls: type[Record]) -> Any:
    """A class's writer: straight-line code over its fields (as ``Record.to_dict`` compiles)."""
    found = _WRITERS.get(cls)
    if found is None:
        found = _WRITERS[cls] = _compile(cls)
    return found


def _compile(cls: type[Record]) -> Any:
    hints = typing.get_type_hints(cls)
    lines = ["def write(self):", "    out = {}"]
    for f in fields(cls):  # type: ignore[arg-type]
        lines += _field_lines(cls, f.name, _plain_type(hints[f.name]))
    lines.append("    return out")
    namespace: dict[str, Any] = {"scalars": _SCALAR_TYPES, "value": _value}
    exec("\n".join(lines), namespace)  # noqa: S102 - code built from field names only
    return namespace["write"]
