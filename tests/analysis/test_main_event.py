"""The summary's main event: what headline and lead tell, with its own place, date and sources."""

from __future__ import annotations

from typing import Any

import warcheck


def test_the_seed_is_about_the_alleged_agreement_not_a_side_clash(seed: warcheck.Analysis) -> None:
    assert seed.summary is not None and seed.summary.main_event is not None
    event = seed.summary.main_event
    assert event.event_type == "agreement"
    assert event.perpetrator in ("syrian_government", "syrian_government_forces", "isis")
    assert event.source_types[:1] == ("anonymous",)  # "Our private sources confirmed"


def test_an_accusation_is_the_event_dated_the_day_it_was_made(main_event: Any) -> None:
    text = (
        "Iraqi minister accuses Turkey over shelling\n\nIraq's defence minister on Monday accused "
        "Turkish forces of shelling villages near Zakho, calling it a violation of sovereignty."
    )
    event = main_event(text, "2019-06-04")  # a Tuesday
    assert event.event_type == "accuse"
    assert (event.date_from, event.date_to) == ("2019-06-03", "2019-06-03")


def test_a_rally_in_solidarity_with_a_bombed_city_is_a_protest_where_it_is_held(
    main_event: Any,
) -> None:
    text = (
        "Students march in Istanbul for Aleppo\n\nHundreds of students marched in Istanbul on "
        "Saturday in solidarity with the people of Aleppo, chanting against the bombing."
    )
    event = main_event(text, "2016-12-12")
    assert event.event_type == "peaceful_protest"
    assert event.place == "Istanbul" and event.location is not None
    assert event.location.country == "TR"


def test_a_weekday_dates_the_event_not_the_publication(main_event: Any) -> None:
    text = (
        "Gunmen kill five farmers\n\nGunmen killed five farmers near Jos on Thursday, police said."
    )
    event = main_event(text, "2018-05-04")  # a Friday
    assert event.date_from == "2018-05-03" and event.date_precision == "day"
    assert event.killed == 5


def test_a_day_of_last_year_is_last_year(main_event: Any) -> None:
    text = (
        "Report: strike killed 40 in Mosul market\n\nA coalition air strike killed 40 civilians "
        "in a market in western Mosul on 12 March last year, a United Nations report found."
    )
    event = main_event(text, "2018-01-20")
    assert event.date_from == "2017-03-12"


def test_the_place_is_the_town_not_the_bare_country(main_event: Any) -> None:
    text = (
        "Air strikes on Syria's Saraqeb kill seven\n\nAir strikes hit the town of Saraqeb in "
        "Syria on Monday, killing seven people, the Syrian Observatory for Human Rights said."
    )
    event = main_event(text, "2017-02-07")
    assert event.location is not None and event.location.precision == "town"
    assert event.source_types[:1] == ("monitor",)


def test_an_unsourced_lead_rests_on_the_outlet(main_event: Any) -> None:
    text = "Blast hits Azaz market\n\nA car bomb exploded in the market of Azaz on Sunday."
    assert main_event(text, "2017-01-09").source_types == ("outlet",)


def test_the_doer_of_another_attack_is_not_borrowed(main_event: Any) -> None:
    text = (
        "Blast kills 12 in Azaz market\n\nTwelve people were killed in a blast in the market of "
        "Azaz on Sunday, residents said.\n\nIn a separate attack last month, ISIS fighters bombed "
        "a checkpoint in Jarablus."
    )
    event = main_event(text, "2017-01-09")
    assert event.perpetrator is None
    assert event.source_types[:1] == ("witness",)
    assert event.killed == 12


def test_a_named_figure_is_the_toll_over_a_vague_headline_word(main_event: Any) -> None:
    text = "Dozens killed in Idlib\n\nAt least 23 people were killed in air strikes on Tuesday."
    assert main_event(text, "2017-01-11").killed == 23


def test_the_lead_s_plain_figure_beats_the_headline_s_rounded_one(main_event: Any) -> None:
    text = (
        "Over 30 fighters killed near Hama\n\nThirty-four fighters were killed in clashes "
        "near the town of Suran on Friday, a monitor said."
    )
    assert main_event(text, "2017-03-25").killed == 34
