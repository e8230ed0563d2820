"""Page furniture: share buttons, comment forms, related links and footers in scraped text.

:func:`clean` normalises a plain text as copied from the web and drops the
furniture, returning what it removed and why (reasons from
``vocab.REMOVAL_REASON``). Only standalone furniture lines and the tail after
the article are cut; article sentences are never touched.
"""

from __future__ import annotations

import re

from warcheck.model import Removed

_BLANK_LINES = re.compile(r"\n{3,}")
_SHARE_WORD = (
    r"(?:share|tweet|print|e-?mail|whatsapp|facebook|twitter|x|linkedin|telegram|reddit"
    r"|pinterest|pocket|google\+|messenger|copy link|sms)"
)
_SOCIAL = r"(?:facebook|twitter|x|instagram|youtube|telegram|linkedin|whatsapp|google news)"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Whole lines that are furniture wherever they stand.
_STANDALONE: tuple[tuple[re.Pattern[str], str], ...] = (
    (_rx(r"share(?: this(?: article| story| post| page)?)?(?: on| via)?\s*:?"), "share links"),
    (
        _rx(rf"(?:share|post|send)(?: this)?(?: article| story)? (?:on|to|via|by) {_SHARE_WORD}.*"),
        "share links",
    ),
    (_rx(r"click to (?:share|print|email)\b.*"), "share links"),
    (_rx(rf"(?:{_SHARE_WORD}[\s,|:•·/]*)+"), "share links"),
    (
        _rx(r"print this (?:page|article|story)|like this:?|loading\.\.\.|get short url.*"),
        "share links",
    ),
    (
        _rx(
            r"(?:subscribe|sign up)\b(?: (?:to|for) (?:our|the) (?:free )?"
            r"(?:newsletter|channel|mailing list|updates))?.{0,60}"
        ),
        "subscribe",
    ),
    (_rx(rf"(?:follow|join|like) us(?: on {_SOCIAL}\b)?.{{0,60}}"), "subscribe"),
    (_rx(r"advertisement|advertising|sponsored(?: content)?|\[?ad\]?|skip ad"), "advertisement"),
)
_COOKIE = _rx(
    r"^(?:this (?:web)?site|we|our (?:web)?site) uses? cookies"
    r"|cookie (?:policy|settings|preferences)|accept (?:all )?cookies"
    r"|by continuing to (?:use|browse) this (?:web)?site"
)
# Lines from which the rest of the text is furniture.
_CUT_HEADERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        _rx(
            r"leave a (?:reply|comment)(?: to .{0,60})?|post a comment|add (?:a |your )?comment"
            r"|join the (?:discussion|conversation)|show comments"
        ),
        "comment form",
    ),
    (
        _rx(r"\d+ (?:comments?|responses?|replies|thoughts? on .{0,120})|comments?(?: \(\d+\))?:?"),
        "comments",
    ),
    (
        _rx(
            r"related(?: posts| articles| stories| news| content| coverage| topics| links"
            r"| reading)?:?"
            r"|you (?:may|might) (?:also )?(?:like|be interested in):?|read (?:also|more|next):?"
            r"|more (?:from|on) .{0,40}|recommended(?: for you| stories| articles)?:?"
            r"|see also:?|most (?:read|popular|viewed|shared)"
            r"|(?:latest|more) (?:news|stories|posts)"
            r"|trending(?: now)?"
        ),
        "related posts",
    ),
    (_rx(r"(?:tags?|filed under|topics|categories|category)\b:?.{0,200}"), "tags"),
)
# Lines that are furniture when they end the text.
_TAIL: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        _rx(
            r"your email address will not be published.*|required fields are marked.*|cancel reply"
            r"|post comment|submit(?: comment)?|(?:name|e-?mail|website|comment)\s*\*?"
            r"|save my name, email,? and website.*|notify me of (?:follow-up|new).*"
            r"|you must be logged in to post a comment.*|this site uses akismet.*"
        ),
        "comment form",
    ),
    (
        _rx(
            r"(?:©|\(c\)|copyright\b).{0,200}|.{0,150}all rights reserved.{0,60}"
            r"|(?:privacy policy|terms of (?:use|service)|contact us|about us)(?:[\s|•·]+.{0,40})*"
        ),
        "site footer",
    ),
)

