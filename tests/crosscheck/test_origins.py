from __future__ import annotations

from warcheck.crosscheck.origins import camp_of, copy_links, fingerprint, origins, wire_credits


def test_wire_credits_in_their_usual_forms() -> None:
    assert wire_credits("BEIRUT (Reuters) - Rockets hit the city.") == {"Reuters"}
    assert wire_credits("Rockets hit the city.\n--AFP") == {"AFP"}
    assert wire_credits("DAMASCUS, March 2 (SANA) - Rockets hit.") == {"SANA"}
    assert wire_credits("Rockets hit the city, an AP reporter saw.") == set()


def test_two_outlets_crediting_one_wire_are_one_origin() -> None:
    texts = {
        1: "BEIRUT (Reuters) - Rockets hit the Quorra market, killing six people.",
        2: "Six people died when rockets struck a market in Quorra, Reuters reported.\n(Reuters)",
    }
    (origin,) = origins(texts, {1: "2020-01-02", 2: "2020-01-01"})
    assert origin.article_id == 2 and origin.copies == (1,)  # the earlier one is the origin
    assert origin.wire == "Reuters" and origin.links == ("wire credit",)


def test_same_quotes_and_figures_in_the_same_order_are_one_origin() -> None:
    a = (
        'The governor said 14 were killed. "We will rebuild every house," he said. Another 32 '
        'were hurt and 5 are missing. "Nobody is safe in Quorra tonight," a resident said.'
    )
    b = (
        'Officials counted 14 dead on Sunday. The governor vowed: "We will rebuild every house." '
        'There were 32 injured and 5 missing; "Nobody is safe in Quorra tonight," one woman said.'
    )
    assert copy_links(fingerprint(a), fingerprint(b)) == ("same quotes and figures",)
    # the same figures without the quotes are not enough
    c = "Fourteen... no: 14 were killed, 32 hurt and 5 missing after the Quorra blast."
    assert copy_links(fingerprint(a), fingerprint(c)) == ()


def test_independent_reports_are_separate_origins() -> None:
    texts = {
        1: "Gunmen stormed the Halvorsen mill in Riverton on Monday and killed four workers.",
        2: "Four workers died at a Riverton textile mill when attackers opened fire, police said.",
    }
    assert [o.articles for o in origins(texts)] == [(1,), (2,)]


def test_camps_come_from_the_knowledge_files_and_are_never_guessed() -> None:
    assert camp_of("Reuters") == "neutral"
    assert camp_of("sana.sy") == "syrian_government"
    assert camp_of("riverton-gazette.example") == "unknown camp"
    assert camp_of(None) == "unknown camp"
