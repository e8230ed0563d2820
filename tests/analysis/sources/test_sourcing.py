"""Sourcing: who a sentence rests on, typed, with the attribution words as a span."""

from __future__ import annotations

import re

from warcheck import vocab
from warcheck.analysis.cues import find_cues
from warcheck.analysis.sources.sourcing import article_sources, find_attributions, find_sources
from warcheck.model import ActorMention, Sentence, Source
from warcheck.read.sentences import split_sentences

_KIND = {
    "Syrian Democratic Forces": ("sdf", "armed_group"),
    "Syrian Observatory for Human Rights": ("sohr", "monitor"),
    "the Observatory": ("sohr", "monitor"),
    "SANA": ("sana", "media"),
    "AFP": ("afp", "media"),
    "The New Arab": ("new_arab", "media"),
    "Syrian regime": ("syrian_government", "government"),
    "YPG": ("ypg", "armed_group"),
}


def _actors(text: str) -> list[ActorMention]:
    out: list[ActorMention] = []
    for name, (actor_id, kind) in _KIND.items():
        for m in re.finditer(re.escape(name), text, re.IGNORECASE):
            if not any(a.start <= m.start() < a.end for a in out):
                out.append(
                    ActorMention(
                        m.start(), m.end(), m.group(0), actor_id=actor_id, name=name, kind=kind
                    )
                )
    return sorted(out, key=lambda a: a.start)


def _chain(text: str, index: int = 0) -> tuple[Source, ...]:
    sentences = split_sentences(text)
    actors = _actors(text)
    return article_sources(sentences, text, actors, find_cues(text, actors))[index]


def _check_spans(text: str, chain: tuple[Source, ...]) -> None:
    for src in chain:
        assert src.type in vocab.SOURCE_TYPE
        assert src.stance is None or src.stance in vocab.REPORT_STANCE
        if src.span is not None:
            assert text[src.span.start : src.span.end] == src.span.text


def test_private_sources_confirmed() -> None:
    text = (
        "Our private sources confirmed that meetings were held between ISIS and the Baathist "
        "regime to coordinate and work against the Syrian Democratic Forces."
    )
    (src,) = _chain(text)
    assert (src.type, src.stance, src.name) == ("anonymous", "confirmed", "Our private sources")
    assert src.span is not None and src.span.text == "Our private sources confirmed"
    _check_spans(text, (src,))


def test_according_to_local_sources() -> None:
    text = (
        "According to local sources from Dair al-Zour, the Ba’athist army facilitated the "
        "transfer of mercenaries."
    )
    (src,) = _chain(text)
    assert src.type == "anonymous" and "local" in (src.name or "")
    assert src.span is not None and src.span.text.startswith("According to local sources")


def test_nested_statement_of_a_party() -> None:
    text = (
        "The Syrian Democratic Forces issued a statement on the twentieth of last month and "
        "confirmed in the said statement that the Syrian Democratic forces had spotted a "
        "convoy of ISIS mercenaries moving with all likelihood towards the liberated areas"
    )
    (src,) = _chain(text)
    assert (src.type, src.actor_id, src.stance) == ("party", "sdf", "confirmed")
    _check_spans(text, (src,))


def test_unsourced_sentence_rests_on_the_outlet() -> None:
    text = "The current media campaign is the culmination of the agreement."
    assert _chain(text) == (Source("outlet"),)


def test_trailing_monitor_with_and_without_commas() -> None:
    with_commas = (
        "Warplanes struck a market in Saraqeb, killing at least 12 civilians, the "
        "Syrian Observatory for Human Rights said."
    )
    (src,) = _chain(with_commas)
    assert (src.type, src.actor_id, src.verb) == ("monitor", "sohr", "said")
    assert src.span is not None and src.span.text.endswith("Human Rights said")
    fakes = "At least 15 people were killed in air strikes on Aleppo on Wednesday a monitor said."
    assert _chain(fakes)[0].type == "monitor"


