"""The main place of an article (analysis.main_place, re-exported by analysis.places)."""

from __future__ import annotations

import warcheck
from warcheck.analysis import places
from warcheck.model import PlaceMention


def _main(text: str, title_end: int = 0) -> str | None:
    main = places.main_place(places.find_places(text), text, title_end)
    return places.governorate(main) if main else None


def _at(
    text: str, name: str, gov: str, lat: float, lon: float, precision: str = "town"
) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(
        start, start + len(name), name, place_id=f"warcheck:{name.lower()}", name=name,
        feature="admin1" if precision == "governorate" else "populated_place", lat=lat, lon=lon,
        admin1=gov, country="SY", precision=precision,
    )  # fmt: skip


def test_main_place_skips_metonym_and_prefers_the_event() -> None:
    text = (
        "Damascus said on Monday it would respond. Air strikes killed 12 civilians in "
        "Khan Sheikhoun, activists said. Damascus denied the report."
    )
    main = places.main_place(places.find_places(text), text)
    assert main is not None and main.name == "Khan Shaykhun"
    assert places.governorate(main) == "Idlib"


def test_main_place_title_and_specific_mention() -> None:
    title = "Car bomb kills 9 in Azaz"
    text = f"{title}\n\nA car bomb exploded in Azaz in Aleppo province. Aid reached Hama later."
    main = places.main_place(places.find_places(text), text, len(title))
    assert main is not None and main.name == "Azaz" and places.governorate(main) == "Aleppo"


def test_main_place_without_syrian_places() -> None:
    assert places.main_place([], "") is None
    text = "Talks opened in Geneva."
    main = places.main_place(places.find_places(text), text)
    assert main is not None and main.country == "CH"


def test_origins_do_not_vote_for_the_scene() -> None:
    text = (
        "Evacuees from the besieged towns of Foua and Kefraya were killed when a car bomb "
        "hit their buses west of Aleppo."
    )
    assert _main(text) == "Aleppo"
    assert _main("Shelling killed five people in Foua and Kefraya west of Aleppo.") == "Idlib"


def test_casualty_word_counts_only_in_its_clause() -> None:
    text = (
        "The death toll has risen while SDF fighters make gains in Manbij. "
        "Air strikes killed 58 civilians in Al Quriyah."
    )
    assert _main(text) == "Deir ez-Zor"
    assert _main("The death toll has risen in Manbij. Air strikes hit Al Quriyah.") == "Aleppo"


def test_photo_caption_counts_less() -> None:
    caption = "A man walks past rubble in Aleppo on July 1 2016. (AFP Photo) "
    assert _main(caption + "Air strikes hit Idlib on Saturday.") == "Idlib"
    assert (
        _main("A man walks past rubble in Aleppo. Air strikes hit Idlib on Saturday.") == "Aleppo"
    )


def test_a_place_located_by_the_next_one() -> None:
    text = "Strikes hit Kussa, a village south of Jarabulus, on Sunday."
    far = _at(text, "Kussa", "Homs", 34.5, 36.6)  # the gazetteer's homonym, 300 km away
    near = _at(text, "Kussa", "Homs", 36.7, 38.0)  # close to Jarabulus, wrongly assigned
    jarabulus = _at(text, "Jarabulus", "Aleppo", 36.82, 38.01)
    main = places.main_place([far, jarabulus], text)
    assert main is not None and main.name == "Jarabulus"
    main = places.main_place([near, jarabulus], text)
    assert main is not None and main.name == "Kussa"
    for text, gov in [
        ("Shelling hit Arbaeen in Idlib province on Sunday.", "Idlib"),
        ("Shelling hit Arbaeen and Idlib province on Sunday.", "Rif Dimashq"),
    ]:
        arbaeen = _at(text, "Arbaeen", "Rif Dimashq", 33.5, 36.3)  # a homonym
        idlib = _at(text, "Idlib province", "Idlib", 35.9, 36.6, "governorate")
        main = places.main_place([arbaeen, idlib], text)
        assert main is not None and places.governorate(main) == gov


def test_a_governorate_restating_the_place_before_counts_less() -> None:
    text = "Qaryatain city in Homs was retaken. Shelling hit Hama and Salamiyah."
    assert _main(text) == "Hama"
    assert _main(text.replace(" in Homs", " and Homs")) == "Homs"


def test_killed_as_keeps_the_casualty_clause() -> None:
    text = "Shelling hit Aleppo. Ten were killed as jets bombed a market in Maarat al-Numan."
    assert _main(text) == "Idlib"
    assert _main(text.replace("killed as", "killed, as")) == "Aleppo"


def test_sentences_dated_long_before_publication_count_as_background() -> None:
    text = (
        "Rebels used the same weapons in Aleppo last year, the ministry said. "
        "Doctors in Idlib treated the wounded on Tuesday."
    )
    a = warcheck.analyze(text, published="2017-04-05")
    assert a.summary.main_place.governorate == "Idlib"
    # Without a publication date nothing anchors "last year": the first place leads.
    assert warcheck.analyze(text).summary.main_place.governorate == "Aleppo"


def test_background_years_are_whole_words() -> None:
    from warcheck.analysis.main_place import _BACKGROUND

    found = [
        m.group() for m in _BACKGROUND.finditer("in 1982, since 2011; A1990 x2005 a since 2011")
    ]
    assert found == ["1982", "since 2011", "since 2011"]
    assert _BACKGROUND.search("the 20101 code and M2010 jets") is None