# Furniture glued to the end of a one-line text (scraped pages lose their lines).
_INLINE_STRONG = re.compile(
    r"\s(?:Follow us on|FOLLOW US|Subscribe to|Copyright\s*(?:©|\(c\)|\d{4}|[^\w\s])|©\s*\d{4}"
    r"|All rights reserved|Leave a (?:Reply|Comment)|Community standards|Comment via"
    r"|Share this(?: article)?:|Our Standards:)"
)
# A related-links box; it may list headlines ending in "?" but holds no prose.
_INLINE_RELATED = re.compile(
    r"\s(?:Related (?:News|Coverage|Articles|Posts|Stories|Content)|You may also like)\b"
)
_MID_PERIOD = re.compile(r"(?<!\b[A-Z])\.[\"”’)]?\s+(?=\S)")
_INLINE_WEAK: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\s(?:Related|Read Also|Read also|Read More|Read more)(?:\s+(?:News|Coverage"
            r"|Articles|Posts|Stories|Content))?:?(?=\s+[A-Z\d\"“]|\s*$)"
        ),
        "related posts",
    ),
    (re.compile(r"\s(?:Tags|Topics?|Category|Filed under):?(?=\s+\S)"), "tags"),
    (re.compile(r"\sLast Update[ds]?:?\s+(?=\S)"), "update note"),
)
_INLINE_SHARE = re.compile(
    rf"(?<=[.!?\"”’)\]])\s+(?:{_SHARE_WORD}|views?|comments?)(?:[\s,|:]+(?:{_SHARE_WORD}|views?"
    r"|comments?|\d+))*\s*$",
    re.IGNORECASE,
)
_INLINE_COUNT = re.compile(r"(?<=[.!?\"”’)\]])\s+\d[\d\s-]{0,12}$")
_MID_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"”’)]?\s+(?=\S)")
_INLINE_SPAN = 1500  # how far from the end glued furniture may start


