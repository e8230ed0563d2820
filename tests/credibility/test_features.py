"""Article features: named by group, outlet groups separable, spans pointing into the text."""

from __future__ import annotations

import warcheck
from warcheck.credibility.features import GROUPS, OUTLET_GROUPS, article_features, group_of


def test_features_of_the_seed(seed: warcheck.Analysis) -> None:
    doc = seed.to_dict()
    f = article_features(doc, "kurdish")
    assert {group_of(n) for n in f.values} <= set(GROUPS)
    assert f.values["camp:kurdish"] == 1.0
    shares = [v for n, v in f.values.items() if n.startswith("sourcing:")]
    assert abs(sum(shares) - 1.0) < 1e-9  # every claim has one outermost source type
    text = doc["article"]["text"]
    spans = [s for ss in f.spans.values() for s in ss if s[2]]
    assert spans and all(text[s:e] == t for s, e, t in spans)


def test_the_outlet_groups_are_only_outlet_and_camp(seed: warcheck.Analysis) -> None:
    doc = seed.to_dict()
    doc["article"] = {**doc["article"], "outlet": "Hawar News"}
    f = article_features(doc, "kurdish")
    outlet = {n for n in f.values if group_of(n) in OUTLET_GROUPS}
    assert {group_of(n) for n in outlet} == {"outlet", "camp"} and "camp:kurdish" in outlet
    other = article_features({**doc, "article": {**doc["article"], "outlet": None}}, "neutral")
    content = {n: v for n, v in f.values.items() if group_of(n) not in OUTLET_GROUPS}
    assert content == {n: v for n, v in other.values.items() if group_of(n) not in OUTLET_GROUPS}


def test_an_empty_document_gives_zero_features() -> None:
    f = article_features({"article": {"text": ""}}, "unknown camp")
    assert f.values["specific:main_event"] == 0.0 and f.values["specific:place_none"] == 1.0