def test_residents_said_without_commas() -> None:
    text = (
        "Syrian tanks shelled the central city of Hama Monday killing four civilians residents "
        "said a day after rights groups said security forces killed 80 there."
    )
    chain = _chain(text)
    assert chain[0].type == "witness" and chain[0].name == "residents"
    atts = find_attributions(split_sentences(text)[0], text, [])
    assert {a.source.type for a in atts} == {"witness", "monitor"}


def test_told_a_medium() -> None:
    text = "Three people were killed, activist Mansoor Hussain told The New Arab."
    chain = _chain(text)
    assert [s.type for s in chain] == ["media", "witness"]
    assert chain[0].actor_id == "new_arab" and "Mansoor Hussain" in (chain[1].name or "")
    text = "A military source told SANA that the army repelled an attack."
    assert [s.type for s in _chain(text)] == ["wire", "anonymous"]


def test_statement_carried_by_state_media() -> None:
    text = "The interior ministry said in a statement carried by state media that 12 were arrested."
    chain = _chain(text)
    assert [s.type for s in chain] == ["media", "official"]
    assert chain[1].name == "The interior ministry" and chain[0].verb == "carried by"


def test_regime_source_denied() -> None:
    text = "A Syrian regime source denied that government planes had bombed the market."
    (src,) = _chain(text)
    assert (src.type, src.stance, src.actor_id) == ("anonymous", "denied", "syrian_government")


def test_monitoring_group_put_the_toll() -> None:
    text = (
        "The Britain-based Syrian Observatory for Human Rights monitoring group put the death "
        "toll at 58."
    )
    (src,) = _chain(text)
    assert src.type == "monitor" and src.actor_id == "sohr"


def test_inverted_quote_attribution_and_pronoun_carry() -> None:
    text = (
        '"There are at least 56 dead," said Rami Abdel Rahman, director of the Syrian '
        "Observatory for Human Rights. He said the toll would rise."
    )
    first, second = _chain(text, 0), _chain(text, 1)
    assert first[0].type == "monitor" and "Rami Abdel Rahman" in (first[0].name or "")
    assert second[0].type == "monitor" and second[0].name == first[0].name


def test_an_anaphor_takes_only_a_compatible_earlier_source() -> None:
    text = "The YPG said 20 were killed. The network told reporters the toll was lower."
    second = _chain(text, 1)
    # "the network" is a broadcaster or a monitor: it does not become the party named before.
    assert second[0].type != "party" and second[0].actor_id != "ypg"
    text = "The Observatory said 20 were killed. The network told reporters the toll was lower."
    assert _chain(text, 1)[0].actor_id == "sohr"


def test_find_sources_remembers_earlier_sentences_in_order() -> None:
    text = "The Observatory said 20 were killed. The monitor added that children were among them."
    sentences = split_sentences(text)
    actors = _actors(text)
    chains = [find_sources(s, text, actors, ()) for s in sentences]
    assert chains[1][0].type == "monitor" and chains[1][0].actor_id == "sohr"
    assert chains[1][0].verb == "added"


def test_quoted_speech_is_not_an_attribution() -> None:
    text = 'The group said: "They claim victory, but residents say otherwise."'
    chain = _chain(text)
    assert len(chain) == 1 and chain[0].verb == "said"


def test_passive_and_said_as_adjective() -> None:
    text = "The capture of Tel Hamis was announced by the Kurdish YPG militia on Friday."
    (src,) = _chain(text)
    assert (src.type, src.actor_id, src.verb) == ("party", "ypg", "announced")
    text = "The convoy, as the said statement notes, was seen near Salhiya."
    assert all(s.verb != "said" for s in _chain(text))


def test_wire_and_media_names() -> None:
    text = "The Syrian army retook the town, SANA reported, while state TV showed the streets."
    assert _chain(text)[0].type == "wire"
    text = "Al-Masdar News reported that the army advanced, the pro-regime website said."
    assert _chain(text)[0].type == "media"


def test_sentence_type_is_the_public_signature() -> None:
    text = "Activists say the death toll in Aleppo continues to rise."
    sentence = Sentence(0, len(text), text, index=0, paragraph=0)
    (src,) = find_sources(sentence, text, [], [], previous=[])
    assert (src.type, src.verb, src.stance) == ("witness", "say", "said")
