"""Assessments: reasons ranked by contribution, spans from the features, outlet-free reasons."""

from __future__ import annotations

import warcheck
from warcheck.credibility.assessment import assess, assess_alone
from warcheck.credibility.features import Features
from warcheck.credibility.logistic import fit
from warcheck.credibility.modelfile import shipped


def test_reasons_follow_the_contributions() -> None:
    rows = [{"cue:hedge": float(i % 4), "sourcing:party": float(i % 3)} for i in range(40)]
    labels = [1 if r["cue:hedge"] >= 2 else 0 for r in rows]
    model = fit(rows, labels, ["cue:hedge", "sourcing:party"], 0.01)
    f = Features()
    f.put("cue:hedge", 3.0, [(4, 9, "could")])
    f.put("sourcing:party", 0.0)
    out = assess(model, f, top=2)
    first = out["reasons"][0]
    assert first["feature"] == "cue:hedge" and first["towards"] == "credible"
    assert first["spans"] == [{"start": 4, "end": 9, "text": "could"}]
    assert "hedge" in first["reason"] and "not a verdict" in out["what"]


def test_an_article_alone_gets_outlet_free_reasons(seed: warcheck.Analysis) -> None:
    result = assess_alone(seed.to_dict(), shipped()[0])
    assert 0.0 < result["probability_credible"] < 1.0
    assert "alone" in result["what"]
    groups = {r["group"] for r in result["reasons"]}
    assert groups and not groups & {"outlet", "camp"}
    assert warcheck.assess_credibility(seed) == result
