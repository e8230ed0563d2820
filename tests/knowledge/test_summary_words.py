"""The summary's word tables (summary_words.json) are sourced and use the closed vocabularies."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from warcheck import vocab
from warcheck.knowledge import summary_words as sw
from warcheck.knowledge.loader import KnowledgeError, read_json


def test_every_table_has_a_source_and_known_terms() -> None:
    data = read_json(sw.FILE)
    tables = {k: v for k, v in data.items() if isinstance(v, dict)}
    assert tables and all(str(t.get("source", "")).strip() for t in tables.values())
    words = sw.summary_words()
    assert words.violent_event_types <= set(vocab.EVENT_TYPE)
    assert words.civilian_groups | words.noncivilian_groups <= set(vocab.CASUALTY_GROUP)
    assert not words.civilian_groups & words.noncivilian_groups
    assert set(words.sourcing_groups) <= set(vocab.SOURCE_TYPE)


@pytest.mark.parametrize(
    ("table", "key", "value", "message"),
    [
        ("violent_event_types", "event_types", ["air_strike"], "not in the vocabulary"),
        ("civilian_groups", "groups", [], "non-empty list"),
        ("sourcing_groups", "groups", {"monitor": "neutral"}, "unknown source type"),
        ("joining_words", "source", "", "no source note"),
    ],
)
def test_a_bad_table_is_refused(
    monkeypatch: pytest.MonkeyPatch, table: str, key: str, value: Any, message: str
) -> None:
    data = copy.deepcopy(read_json(sw.FILE))
    data[table][key] = value
    monkeypatch.setattr(sw, "read_json", lambda name: data)
    sw.summary_words.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match=message):
            sw.summary_words()
    finally:
        sw.summary_words.cache_clear()
