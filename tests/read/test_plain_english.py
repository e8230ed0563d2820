"""The plainly-English test that spares py3langid (read/plain_english.py)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from warcheck.read import article, plain_english
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


def _paragraphs() -> dict[str, str]:
    path = Path(__file__).resolve().parents[1] / "fixtures" / "foreign-news.json"
    paragraphs: dict[str, str] = json.loads(path.read_text("utf-8"))["paragraphs"]
    return paragraphs


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@pytest.mark.parametrize("language", sorted(_paragraphs()))
def test_no_other_language_is_plainly_english_even_without_accents(language: str) -> None:
    para = _paragraphs()[language]
    for text in (para, _ascii(para)):
        assert not plainly_english((text * 10)[:LANGUAGE_CHARS], LANGUAGE_CHARS)


QUOTING = (
    'The cardinal urged the faithful to roll away the stones of pride. "Mga kapatid, alisin na '
    'ang bato ng kayabangan," he said, which means that they should let humility come out. '
)


def test_english_quoting_another_language_is_left_to_py3langid() -> None:
    sample = (QUOTING + PROSE)[:LANGUAGE_CHARS]
    english_only = (QUOTING.split('"')[0] + PROSE)[:LANGUAGE_CHARS]
    assert plainly_english(english_only, LANGUAGE_CHARS)
    assert not plainly_english(sample, LANGUAGE_CHARS)


def test_fewer_function_words_suffice_when_their_share_is_high() -> None:
    sentence = "The army said that rebels shelled Idlib province on Monday, razing several homes. "
    tail = "Residents reported heavy damage throughout neighbouring villages yesterday. "
    sample = (sentence * 11 + tail * 5)[:LANGUAGE_CHARS]
    words = plain_english._WORD.findall(sample)
    hits = sum(1 for w in words if w.lower() in plain_english._FUNCTION_WORDS)
    assert plain_english.MIN_FUNCTION_WORDS <= hits < 35
    assert hits >= plain_english.MIN_SHARE * len(words)
    assert plainly_english(sample, LANGUAGE_CHARS)
    assert identify_language(sample) == article._identifier().classify(sample)[0:1] + (1.0,)
