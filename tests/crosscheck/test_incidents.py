from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from warcheck.crosscheck import Corpus, article_incidents, facts_of
from warcheck.crosscheck.facts import ClaimFacts
from warcheck.crosscheck.vectors import cosine, story_vector

STORIES = {
    "mill": "Gunmen opened fire at the Halvorsen textile mill in Riverton, killing Margit "
    "Oyelaran and wounding two guards; police searched the Kettleby ravine for the gunmen.",
    "bridge": "A truck bomb destroyed the Vantongeren bridge near Hillside, killing seven "
    "soldiers from the Quorra garrison; engineers said the Ostrander span had collapsed.",
}
REWRITE = {
    "mill": "Police searched the Kettleby ravine after gunmen attacked the Halvorsen textile "
    "mill in Riverton, where Margit Oyelaran was killed and two guards were wounded.",
    "bridge": "Seven soldiers of the Quorra garrison died when a truck bomb brought down the "
    "Vantongeren bridge near Hillside, engineers said of the Ostrander span.",
}


def _article(
    synth: SimpleNamespace, aid: int, story: str, date: str, text: str | None = None
) -> tuple[list[ClaimFacts], str]:
    text = text or STORIES[story]
    place = "Riverton" if story == "mill" else "Hillside"
    doc = synth.document(text, [synth.claim(0, text[:60], date=date, place=place)])
    return facts_of(aid, f"outlet{aid}.example", date, doc), text


def test_rewrites_of_one_story_are_close_and_other_stories_far() -> None:
    mill, rewrite, bridge = (
        story_vector(t) for t in (STORIES["mill"], REWRITE["mill"], STORIES["bridge"])
    )
    assert cosine(mill, rewrite) > 0.45 > 0.28 > cosine(mill, bridge)


def test_reports_of_one_story_form_one_incident(synth: SimpleNamespace) -> None:
    corpus = Corpus()
    corpus.add(*_article(synth, 1, "mill", "2020-03-02"))
    corpus.add(*_article(synth, 2, "mill", "2020-03-03", REWRITE["mill"]))
    corpus.add(*_article(synth, 3, "bridge", "2020-03-02"))
    found = article_incidents(corpus)
    assert found[1] == found[2] != found[3]


def test_same_words_on_another_day_of_its_own_are_another_incident(
    synth: SimpleNamespace,
) -> None:
    corpus = Corpus()
    corpus.add(*_article(synth, 1, "mill", "2020-03-02"))
    corpus.add(*_article(synth, 2, "mill", "2020-03-20"))  # both name their own day
    found = article_incidents(corpus)
    assert found[1] != found[2]


def test_a_background_claim_joins_nothing(synth: SimpleNamespace) -> None:
    text = STORIES["mill"]
    doc = synth.document(
        text,
        [
            synth.claim(0, text[:60], date="2020-03-02", place="Riverton"),
            synth.claim(
                1,
                "The mill was attacked in 2015 too.",
                date="2015-12-31",
                date_from="2015-01-01",
                precision="year",
            ),
            synth.claim(2, "The gunmen killed a woman on Monday.", date="2020-03-02"),
        ],
    )
    corpus = Corpus()
    corpus.add(facts_of(1, None, "2020-03-02", doc), text)
    groups = corpus.incidents()
    assert groups[1, 2] == groups[1, 0] != groups[1, 1]


def test_blocking_finds_only_articles_sharing_a_rare_word(synth: SimpleNamespace) -> None:
    corpus = Corpus()
    corpus.add(*_article(synth, 1, "mill", "2020-03-02"))
    corpus.add(*_article(synth, 2, "bridge", "2020-03-02"))
    story = corpus.stories[1]
    assert corpus.candidates(story) == [1]


ARTICLES = [
    ("mill", "2020-03-02", None),
    ("mill", "2020-03-03", REWRITE["mill"]),
    ("bridge", "2020-03-02", None),
    ("bridge", "2020-03-04", REWRITE["bridge"]),
    ("mill", "2020-03-25", None),
    ("bridge", "2020-04-30", REWRITE["bridge"]),
]


@settings(max_examples=40, deadline=None)
@given(st.permutations(range(len(ARTICLES))), st.integers(1, len(ARTICLES)))
def test_adding_articles_in_any_order_gives_the_same_incidents(
    synth: SimpleNamespace, order: list[int], split: int
) -> None:
    def add(corpus: Corpus, ids: list[int]) -> Corpus:
        for i in ids:
            story, date, text = ARTICLES[i]
            corpus.add(*_article(synth, i, story, date, text))
        return corpus

    # some articles first, the others added later to the same corpus ...
    grown = add(Corpus(), order[:split])
    assert grown.incidents() == add(Corpus(), sorted(order[:split])).incidents()
    add(grown, order[split:])
    # ... give what clustering all of them at once gives
    assert grown.incidents() == add(Corpus(), list(range(len(ARTICLES)))).incidents()
