"""Cross-check features: another outlet's report of the same incident is seen, by name."""

from __future__ import annotations

import warcheck
from warcheck.credibility.corroboration import corroboration

STORY = (
    "Air strikes killed 12 civilians in the town of Saraqeb in Idlib province on Tuesday, "
    "the Syrian Observatory for Human Rights said. The monitor said warplanes hit a market "
    "in Saraqeb, killing 12 people including three children."
)
OTHER = (
    "Clashes between rival groups broke out in Qamishli in Hasakah province on Friday, "
    "residents said, and several shops were burned near the central bus station."
)


def _doc(text: str, outlet: str) -> dict:
    return warcheck.analyze(text, published="2019-05-08", outlet=outlet).to_dict()


def test_a_second_report_is_counted_and_named() -> None:
    docs = {
        0: _doc(STORY, "reuters"),
        1: _doc(STORY + " Rescuers searched.", "sana"),
        2: _doc(OTHER, "trt"),
    }
    found = corroboration(docs, [0, 1, 2], {0: "first", 1: "second", 2: "third"})
    assert found[0].values["xc_all:others_log"] > 0
    assert found[0].values["xc_all:other_outlets_log"] > 0
    assert any("second (sana)" in n for n in found[0].notes["xc_all:others_log"])
    assert found[2].values["xc_all:others_log"] == 0.0


def test_the_training_view_sees_only_training_articles() -> None:
    docs = {0: _doc(STORY, "reuters"), 1: _doc(STORY + " Rescuers searched.", "sana")}
    found = corroboration(docs, [0])
    assert found[0].values["xc_all:others_log"] > 0
    assert found[0].values["xc_train:others_log"] == 0.0  # article 1 is not a training article
    assert found[1].values["xc_train:others_log"] > 0  # itself and training article 0
