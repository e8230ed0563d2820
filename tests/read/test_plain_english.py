"""The plainly-English test that spares py3langid (read/plain_english.py)."""

from __future__ import annotations

import pytest

from warcheck.read import article
from warcheck.read.article import LANGUAGE_CHARS, identify_language
from warcheck.read.plain_english import plainly_english

PROSE = (
    "The Syrian Observatory for Human Rights said that at least twelve civilians were killed "
    "on Tuesday when air strikes hit a market in the town, which has been under the control "
    "of rebel groups for two years. The monitor said that the strikes were carried out by "
    "warplanes of the government and its allies, and that the toll was likely to rise. "
    "Residents told the agency they had heard the jets before the attack, and that rescue "
    "workers were still looking for survivors in the rubble of the buildings that had "
    "collapsed. The government has denied that its forces target civilians, and said that "
    "the raids were aimed at fighters of groups that it describes as terrorists. They also "
    "said the town had been used to launch attacks on the army, which was not confirmed. "
) * 2
FOREIGN = {
    "fr": "Le gouvernement a annoncé mardi que les forces de sécurité avaient arrêté plusieurs "
    "personnes dans la ville, selon un communiqué publié par le ministère. ",
    "de": "Die Regierung hat am Dienstag mitgeteilt, dass die Sicherheitskräfte mehrere "
    "Personen festgenommen haben, was die Opposition scharf kritisierte. ",
    "nl": "De regering heeft dinsdag gezegd dat de veiligheidstroepen verscheidene mensen "
    "hadden gearresteerd en dat het leger in de stad was. ",
    "es": "El gobierno anunció el martes que las fuerzas de seguridad habían detenido a "
    "varias personas en la ciudad, según un comunicado del ministerio. ",
}


def test_long_english_prose_is_plainly_english() -> None:
    assert plainly_english(PROSE[:LANGUAGE_CHARS], LANGUAGE_CHARS)


def test_the_shortcut_gives_what_py3langid_gives() -> None:
    sample = PROSE[:LANGUAGE_CHARS]
    language, score = article._identifier().classify(sample)
    assert (language, round(float(score), 4)) == ("en", 1.0)
    assert identify_language(PROSE) == ("en", 1.0)


def test_plainly_english_text_does_not_load_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("py3langid consulted")

    monkeypatch.setattr(article, "_identifier", refuse)
    assert identify_language(PROSE) == ("en", 1.0)
    with pytest.raises(AssertionError):
        identify_language(FOREIGN["fr"] * 10)


def test_short_english_is_left_to_py3langid() -> None:
    sample = PROSE[:400]
    assert not plainly_english(sample, LANGUAGE_CHARS)


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_other_languages_are_not_plainly_english(language: str) -> None:
    text = (FOREIGN[language] * 10)[:LANGUAGE_CHARS]
    assert not plainly_english(text, LANGUAGE_CHARS)
    assert identify_language(text)[0] == language


def test_words_outside_ascii_send_the_sample_to_py3langid() -> None:
    sample = ("Aleppo \u062d\u0644\u0628 " + PROSE)[:LANGUAGE_CHARS]
    assert not plainly_english(sample, LANGUAGE_CHARS)


def test_english_words_few_among_names_are_not_enough() -> None:
    names = "Idlib Raqqa Homs Hama Deir Ezzor Daraa Quneitra Latakia Tartus Hasakah " * 15
    sample = ("The army said " + names)[:LANGUAGE_CHARS]
    assert not plainly_english(sample, LANGUAGE_CHARS)
