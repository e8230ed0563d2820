"""HTML nested too deeply for the tree parser: measured, and read as a stream of tags.

libxml2, under trafilatura, stops building the tree at 256 levels and the text
below is lost (the page then seems to have no text at all). So the nesting is
measured first with the standard library's tokenizer, which keeps no tree; a
page nested deeper than :data:`MAX_DEPTH` is read here instead: the text of
every element outside scripts and styles, a paragraph per block element. Page
furniture (menus, footers) is not told from the article on such a page; the
usual line-level furniture rules still apply to the text.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

# Levels of non-void elements with a required end tag; those with an optional one
# (p, li, td, ...) are not counted, so a page at this depth is at most about
# twice as deep in libxml2's count, under its limit of 256.
MAX_DEPTH = 100
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_OPTIONAL = frozenset(
    [
        "p",
        "li",
        "dt",
        "dd",
        "option",
        "optgroup",
        "tr",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "caption",
        "rp",
        "rt",
        "html",
        "head",
        "body",
    ]
)
_BLOCK = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "td",
        "th",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "br",
        "hr",
        "main",
        "aside",
        "nav",
        "figure",
        "figcaption",
        "form",
    ]
)
_SKIP = frozenset({"script", "style", "noscript", "template", "svg"})


class _Depth(HTMLParser):
    """The deepest nesting of counted elements; an end tag closes the elements inside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.open: Counter[str] = Counter()
        self.deepest = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _VOID or tag in _OPTIONAL:
            return
        self.stack.append(tag)
        self.open[tag] += 1
        self.deepest = max(self.deepest, len(self.stack))

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        return

    def handle_endtag(self, tag: str) -> None:
        if not self.open[tag]:
            return  # a stray end tag
        while True:
            top = self.stack.pop()
            self.open[top] -= 1
            if top == tag:
                return


def nesting_depth(html: str) -> int:
    """How deeply the elements of ``html`` nest (void and optional-end elements not counted)."""
    if html.count("<") <= MAX_DEPTH:
        return html.count("<")  # an upper bound, and below the limit
    parser = _Depth()
    parser.feed(html)
    parser.close()
    return parser.deepest


class _Text(HTMLParser):
    """The text of a page, a paragraph break at each block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.skip = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.parts.append(data)


def flat_text(html: str) -> tuple[str, list[str]]:
    """Return the title and the paragraphs of ``html``, read without building a tree."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    paragraphs = [" ".join(p.split()) for p in "".join(parser.parts).split("\n\n")]
    return " ".join("".join(parser.title).split()), [p for p in paragraphs if p]
