"""Tests for warcheck.evaluation.geoparsing: reading GeoWebNews XML, matching and scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

import warcheck
from warcheck import vocab
from warcheck.errors import DataError
from warcheck.evaluation import geoparsing
from warcheck.evaluation.geoparsing import Document, Tally, Toponym, km, read_documents, select
from warcheck.model import PlaceMention

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "geowebnews-sample.xml"


def test_read_documents_keeps_offsets_types_and_points() -> None:
    docs = read_documents(FIXTURE)
    assert [d.number for d in docs] == [0, 1, 2, 3]
    for d in docs:
        for t in d.toponyms:
            assert d.text[t.start : t.end] == t.name
    first = docs[0]
    karachi = next(t for t in first.toponyms if t.name == "Karachi")
    assert karachi.type == "Literal" and karachi.lat == pytest.approx(24.86)
    adjective = next(t for t in first.toponyms if t.name == "Pakistani")
    assert adjective.adjective and adjective.lat is not None
    expression = next(t for t in first.toponyms if t.name == "rescuers")
    assert expression.lat is None and not expression.adjective


@pytest.mark.parametrize(
    ("content", "message"),
    [("not xml <", "not XML"), ("<articles></articles>", "no <article>")],
)
def test_bad_files_raise_data_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=message):
        read_documents(path)


def test_missing_file_raises_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no such file"):
        read_documents(tmp_path / "absent.xml")


def test_km_is_the_great_circle_distance() -> None:
    assert km(0, 0, 0, 0) == 0
    assert km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.2)  # one degree on the equator
    assert km(51.5, -0.13, 48.86, 2.35) == pytest.approx(343, abs=5)  # London-Paris


def test_select_splits_even_and_odd_articles() -> None:
    docs = read_documents(FIXTURE)
    even, odd = select(docs, "even"), select(docs, "odd")
    assert [d.number for d in even] == [0, 2] and [d.number for d in odd] == [1, 3]
    assert select(docs, "all") == docs
    with pytest.raises(DataError, match="unknown half"):
        select(docs, "first")


def _doc() -> Document:
    text = "Rain hit Lagos and Abuja."
    return Document(
        0,
        text,
        (
            Toponym(9, 14, "Lagos", "Literal", 6.45, 3.39),
            Toponym(19, 24, "Abuja", "Literal", 9.06, 7.49),
        ),
    )


def _mention(text: str, start: int, end: int, lat: float | None, lon: float | None) -> PlaceMention:
    return PlaceMention(start, end, text[start:end], lat=lat, lon=lon)


def test_tally_scores_exact_and_overlapping_spans_and_distance() -> None:
    doc = _doc()
    pred = (
        _mention(doc.text, 9, 14, 6.45, 3.39),  # exact, right point
        _mention(doc.text, 19, 23, 40.0, -3.7),  # overlap only, far away (Madrid)
        _mention(doc.text, 0, 4, None, None),  # spurious
    )
    t = Tally()
    t.add(doc, pred)
    m = geoparsing._metrics(t)
    assert m["precision_exact"] == pytest.approx(1 / 3, abs=1e-3)
    assert m["recall_exact"] == 0.5
    assert m["recall_overlap"] == 1.0 and m["precision_overlap"] == pytest.approx(2 / 3, abs=1e-3)
    assert m["acc161"] == 0.5
    assert m["mean_error_km"] > 1000


def test_nouns_tally_leaves_adjectival_toponyms_out() -> None:
    text = "Russian troops left Moscow."
    doc = Document(
        0,
        text,
        (
            Toponym(0, 7, "Russian", "Non_Literal_Modifier", 60.0, 100.0, True),
            Toponym(20, 26, "Moscow", "Literal", 55.75, 37.62),
        ),
    )
    pred = (_mention(text, 20, 26, 55.75, 37.62),)
    everything, nouns = Tally(), Tally(nouns=True)
    everything.add(doc, pred)
    nouns.add(doc, pred)
    assert geoparsing._metrics(everything)["recall_exact"] == 0.5
    assert geoparsing._metrics(nouns)["recall_exact"] == 1.0


def test_evaluate_runs_the_place_stage_and_reports_defined_metrics() -> None:
    result = warcheck.evaluate("geoparsing", str(FIXTURE))
    assert result["dataset"] == "geoparsing" and result["n"] == 4
    assert result["gold"] == 11  # toponyms with coordinates only
    assert set(result["metrics"]) <= set(vocab.EVAL_METRIC)
    assert result["metrics"]["recall_overlap"] > 0.5
    only = result["places_only"]
    assert only["predicted"] <= result["predicted"] and set(only["metrics"]) <= set(
        vocab.EVAL_METRIC
    )
    report = warcheck.format_evaluation(result)
    assert "acc@161km" in report and "geowebnews-sample.xml" in report


def test_evaluate_half_counts_only_that_half() -> None:
    odd = warcheck.evaluate("geoparsing", str(FIXTURE), half="odd")
    assert odd["n"] == 2 and odd["half"] == "odd"
    with pytest.raises(DataError, match="applies to main-event and geoparsing"):
        warcheck.evaluate("case2021", str(FIXTURE), half="odd")
