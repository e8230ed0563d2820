"""Write warcheck/schema/analysis-1.json from the model's dataclasses and vocabularies.

Usage: python scripts/build_schema.py [--check]

The schema is generated so that it cannot drift from the code: every record
becomes a definition, every closed-vocabulary field an ``enum``. ``--check``
exits 1 when the file on disk differs from what would be generated.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import types
import typing
from collections.abc import Collection
from pathlib import Path
from typing import Any

from warcheck import model, vocab
from warcheck.knowledge.gazetteer import GOVERNORATES

OUT = Path(__file__).resolve().parent.parent / "warcheck" / "schema" / "analysis-1.json"

# (record, field) -> the allowed values (a vocabulary's keys); for a dict field, its keys'.
ENUMS: dict[tuple[str, str], Collection[str]] = {
    ("Article", "published_from"): vocab.PUBLISHED_FROM,
    ("Removed", "reason"): vocab.REMOVAL_REASON,
    ("ActorMention", "kind"): vocab.ACTOR_KIND,
    ("ActorMention", "label_camp"): vocab.CAMPS,
    ("ActorMention", "resolved_by"): vocab.ACTOR_RESOLUTION,
    ("PlaceMention", "precision"): vocab.PLACE_PRECISION,
    ("PlaceMention", "feature"): vocab.PLACE_FEATURE,
    ("TimeMention", "kind"): vocab.TIME_KIND,
    ("TimeMention", "precision"): vocab.TIME_PRECISION,
    ("TimeMention", "anchor"): vocab.TIME_ANCHOR,
    ("CasualtyMention", "outcome"): vocab.CASUALTY_OUTCOME,
    ("CasualtyMention", "group"): vocab.CASUALTY_GROUP,
    ("CasualtyMention", "qualifier"): vocab.NUMBER_QUALIFIER,
    ("Cue", "kind"): vocab.CUE_KIND,
    ("Cue", "technique"): vocab.PERSUASION_TECHNIQUE,
    ("Cue", "camp"): vocab.CAMPS,
    ("Source", "type"): vocab.SOURCE_TYPE,
    ("Source", "stance"): vocab.REPORT_STANCE,
    ("Participant", "role"): vocab.PARTICIPANT_ROLE,
    ("Claim", "kind"): vocab.CLAIM_KIND,
    ("Claim", "event_type"): vocab.EVENT_TYPE,
    ("Claim", "certainty"): vocab.CERTAINTY,
    ("Claim", "date_precision"): vocab.TIME_PRECISION,
    ("MainEvent", "event_type"): vocab.EVENT_TYPE,
    ("MainEvent", "date_precision"): vocab.TIME_PRECISION,
    ("MainEvent", "certainty"): vocab.CERTAINTY,
    ("MainEvent", "source_types"): vocab.SOURCE_TYPE,
    ("MainPlace", "governorate"): GOVERNORATES,
    ("Summary", "camps"): vocab.CAMPS,
    ("Summary", "label_camps"): vocab.CAMPS,
}

# (record, field) -> (vocabulary, its one key that the value may go on after, past a space).
OPEN_ENDED: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    ("MainEvent", "perpetrator_from"): (vocab.PERPETRATOR_FROM, "implied by the weapon"),
}


def _lookup(table: dict[tuple[str, str], Any], cls: type, name: str) -> Any:
    """The entry for ``cls.name``, or for the same field of a base class (MainPlace's precision)."""
    return next(
        (table[(c.__name__, name)] for c in cls.__mro__ if (c.__name__, name) in table), None
    )


def _open_ended(entry: tuple[dict[str, str], str], nullable: bool) -> dict[str, Any]:
    terms, key = entry
    fixed = [t for t in terms if t != key]
    return {
        "anyOf": [
            {"enum": [*fixed, None] if nullable else fixed},
            {"type": "string", "pattern": f"^{key} "},
        ]
    }


def _type(tp: Any, cls: type, name: str, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    nullable = origin in (typing.Union, types.UnionType)
    if _lookup(OPEN_ENDED, cls, name):
        return _open_ended(_lookup(OPEN_ENDED, cls, name), nullable)
    if nullable:
        inner = [a for a in args if a is not type(None)]
        schema = _type(inner[0], cls, name, defs)
        if "enum" in schema:
            return {"enum": [*schema["enum"], None]}
        return {"anyOf": [schema, {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": _type(args[0], cls, name, defs)}
    if origin is dict:
        keys = _lookup(ENUMS, cls, name)
        schema = {"type": "object", "additionalProperties": _type(args[1], cls, "", defs)}
        return {**schema, "propertyNames": {"enum": list(keys)}} if keys else schema
    if _lookup(ENUMS, cls, name):
        return {"enum": list(_lookup(ENUMS, cls, name))}
    if dataclasses.is_dataclass(tp):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    return {"type": simple[tp]}


def _define(cls: Any, defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # placeholder against recursion
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name in cls.json_omit:
            continue
        if f.name == cls.json_inline:
            props["start"] = {"type": ["integer", "null"]}
            props["end"] = {"type": ["integer", "null"]}
            props["text"] = {"type": ["string", "null"]}
            continue
        if f.name in cls.json_flat:
            props[f.name] = {"type": ["string", "null"]}
            props[f"{f.name}_start"] = {"type": ["integer", "null"]}
            props[f"{f.name}_end"] = {"type": ["integer", "null"]}
            continue
        props[f.name] = _type(hints[f.name], cls, f.name, defs)
    doc = (cls.__doc__ or "").strip().splitlines()[0]
    defs[cls.__name__] = {
        "description": doc,
        "type": "object",
        "properties": props,
        "required": list(props),
        "additionalProperties": False,
    }


def build() -> dict[str, Any]:
    """Return the JSON Schema of ``Analysis.to_dict()``."""
    defs: dict[str, Any] = {}
    _define(model.Analysis, defs)
    root = defs.pop("Analysis")
    root["properties"] = {
        "schema": {"const": vocab.SCHEMA_ID},
        "warcheck_version": {"type": "string"},
        **root["properties"],
    }
    root["required"] = list(root["properties"])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://warcheck.invalid/schema/analysis-1.json",
        "title": "warcheck analysis (warcheck.analysis/1)",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def main() -> int:
    """Write or check the schema file."""
    text = json.dumps(build(), indent=2, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        same = OUT.exists() and OUT.read_text("utf-8") == text
        print("schema up to date" if same else f"{OUT} is out of date: run scripts/build_schema.py")
        return 0 if same else 1
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    from warcheck.errors import run_main

    sys.exit(run_main("build_schema.py", main))
