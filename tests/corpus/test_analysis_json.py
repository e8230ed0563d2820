"""The document's JSON written from the model: the bytes of ``orjson.dumps(to_dict())``."""

from __future__ import annotations

import dataclasses
import gc
from pathlib import Path

import orjson
import pytest

import warcheck
from warcheck.corpus import analysis_json
from warcheck.model import PlaceMention, Sentence, Span

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXTS = [
    "Air strikes killed five civilians in Idlib on Monday, the Observatory said.",
    "DAMASCUS, April 4 (Reuters) - Rebels shelled Aleppo, a monitor said, wounding 12 people.",
    "The weather in Homs was mild.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_document_is_what_to_dict_gives(text: str) -> None:
    analysis = warcheck.analyze(text, published="2017-04-04", outlet="SANA")
    assert analysis_json.dumps(analysis) == orjson.dumps(analysis.to_dict())


def test_every_fixture_article_gives_the_same_bytes() -> None:
    items = warcheck.read_items([str(FIXTURES / "fakes-sample.csv")])
    n = 0
    for item in items:
        assert isinstance(item, warcheck.Item)
        analysis = warcheck.analyze(item.content, published=item.published, outlet=item.outlet)
        assert analysis_json.dumps(analysis) == orjson.dumps(analysis.to_dict())
        n += 1
    assert n > 20


def test_records_with_a_shape_and_their_bases_are_not_handed_to_orjson() -> None:
    assert analysis_json._plain_class(PlaceMention)
    assert not analysis_json._plain_class(Sentence)  # json_omit: its text
    assert not analysis_json._plain_type(Span)  # a field declared Span may hold a Sentence
    assert analysis_json._plain_type(tuple[PlaceMention, ...])
    assert not analysis_json._plain_type(list[int])  # not known: written as to_dict does


def test_a_subclass_with_a_shape_is_written_as_to_dict_writes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(analysis_json, "_PLAIN", {})  # classes are looked at when first written
    monkeypatch.setattr(analysis_json, "_WRITERS", {})

    @dataclasses.dataclass(frozen=True)
    class Quiet(PlaceMention):
        json_omit = ("text",)

    analysis = warcheck.analyze(TEXTS[0], published="2017-04-04")
    assert analysis.places
    places = tuple(Quiet(**vars(p)) for p in analysis.places)
    changed = dataclasses.replace(analysis, places=places)
    written = analysis_json.dumps(changed)
    assert written == orjson.dumps(changed.to_dict())
    assert "text" not in orjson.loads(written)["places"][0]
    del Quiet, places, changed
    gc.collect()  # PlaceMention forgets the subclass
