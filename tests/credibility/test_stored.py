"""The credibility model over a store: one labelled, outlet-blind row per article."""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

import pytest

import warcheck
from warcheck.cli import main
from warcheck.credibility.logistic import Logistic
from warcheck.credibility.modelfile import shipped
from warcheck.credibility.stored import assess_stored, assessment_rows
from warcheck.credibility.training import Model

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "fakes-sample.csv"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("assess") / "s.db"
    with warcheck.Store.open(path) as store:
        store.ingest(warcheck.read_items([str(FIXTURE)]))
        assert warcheck.assess_store(store) == store.count("articles")
    return path


def _documents(path: Path) -> tuple[dict[int, Any], dict[int, str | None]]:
    docs, outlets = {}, {}
    with warcheck.Store.open(path, create=False) as store:
        for aid, outlet, _published, doc, _done in store.crosscheck_inputs():
            docs[aid], outlets[aid] = doc, outlet
    return docs, outlets


def test_every_article_has_a_labelled_row_with_reasons_in_its_text(store_path: Path) -> None:
    with warcheck.Store.open(store_path, create=False) as store:
        n = store.count("articles")
        assert store.count("article_assessments") == n
        for aid in range(1, n + 1):
            found = store.assessment(aid)
            assert found is not None
            assert 0.0 < found["probability"] < 1.0
            assert "not a verdict" in found["label"]
            assert found["model"].endswith("#without_outlet")
            text = store.article(aid)["document"]["article"]["text"]  # type: ignore[index]
            for reason in found["reasons"]:
                assert reason["towards"] in {"credible", "not credible"}
                for span in reason["spans"]:
                    assert text[span["start"] : span["end"]] == span["text"]


def test_the_stored_probability_does_not_depend_on_the_outlet(store_path: Path) -> None:
    docs, outlets = _documents(store_path)
    models = shipped()[0]
    named = assessment_rows(docs, outlets, models)
    blind = assessment_rows(docs, dict.fromkeys(outlets), models)
    assert [r["probability"] for r in named] == [r["probability"] for r in blind]


def test_other_reports_of_the_incident_move_the_probability(store_path: Path) -> None:
    # The shipped model reads words only (cross-validation chose it); a model that reads
    # the cross-check shows that the store's rows see the other articles.
    docs, outlets = _documents(store_path)
    name = "xc_all:others_log"
    models: dict[str, Model] = {"without_outlet": Logistic((name,), (0.0,), (1.0,), (1.0,), 0.0)}
    together = {r["article_id"]: r["probability"] for r in assessment_rows(docs, outlets, models)}
    alone = {
        aid: assessment_rows({aid: doc}, outlets, models)[0]["probability"]
        for aid, doc in docs.items()
    }
    assert together != alone


class _Document(dict[str, Any]):
    """A document the test can hold a weak reference to."""


class _Recording:
    """A store of a few articles that records the batches written and the documents alive."""

    def __init__(self, inputs: list[tuple[int, str | None, str | None, Any, bool]]) -> None:
        self.inputs = inputs
        self.batches: list[list[dict[str, Any]]] = []
        self.alive: list[int] = []
        self._given: list[weakref.ref[_Document]] = []

    def crosscheck_inputs(self) -> Any:
        for aid, outlet, published, doc, done in self.inputs:
            copy = _Document(doc)
            self._given.append(weakref.ref(copy))
            yield aid, outlet, published, copy, done
            del copy

    def write_assessments(self, rows: list[dict[str, Any]]) -> None:
        self.batches.append(rows)
        self.alive.append(sum(ref() is not None for ref in self._given))


def test_the_assessment_streams_in_batches_and_gives_what_one_batch_gives(
    store_path: Path,
) -> None:
    with warcheck.Store.open(store_path, create=False) as store:
        inputs = list(store.crosscheck_inputs())[:5]
    models = shipped()[0]
    small, whole = _Recording(inputs), _Recording(inputs)
    assert assess_stored(small, models, batch=2) == assess_stored(whole, models, batch=100) == 5
    assert [len(b) for b in small.batches] == [2, 2, 1] and len(whole.batches) == 1
    # At most a batch of documents (and the one the first pass ended on) is held at a time.
    assert max(small.alive) <= 3 < 5 <= max(whole.alive)

    def kept(batches: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in r.items() if k != "assessed_at"} for b in batches for r in b]

    assert kept(small.batches) == kept(whole.batches)
    docs = {aid: doc for aid, _o, _p, doc, _d in inputs}
    outlets = {aid: outlet for aid, outlet, _p, _doc, _d in inputs}
    assert kept(small.batches) == kept([assessment_rows(docs, outlets, models)])


def test_the_cli_shows_one_assessment_and_refuses_unknown_articles(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["assess", "--db", str(store_path), "--article", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("article 1: 0.") and "not a verdict" in out
    assert main(["assess", "--db", str(store_path), "--article", "9999"]) == 2
    assert "no such article" in capsys.readouterr().err


def test_the_web_article_page_shows_the_assessment(store_path: Path) -> None:
    from fastapi.testclient import TestClient

    from warcheck.web.app import create_app
    from warcheck.web.config import Settings

    client = TestClient(create_app(Settings(db=store_path)))
    data = client.get("/articles/1.json").json()
    assert data["assessment"]["probability"] > 0
    assert "not a verdict" in client.get("/articles/1").text
