"""The cross-check on real analyses of short made-up reports, and its place in the layers."""

from __future__ import annotations

import ast
from pathlib import Path

import warcheck
from warcheck.crosscheck import Corpus, facts_of, review

CROSSCHECK = Path(__file__).resolve().parents[2] / "warcheck" / "crosscheck"

REPORT_A = (
    "Gunmen kill 4 at Halvorsen mill in Riverton\n\n"
    "Gunmen killed four workers at the Halvorsen textile mill in Riverton on Monday, police "
    "said. The attackers set fire to the Oyelaran warehouse and fled towards the Kettleby ravine."
)
REPORT_B = (
    "Eleven dead in Riverton mill attack\n\n"
    "Gunmen killed 11 workers at the Halvorsen textile mill in Riverton on Monday, a hospital "
    "official said. Witnesses said the attackers burned the Oyelaran warehouse and escaped "
    "towards the Kettleby ravine."
)


def _corpus(*texts: tuple[str, str]) -> Corpus:
    corpus = Corpus()
    for aid, (outlet, text) in enumerate(texts, 1):
        doc = warcheck.analyze(text, published="2020-03-03", outlet=outlet).to_dict()
        corpus.add(facts_of(aid, outlet, "2020-03-03", doc), doc["article"]["text"])
    return corpus


def test_two_analysed_reports_that_disagree_on_the_toll() -> None:
    corpus = _corpus(("a.example", REPORT_A), ("b.example", REPORT_B))
    (r,) = [r for r in review(corpus) if len({f.article_id for f in r.claims}) == 2]
    killed = [c for c in r.contradictions if c.kind == "killed"]
    assert killed and {v.value for v in killed[0].values} == {"4", "11"}
    mains = [f.key for f in r.claims if f.main]
    assert {r.grades[k].grade for k in mains} == {"contested"}


def test_a_lone_analysed_report_is_weak() -> None:
    corpus = _corpus(("a.example", REPORT_A))
    (main,) = [f for f in corpus.all_facts() if f.main]
    (r,) = review(corpus, [corpus.incidents()[main.key]])
    assert r.grades[main.key].grade == "weak"


def test_the_cross_check_does_not_use_the_corpus_store() -> None:
    for path in CROSSCHECK.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("warcheck.corpus"), path.name
            if isinstance(node, ast.Import):
                assert all(not a.name.startswith("warcheck.corpus") for a in node.names)
