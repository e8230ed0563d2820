"""The marked-up article text: every character kept once, every mention marked, HTML escaped."""

from __future__ import annotations

import html
import re
from typing import Any

import warcheck
from warcheck.web.highlight import highlighted, marks

TAG = re.compile(r"<[^>]+>")


def _doc(seed: warcheck.Analysis) -> dict[str, Any]:
    return seed.to_dict()


def test_the_text_is_kept_whole(seed: warcheck.Analysis) -> None:
    doc = _doc(seed)
    assert html.unescape(TAG.sub("", highlighted(doc))) == doc["article"]["text"]


def test_every_mention_is_inside_a_mark(seed: warcheck.Analysis) -> None:
    doc = _doc(seed)
    out = str(highlighted(doc))
    assert out.count('class="claim"') == len({c["start"] for c in doc["claims"]})
    assert len(marks(doc)) >= len(doc["actors"]) + len(doc["places"]) + len(doc["cues"])
    for cue in doc["cues"]:
        assert f"cue-{cue['kind']}" in out
    assert "kurdish camp" in out


def test_markup_in_the_text_is_escaped() -> None:
    text = "Clashes <b>in</b> Raqqa & <script>x</script>\n\nFighters clashed in Raqqa on Monday."
    doc = warcheck.analyze(text).to_dict()
    out = str(highlighted(doc))
    assert "<script>" not in out and "<b>" not in out and "&lt;script&gt;" in out
    assert html.unescape(TAG.sub("", out)) == doc["article"]["text"]


def test_overlapping_mentions_share_one_mark() -> None:
    doc = {
        "article": {"text": "abcdef"},
        "actors": [{"start": 0, "end": 4, "text": "abcd", "name": "A", "kind": "state_force",
                    "label": None, "label_camp": None}],  # fmt: skip
        "places": [{"start": 2, "end": 6, "text": "cdef", "name": "P", "precision": "town"}],
        "times": [], "casualties": [], "operations": [], "cues": [], "claims": [],
    }  # fmt: skip
    out = str(highlighted(doc))
    assert re.findall(r'<mark class="hl ([^"]+)"[^>]*>([a-z]+)</mark>', out) == [
        ("actor", "ab"),
        ("actor place", "cd"),
        ("place", "ef"),
    ]