def clean(text: str) -> tuple[str, list[Removed]]:
    """Normalise ``text`` and drop page furniture, returning what was removed.

    Line ends become ``\\n``, trailing whitespace goes, runs of blank lines
    shrink to one. Standalone furniture lines ("Share this:") go wherever
    they stand; from a comment-form, comments, related-posts or tags header
    on, the rest goes; copyright, cookie and comment-form lines go from the
    end; and share links, "Read Also", tag lists and similar furniture glued
    to the end of the last line go too.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    removed: list[Removed] = []
    text = text.strip()
    if "\n" in text:
        lines = [line.rstrip() for line in text.split("\n")]
        lines = _cut_from_header(lines, removed)
        lines = _drop_standalone(lines, removed)
        lines = _drop_tail(lines, removed)
        original = text
        removed.sort(key=lambda r: original.find(r.text.split("\n", 1)[0]))  # text order
        text = "\n".join(lines).strip()
        if "\n\n\n" in text:
            text = _BLANK_LINES.sub("\n\n", text)
    text = _drop_inline_tail(text, removed)
    return text.strip(), removed


def _furniture(line: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str | None:
    stripped = line.strip(" \t-–—|•·*#>")
    if not stripped or len(stripped) > 300:
        return None
    for pattern, reason in rules:
        if pattern.fullmatch(stripped):
            return reason
    return None


def _drop_standalone(lines: list[str], removed: list[Removed]) -> list[str]:
    kept: list[str] = []
    run: Removed | None = None  # furniture lines in a row make one record
    for line in lines:
        reason = _furniture(line, _STANDALONE) if len(line) <= 120 else None
        if reason is None and len(line) <= 400 and _COOKIE.search(line.strip()):
            reason = "cookie notice"
        if reason is None:
            kept.append(line)
            if line.strip() and run is not None:
                removed.append(run)
                run = None
        elif run is not None and run.reason == reason:
            run = Removed(run.text + "\n" + line.strip(), reason)
        else:
            if run is not None:
                removed.append(run)
            run = Removed(line.strip(), reason)
    if run is not None:
        removed.append(run)
    return kept


def _is_prose(line: str) -> bool:
    """A paragraph of the article rather than a headline or a link."""
    line = line.rstrip()
    return len(line) >= 80 and line[-1] in '.!?"”’'


def _cut_from_header(
    lines: list[str], removed: list[Removed], seen_prose: bool = False
) -> list[str]:
    for i, line in enumerate(lines):
        if not seen_prose:
            seen_prose = len(line) >= 60
            continue
        reason = _furniture(line, _CUT_HEADERS) if line.rstrip()[-1:] not in '.!?"”' else None
        if reason is None:
            continue
        stop = len(lines)
        if reason in ("related posts", "tags"):
            # The article may go on after a related box: stop at the next prose paragraph,
            # and another kind of furniture gets its own record.
            for j in range(i + 1, len(lines)):
                other = _furniture(lines[j], _CUT_HEADERS)
                if _is_prose(lines[j]) or (other is not None and other != reason):
                    stop = j
                    break
        block = "\n".join(line for line in lines[i:stop] if line.strip())
        removed.append(Removed(block, reason))
        rest = _cut_from_header(lines[stop:], removed, True) if stop < len(lines) else []
        return lines[:i] + rest
    return lines


def _drop_tail(lines: list[str], removed: list[Removed]) -> list[str]:
    tail: list[Removed] = []
    end = len(lines)
    while end > 1:
        line = lines[end - 1]
        if not line.strip():
            end -= 1
            continue
        reason = _furniture(line, _TAIL) or _furniture(line, _STANDALONE)
        if reason is None and len(line) <= 400 and _COOKIE.search(line.strip()):
            reason = "cookie notice"
        if reason is None:
            break
        if tail and tail[-1].reason == reason:
            tail[-1] = Removed(line.strip() + "\n" + tail[-1].text, reason)
        else:
            tail.append(Removed(line.strip(), reason))
        end -= 1
    removed.extend(reversed(tail))
    return lines[:end]


def _drop_inline_tail(text: str, removed: list[Removed]) -> str:
    line_start = text.rfind("\n") + 1
    floor = max(line_start, len(text) - _INLINE_SPAN)
    tail: list[Removed] = []
    while True:
        cut = _inline_cut(text, floor)
        if cut is None:
            break
        pos, reason = cut
        chunk = text[pos:].strip()
        text = text[:pos].rstrip()
        tail.append(Removed(chunk, reason))
        if len(text) <= line_start:
            break
    removed.extend(reversed(tail))
    return text


def _inline_cut(text: str, floor: int) -> tuple[int, str] | None:
    """Where glued furniture starts at the end of ``text``, and its kind."""
    least = max(floor, int(len(text) * 0.3))  # never most of the text
    m = _INLINE_STRONG.search(text, least)
    if m:
        word = m.group().strip().lower()
        if word.startswith(("follow", "subscribe")):
            return m.start(), "subscribe"
        if word.startswith(("leave", "comment", "community")):
            return m.start(), "comment form"
        if word.startswith("share"):
            return m.start(), "share links"
        return m.start(), "site footer"
    m = _INLINE_RELATED.search(text, least)
    if m and not _MID_PERIOD.search(text, m.end()):
        return m.start(), "related posts"
    for pattern, reason in ((_INLINE_SHARE, "share links"), (_INLINE_COUNT, "counters")):
        m = pattern.search(text, max(least, len(text) - 200))
        if m:
            return m.start(), reason
    if text[-1:] in '.!?"”':
        return None  # lists of tags or headlines do not end a sentence
    best: tuple[int, str] | None = None
    for pattern, reason in _INLINE_WEAK:
        for m in pattern.finditer(text, least):
            if best and m.start() <= best[0]:
                continue
            rest = text[m.end() :]
            if len(_MID_SENTENCE_END.findall(rest)) == 0:
                best = (m.start(), reason)
                break
    return best
