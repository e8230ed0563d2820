"""Tests for warcheck.read.article: decoding, cleaning, titles, datelines, HTML extraction."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from warcheck import vocab
from warcheck.errors import InputError
from warcheck.model import Article, Span
from warcheck.read import article as reading
from warcheck.read.article import MAX_BYTES, decode, looks_like_html, read, read_html, read_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

BODY = (
    "Air strikes killed at least 12 civilians in the town of Khan Sheikhun on Tuesday, the "
    "Syrian Observatory for Human Rights said. The monitor said three children were among "
    "the dead.\n\nRussia denied that its aircraft had carried out the raids, saying it had "
    "flown no missions over the area that day."
)


def spans(article: Article) -> list[Span]:
    return [s for s in (article.title, article.dateline) if s is not None]


def assert_spans_hold(article: Article) -> None:
    for span in spans(article):
        assert article.text[span.start : span.end] == span.text


# --- decode ---------------------------------------------------------------------------------


def test_decode_utf8_and_bom() -> None:
    assert decode("Aleppo – Ḥalab".encode()) == "Aleppo – Ḥalab"
    assert decode(b"\xef\xbb\xbfAleppo") == "Aleppo"


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_decode_empty(data: bytes) -> None:
    with pytest.raises(InputError, match="^input is empty$"):
        decode(data)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"text with a NUL\x00byte in it",
        bytes(range(1, 9)) * 100 + b"some letters",
    ],
)
def test_decode_binary(data: bytes) -> None:
    with pytest.raises(InputError, match="^input looks binary, not text$"):
        decode(data)


def test_decode_invalid_utf8_gives_byte_and_offset() -> None:
    with pytest.raises(InputError, match=r"^input is not valid UTF-8 \(byte 0x92 at offset 5\)$"):
        decode(b"Assad\x92s forces")


def test_decode_offset_counts_the_bom() -> None:
    with pytest.raises(InputError, match=r"byte 0xe9 at offset 4\)"):
        decode(b"\xef\xbb\xbfa\xe9")


def test_windows_1252_is_not_guessed() -> None:
    data = "The regime\u2019s forces \u2013 and their allies".encode("cp1252")
    with pytest.raises(InputError, match="not valid UTF-8"):
        decode(data)


def test_declared_charset_is_used() -> None:
    latin = "caf\u00e9 in Hama"
    assert decode(latin.encode("latin-1"), charset="iso-8859-1") == latin
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"text", charset="no-such-codec")


def test_decode_too_large() -> None:
    with pytest.raises(InputError, match=r"^input is 10\.0 MB; the limit is 10 MB$"):
        decode(b"a" * (MAX_BYTES + 1))


def test_decode_utf16_is_refused() -> None:
    with pytest.raises(InputError, match="UTF-16"):
        decode("Aleppo".encode("utf-16"))


# --- looks_like_html ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>x</p></body></html>",
        "  <html lang='en'><head></head></html>",
        "<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'></html>",
        "<div class='a'><p>One</p><p>Two</p><br><span>x</span></div>",
        "Intro line\n<div><p>One</p><p>Two</p><p>Three</p></div>",
    ],
)
def test_looks_like_html(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        "The activists used the <p> tag in their post.\nNothing else here.",
        "Rebels <said> that 5 < 7 and 9 > 3.",
    ],
)
def test_plain_text_is_not_html(text: str) -> None:
    assert not looks_like_html(text)


# --- read_text ------------------------------------------------------------------------------


def test_line_endings_and_trailing_space() -> None:
    text = (
        "Strikes hit Idlib  \r\n\r\nFirst paragraph here.   \r\nSecond line.\t\r\n\r\n\r\n\r\nEnd."
    )
    article = read_text(text)
    assert "\r" not in article.text
    assert all(line == line.rstrip() for line in article.text.split("\n"))
    assert "\n\n\n" not in article.text
    assert article.text.startswith("Strikes hit Idlib\n\nFirst paragraph here.\nSecond line.")


def test_title_is_first_line() -> None:
    article = read_text("Air strikes kill 12 in Idlib\n\n" + BODY)
    assert article.title is not None
    assert article.title.text == "Air strikes kill 12 in Idlib"
    assert article.title.start == 0
    assert article.text.startswith(article.title.text)
    assert_spans_hold(article)


@pytest.mark.parametrize(
    "text",
    [
        BODY.replace("\n\n", " "),  # one line: no title
        "Air strikes killed at least 12 civilians on Tuesday.\n\n" + BODY,  # a sentence
        "Air strikes killed at least 12 civilians in the town of\nKhan Sheikhun on Tuesday.",
        "Air strikes killed at least 12 civilians in the town of Khan Sheikhun\nin Idlib.",
    ],
)
def test_no_title(text: str) -> None:
    assert read_text(text).title is None


def test_dateline_gives_published() -> None:
    article = read_text("Wed 05 Apr 2017 " + BODY)
    assert article.dateline is not None
    assert article.dateline.text == "Wed 05 Apr 2017"
    assert article.published == "2017-04-05"
    assert article.published_from == "dateline"
    assert_spans_hold(article)


def test_title_and_dateline_lines() -> None:
    article = read_text("Air strikes kill 12 in Idlib\nPublished June 4 2016\n\n" + BODY)
    assert article.title is not None and article.title.text == "Air strikes kill 12 in Idlib"
    assert article.dateline is not None and article.dateline.text == "Published June 4 2016"
    assert article.published == "2016-06-04"
    assert_spans_hold(article)


def test_title_after_dateline_line() -> None:
    head = "Date of publication 26 November 2017\nSyrian regime bombs Ghouta\n\n"
    article = read_text(head + BODY)
    assert article.title is not None and article.title.text == "Syrian regime bombs Ghouta"
    assert article.published == "2017-11-26"
    assert_spans_hold(article)


def test_title_after_dateline_on_same_line() -> None:
    head = "Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent\n\n"
    article = read_text(head + BODY)
    assert article.dateline is not None and article.dateline.start == 0
    assert article.title is not None
    assert article.title.text == "Syria attack symptoms consistent with nerve agent"
    assert_spans_hold(article)


def test_published_argument_wins() -> None:
    article = read_text("Wed 05 Apr 2017 " + BODY, published="2017-04-06")
    assert article.published == "2017-04-06"
    assert article.published_from == "argument"
    assert article.dateline is not None  # still found


def test_bad_published_argument() -> None:
    with pytest.raises(InputError, match="publication date"):
        read_text(BODY, published="yesterday")


def test_no_date_at_all() -> None:
    article = read_text(BODY)
    assert article.published is None and article.published_from is None


def test_furniture_at_end_is_removed_and_recorded() -> None:
    text = (
        "Air strikes kill 12 in Idlib\n\n" + BODY + "\n\nShare this:\nFacebook\nTwitter\n\n"
        "Related posts\nShelling hits Aleppo\nTalks resume in Geneva\n\n"
        "Leave A Reply\nYour email address will not be published.\n"
        "Required fields are marked *\nComment\nName *\nEmail *\nPost Comment\n\n"
        "\u00a9 2017 Example News. All rights reserved."
    )
    article = read_text(text)
    assert article.text.endswith("flown no missions over the area that day.")
    reasons = {r.reason for r in article.boilerplate_removed}
    assert {"share links", "related posts", "comment form"} <= reasons
    removed = "\n".join(r.text for r in article.boilerplate_removed)
    for piece in ("Share this:", "Related posts", "Leave A Reply", "Post Comment", "\u00a9 2017"):
        assert piece in removed
        assert piece not in article.text
    assert set(reasons) <= set(vocab.REMOVAL_REASON)


def test_cookie_and_copyright_footer() -> None:
    text = (
        BODY + "\n\nWe use cookies to ensure that we give you the best experience on our website."
        "\nCopyright \u00a9 2017 Example News"
    )
    article = read_text(text)
    assert article.text == BODY
    assert [r.reason for r in article.boilerplate_removed] == ["cookie notice", "site footer"]


def test_standalone_share_line_in_body() -> None:
    paragraphs = BODY.split("\n\n")
    article = read_text(paragraphs[0] + "\n\nShare this:\n\n" + paragraphs[1])
    assert "Share this:" not in article.text
    assert paragraphs[1] in article.text and paragraphs[0] in article.text


def test_article_sentences_are_kept() -> None:
    text = (
        "Residents share bread\n\nResidents share what little bread is left, activists said.\n\n"
        "Related talks in Geneva made no progress on the siege, the envoy told reporters.\n\n"
        "Subscribers to the rebel channel were told to leave the town before dawn on Friday."
    )
    article = read_text(text)
    assert article.boilerplate_removed == ()
    assert article.text == text


def test_related_box_in_the_middle_keeps_the_article() -> None:
    paragraphs = BODY.split("\n\n")
    text = paragraphs[0] + "\n\nRelated articles\nShelling hits Aleppo\n\n" + paragraphs[1]
    article = read_text(text)
    assert "Shelling hits Aleppo" not in article.text
    assert article.text == paragraphs[0] + "\n\n" + paragraphs[1]


@pytest.mark.parametrize(
    ("tail", "reason"),
    [
        (" Read Also", "related posts"),
        (" Twitter", "share links"),
        (" Our Standards:The Thomson Reuters Trust Principles.", "site footer"),
        (" Last Update: Wednesday 16 November 2016 KSA 20:36 - GMT 17:36 12480", "update note"),
        (" 218-11", "counters"),
        (
            " Tags Syria Aleppo airstrikes Community standardsDiscussion Comment via Facebook",
            "comment form",
        ),
    ],
)
def test_furniture_glued_to_the_end_of_one_line(tail: str, reason: str) -> None:
    body = BODY.replace("\n\n", " ")
    article = read_text(body + tail)
    assert article.text == body
    assert reason in {r.reason for r in article.boilerplate_removed}


def test_tags_in_the_lead_are_not_cut() -> None:
    text = (
        "Date of publication 18 November 2017 Heavy bombing killed three rescuers. Tags Syria "
        "Ghouta Douma Three rescue workers were killed in the raids on Saturday. The Civil "
        "Defence said the strikes hit its centre."
    )
    article = read_text(text)
    assert article.text == text
    assert article.boilerplate_removed == ()


def test_language_english() -> None:
    article = read_text(BODY)
    assert article.language == "en"
    assert 0.5 < article.language_score <= 1.0
    assert not article.non_english


def test_language_arabic() -> None:
    text = (
        "\u0642\u062a\u0644 \u0627\u062b\u0646\u0627 \u0639\u0634\u0631 \u0645\u062f\u0646\u064a"
        "\u0627\u064b \u0641\u064a \u063a\u0627\u0631\u0627\u062a \u062c\u0648\u064a\u0629 "
        "\u0639\u0644\u0649 \u0628\u0644\u062f\u0629 \u062e\u0627\u0646 \u0634\u064a\u062e"
        "\u0648\u0646 \u0641\u064a \u0631\u064a\u0641 \u0625\u062f\u0644\u0628 \u064a\u0648"
        "\u0645 \u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621"
    )
    article = read_text(text)
    assert article.language == "ar"
    assert 0.0 <= article.language_score <= 1.0
    assert article.non_english


def test_language_undetermined_for_tiny_text() -> None:
    article = read_text("Idlib 2017")
    assert article.language == "und"
    assert not article.non_english


def test_outlet_kept_and_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("warcheck.knowledge")

    def outlet(name: str) -> object | None:
        known = {"SANA": "sana", "sana.sy": "sana"}
        return types.SimpleNamespace(id=known[name], name="SANA") if name in known else None

    fake.outlet = outlet  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "warcheck.knowledge", fake)
    reading._outlet_lookup.cache_clear()
    try:
        assert read_text(BODY, outlet="SANA").outlet_id == "sana"
        by_url = read_text(BODY, url="https://www.sana.sy/en/?p=1")
        assert (by_url.outlet, by_url.outlet_id) == ("SANA", "sana")
        unknown = read_text(BODY, outlet="Unknown Daily")
        assert (unknown.outlet, unknown.outlet_id) == ("Unknown Daily", None)
    finally:
        reading._outlet_lookup.cache_clear()


def test_empty_text_after_cleaning() -> None:
    with pytest.raises(InputError):
        read_text("  \n \r\n ")


def test_spans_hold_on_many_variants() -> None:
    heads = ["", "Strikes hit Idlib\n", "Strikes hit Idlib\n\n", "Published June 4 2016\n"]
    datelines = ["", "Wed 05 Apr 2017 ", "01.02.2015\n", "Posted on April 4 2017 by X\n\n"]
    for head in heads:
        for dateline in datelines:
            article = read_text("\ufeff" + dateline + head + BODY + "\r\nShare this:\r\n")
            assert_spans_hold(article)
            assert article.text.endswith("that day.")


# --- read_html ------------------------------------------------------------------------------


def test_read_html_fixture() -> None:
    html = (FIXTURES / "reading_article.html").read_text(encoding="utf-8")
    article = read_html(html)
    assert article.title is not None
    assert article.title.text == "Air strikes kill 12 civilians in Idlib town"
    assert article.text.startswith(article.title.text + "\n\n")
    assert "Khan Sheikhun" in article.text
    assert "\n\nThe Britain-based monitor" in article.text  # paragraphs become blank-line separated
    for furniture in (
        "Share this",
        "Leave a Reply",
        "Post Comment",
        "Related posts",
        "cookies",
        "Home",
        "\u00a9",
    ):
        assert furniture not in article.text
    assert "residents share what little bread" in article.text
    assert article.published == "2017-04-05"
    assert article.published_from == "metadata"
    assert article.outlet == "Example Syria News"
    assert article.author == "Jane Doe"
    assert article.url == "https://news.example.org/2017/idlib-strikes"
    assert article.language == "en"
    assert_spans_hold(article)


def test_read_html_arguments_win() -> None:
    html = (FIXTURES / "reading_article.html").read_text(encoding="utf-8")
    article = read_html(html, published="2017-04-06", outlet="Other", url="https://x.example/a")
    assert (article.published, article.published_from) == ("2017-04-06", "argument")
    assert article.outlet == "Other"
    assert article.url == "https://x.example/a"


def test_read_html_title_prepended() -> None:
    html = (
        "<html><head><title>Shelling hits Aleppo</title></head><body><article><p>"
        + BODY.replace("\n\n", "</p><p>")
        + "</p></article></body></html>"
    )
    article = read_html(html)
    assert article.text.startswith("Shelling hits Aleppo\n\n")
    assert article.title is not None and article.title.text == "Shelling hits Aleppo"
    assert_spans_hold(article)


@pytest.mark.parametrize(
    "html",
    [
        (FIXTURES / "reading_no_body.html").read_text(encoding="utf-8"),
        "<html><head><title>Only a title</title></head></html>",
        "<!DOCTYPE html><html><body></body></html>",
    ],
)
def test_read_html_without_text(html: str) -> None:
    with pytest.raises(InputError, match="^HTML page has no article text$"):
        read_html(html)


def test_read_dispatches() -> None:
    html = (FIXTURES / "reading_article.html").read_text(encoding="utf-8")
    assert read(html).published_from == "metadata"
    plain = read("Air strikes kill 12 in Idlib\n\n" + BODY)
    assert plain.title is not None and plain.published is None


def test_html_nested_tens_of_thousands_deep_keeps_its_text() -> None:
    para = "Ten civilians were killed in an airstrike on Saraqeb on Monday, local sources said."
    depth = 30_000
    html = "<html><body>" + "<div>" * depth + f"<p>{para}</p>" + "</div>" * depth
    assert para in read_html(html).text


def test_deep_html_without_text_says_why() -> None:
    html = "<html><body>" + "<div>" * 500 + "<script>var x = 1;</script>"
    with pytest.raises(InputError, match="nested over"):
        read_html(html)
