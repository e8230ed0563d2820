"""The bundled example article, end to end: the mentions the issue asks for."""

from __future__ import annotations

import math

import warcheck


def _near(lat: float | None, lon: float | None, lat0: float, lon0: float, km: float) -> bool:
    assert lat is not None and lon is not None
    return math.hypot((lat - lat0) * 111, (lon - lon0) * 111 * math.cos(math.radians(lat0))) <= km


def test_comment_form_removed_and_reported(seed: warcheck.Analysis) -> None:
    text = seed.article.text
    assert "Leave A Reply" not in text and "will not be published" not in text
    removed = " ".join(r.text for r in seed.article.boilerplate_removed).lower()
    assert "reply" in removed
    assert seed.article.title is not None and seed.article.title.text.startswith("Agreement")


def test_partisan_labels_resolve(seed: warcheck.Analysis) -> None:
    baath = [m for m in seed.actors if "ba" in m.text.lower() and "thist" in m.text.lower()]
    assert baath and all(m.actor_id == "syrian_government_forces" for m in baath)
    assert all(m.label and m.label_camp for m in baath)
    merc = [m for m in seed.actors if "mercenar" in m.text.lower()]
    assert merc and sum(m.actor_id == "isis" for m in merc) >= 0.6 * len(merc)
    assert all(m.confidence < 1 for m in merc if m.resolved_by == "context")
    sdf = [m for m in seed.actors if "democratic forces" in m.text.lower()]
    assert sdf and all(m.actor_id == "sdf" for m in sdf)


def test_places(seed: warcheck.Analysis) -> None:
    deir = [p for p in seed.places if "zour" in p.text.lower() or "zor" in p.text.lower()]
    assert deir and all(_near(p.lat, p.lon, 35.33, 40.14, 60) for p in deir)
    assert any(p.name.startswith("Euphrates") for p in seed.places)
    sal = [p for p in seed.places if p.text == "Salhiya"]
    assert sal and sal[0].admin1 == "Deir ez-Zor"


def test_relative_dates(seed: warcheck.Analysis, seed_undated: warcheck.Analysis) -> None:
    by_text = {t.text.lower(): t for t in seed.times}
    t20 = next(t for k, t in by_text.items() if "twentieth" in k)
    t18 = next(t for k, t in by_text.items() if "18th" in k)
    assert (t20.value, t20.precision, t20.anchor) == ("2017-09-20", "day", "published")
    assert (t18.value, t18.anchor) == ("2017-09-18", "previous")
    undated = [t for t in seed_undated.times if "twentieth" in t.text or "18th" in t.text]
    assert len(undated) == 2 and all(not t.resolved and t.value is None for t in undated)


def test_no_casualty_figures_invented(seed: warcheck.Analysis) -> None:
    assert seed.casualties == ()
