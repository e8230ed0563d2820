"""Finding place mentions: matching, transliteration variants and resolution."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from warcheck import vocab
from warcheck.analysis import places
from warcheck.model import PlaceMention

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "seed-article.txt"


def _km(m: PlaceMention, lat: float, lon: float) -> float:
    assert m.lat is not None and m.lon is not None
    return math.hypot((m.lat - lat) * 111, (m.lon - lon) * 111 * math.cos(math.radians(lat)))


def _one(text: str) -> PlaceMention:
    found = places.find_places(text)
    assert len(found) == 1, found
    return found[0]


def test_seed_article_places() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = places.find_places(text)
    deir = [m for m in found if "zour" in m.text.lower()]
    assert {m.text for m in deir} >= {"Dair al-Zour", "Deir al-Zour"}
    assert all(_km(m, 35.33, 40.14) < 10 and m.admin1 == "Deir ez-Zor" for m in deir)
    assert all(m.feature == "populated_place" and m.precision == "town" for m in deir)
    euphrates = [m for m in found if m.name == "Euphrates"]
    assert euphrates and euphrates[0].text == "Euphrates River"
    assert euphrates[0].feature == "river" and euphrates[0].precision == "region"
    sal = [m for m in found if m.text == "Salhiya"]
    assert sal and sal[0].admin1 == "Deir ez-Zor" and sal[0].country == "SY"
    assert places.governorate(sal[0]) == "Deir ez-Zor"
    assert not any(m.text.lower().endswith("bank") for m in found)


def test_offsets_sorted_and_not_overlapping() -> None:
    text = (
        "Shelling hit Eastern Ghouta and al-Bab, east of Aleppo, while in Ma’arrat al-Nu’man "
        "and Syria’s Deir Ezzor province residents fled towards the Turkish border."
    )
    found = places.find_places(text)
    assert [m.text for m in found] == [
        "Eastern Ghouta", "al-Bab", "Aleppo", "Ma’arrat al-Nu’man", "Syria", "Deir Ezzor province",
    ]  # fmt: skip
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.precision in vocab.PLACE_PRECISION
        assert m.feature in vocab.PLACE_FEATURE
        assert m.place_id.startswith(("geonames:", "warcheck:"))


@pytest.mark.parametrize(
    "variants",
    [
        ["Deir ez-Zor", "Deir al-Zour", "Dair al-Zour", "Dayr az Zawr", "Deir Ezzor",
         "Deir el-Zor", "Deir Ez Zor", "Deir ezzor"],
        ["Tal Abyad", "Tell Abyad", "Tall Abyad", "Tel Abyad"],
        ["Khan Sheikhoun", "Khan Shaykhun", "Khan Sheikhun"],
        ["Maarat al-Numan", "Ma'arrat an-Nu'man", "Maaret al-Noaman"],
        ["Ras al-Ain", "Ras al Ayn", "Ra’s al-‘Ayn", "Ras el-Ain"],
        ["Raqqa", "Raqqah", "al-Raqqa", "Ar-Raqqah"],
        ["Hasakah", "Hasakeh", "Hassakeh", "al-Hasakah"],
    ],
)  # fmt: skip
def test_transliteration_variants_meet(variants: list[str]) -> None:
    ids = {_one(f"Fighting was reported in {v} on Monday.").place_id for v in variants}
    assert len(ids) == 1


def test_longest_match_and_governorate_suffix() -> None:
    m = _one("Clashes in the Damascus countryside left three dead.")
    assert m.name == "Rif Dimashq" and m.feature == "admin1" and m.precision == "governorate"
    m = _one("Warplanes struck Idlib province on Sunday.")
    assert (m.text, m.feature, m.admin1) == ("Idlib province", "admin1", "Idlib")
    m = _one("Warplanes struck Idlib on Sunday.")
    assert m.feature == "populated_place" and places.governorate(m) == "Idlib"
    m = _one("They fled the Yarmouk camp.")
    assert m.precision == "neighbourhood" and m.admin1 == "Damascus"


def test_common_words_and_lower_case_are_not_places() -> None:
    assert places.find_places("Tell me what was said in the bath, it was nice.") == []
    assert places.find_places("the syrian army moved east along the river.") == []
    assert places.find_places("Human rights groups and Media said the Kerry plan failed.") == []


def test_media_and_organisations_are_not_places() -> None:
    assert places.find_places("Al Jazeera reported the Jabhat al-Nusra attack.") == []
    assert places.find_places("Al Mayadeen TV said the talks failed.") == []
    m = _one("Troops advanced on the town of al-Mayadeen.")
    assert m.name == "Mayadin" and m.admin1 == "Deir ez-Zor"
    names = {m.name for m in places.find_places("the Islamic State of Iraq and the Levant (ISIL)")}
    assert "Iraq" not in names and "Levant" not in names


def test_homonyms_prefer_syria_and_follow_context() -> None:
    assert _one("The delegation left Damascus.").country == "SY"
    found = places.find_places("The US envoy flew to Damascus.")
    assert [m.country for m in found] == ["US", "SY"]
    assert _one("Protesters gathered in Tripoli.").country == "LB"
    found = places.find_places("Militias in Benghazi and Tripoli clashed.")
    assert [m.country for m in found] == ["LY", "LY"]


def test_acronyms_and_short_codes() -> None:
    found = places.find_places("SANA said U.S. and UK jets flew over the UN compound.")
    assert [(m.text, m.country) for m in found] == [("U.S.", "US"), ("UK", "GB")]


def test_governorate() -> None:
    douma = _one("Shelling hit Douma.")
    assert places.governorate(douma) == "Rif Dimashq"
    assert places.governorate(_one("Aleppo province")) == "Aleppo"
    assert places.governorate(_one("Ankara")) is None
    assert places.governorate(_one("Syria")) is None


def test_lost_apostrophe_and_the_hamas_movement() -> None:
    m = _one("Warplanes struck Hamas eastern countryside.")  # "Hama's", apostrophe lost
    assert m.name == "Hama" and places.governorate(m) == "Hama"
    m = _one("Rebels shelled Hamas countryside.")
    assert (m.text, m.feature, m.admin1) == ("Hamas countryside", "admin1", "Hama")
    assert places.find_places("Leaders of Hamas and Hezbollah met; Hamas said it would go.") == []
    assert [m.name for m in places.find_places("Syrias Aleppo and Aleppos outskirts")] == [
        "Syria", "Aleppo", "Aleppo",
    ]  # fmt: skip


def test_results_do_not_depend_on_earlier_texts() -> None:
    # A spelling unlike any gazetteer name is a place only next to words like "in".
    texts = ["Shelling hit Talbeesah.", "Shelling in Talbeesah.", "Shelling hit Talbeesah."]
    found = [places.find_places(t) for t in texts]
    assert found[0] == found[2] == []
    assert [(m.text, m.admin1) for m in found[1]] == [("Talbeesah", "Homs")]
    text = "Troops entered Mayadeen. Mayadeen residents and Al Mayadeen TV reported it."
    assert places.find_places(text) == places.find_places(text)


def test_an_abbreviation_before_its_full_stop_opens_a_name() -> None:
    found = [
        (p.text, p.name) for p in places.find_places("Two suspects from St. Louis and Ft. Worth.")
    ]
    assert found == [("St. Louis", "St. Louis"), ("Ft. Worth", "Fort Worth")]
    # A sentence that ends in a place does not run into the next one.
    ends = [p.text for p in places.find_places("They drove to Aleppo. Homs was quiet.")]
    assert ends == ["Aleppo", "Homs"]


def test_us_counties_and_english_words_that_name_small_towns() -> None:
    found = places.find_places("It was sold in Orange County, the richest part of California.")
    assert [(p.text, p.feature, p.admin1) for p in found][0] == (
        "Orange County",
        "district",
        "California",
    )
    # "Time" (Norway) and "Federal" (Argentina) are small towns and common English words.
    text = "Time will tell, said the Federal Bureau of Investigation."
    assert [p.text for p in places.find_places(text)] == []


def test_a_big_city_after_a_capitalised_word_stays_a_city() -> None:
    found = places.find_places("He is the editor of Baseball Toronto, a website.")
    assert [(p.text, p.country) for p in found] == [("Toronto", "CA")]
    # Only by its own name: "Riad" (an alternate name of Riyadh) after "Nash" is a person.
    assert places.find_places("Nash Riad and John Smith are cashiers.") == []


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Talks on a UK-EU deal resumed.", ["GB", None]),
        ("Plans for the DPRK-US summit went ahead.", ["KP", "US"]),
    ],
)
def test_hyphenated_codes_are_each_read_as_codes(text: str, countries: list[str | None]) -> None:
    assert [p.country for p in places.find_places(text)] == countries


def test_a_plural_unit_word_after_two_names_stays_out_of_the_span() -> None:
    found = places.find_places("Clashes went on in Hama and Idlib provinces and in Daraa province.")
    idlib = next(p for p in found if p.name == "Idlib")
    assert (idlib.text, idlib.feature) == ("Idlib", "admin1")
    assert "Daraa province" in [p.text for p in found]
