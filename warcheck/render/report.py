"""The readable text report: the article with mentions marked, then tables."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from warcheck.model import Analysis, Claim, Span

# Tag letter and ANSI colour per mention type.
_STYLE = {
    "actor": ("A", "\033[1;35m"),
    "place": ("P", "\033[1;32m"),
    "time": ("T", "\033[1;34m"),
    "casualty": ("C", "\033[1;31m"),
}
_RESET = "\033[0m"
_WIDTH = 88


def render(analysis: Analysis, *, color: bool = False) -> str:
    """Return the text report for a person to read."""
    art = analysis.article
    out: list[str] = []
    title = art.title.text if art.title else "(no title)"
    out.append(_rule(title))
    meta = [
        f"published: {art.published or 'unknown'}"
        + (f" (from {art.published_from})" if art.published_from else ""),
        f"outlet: {art.outlet or 'unknown'}",
        f"language: {art.language}"
        + (" (not English: partial analysis)" if art.non_english else ""),
    ]
    if art.url:
        meta.append(f"url: {art.url}")
    out.append("  ".join(meta))
    for w in analysis.warnings:
        out.append(f"warning: {w}")
    if art.boilerplate_removed:
        removed = "; ".join(f"{r.reason}: {_short(r.text, 40)!r}" for r in art.boilerplate_removed)
        out.append(f"removed: {removed}")
    out.append("")
    out.append(_marked_text(analysis, color))
    out.append("")
    out.extend(_tables(analysis))
    out.extend(_claims(analysis.claims))
    out.extend(_summary(analysis))
    return "\n".join(out) + "\n"


def _marked_text(analysis: Analysis, color: bool) -> str:
    """The article text with every mention bracketed and tagged (A1, P2, ...)."""
    marks = _tagged(analysis)
    text = analysis.article.text
    pieces: list[str] = []
    pos = 0
    for start, end, tag, kind in marks:
        if start < pos:
            continue  # overlapping mention of another type: the table still lists it
        pieces.append(text[pos:start])
        if color:
            pieces.append(f"{_STYLE[kind][1]}{text[start:end]}{_RESET}[{tag}]")
        else:
            pieces.append(f"[{text[start:end]}]{tag}")
        pos = end
    pieces.append(text[pos:])
    paragraphs = "".join(pieces).split("\n")
    return "\n".join(textwrap.fill(p, _WIDTH) if p.strip() else "" for p in paragraphs)


def _tagged(analysis: Analysis) -> list[tuple[int, int, str, str]]:
    marks: list[tuple[int, int, str, str]] = []
    groups: list[tuple[str, Sequence[Span]]] = [
        ("actor", analysis.actors),
        ("place", analysis.places),
        ("time", analysis.times),
        ("casualty", analysis.casualties),
    ]
    for kind, items in groups:
        letter = _STYLE[kind][0]
        for i, m in enumerate(items, 1):
            marks.append((m.start, m.end, f"{letter}{i}", kind))
    marks.sort(key=lambda m: (m[0], -m[1]))
    return marks


def _tables(a: Analysis) -> list[str]:
    out: list[str] = []
    rows = [
        [
            f"A{i}",
            m.text,
            m.name or "?",
            f"{m.label} ({m.label_camp})" if m.label else "",
            f"{m.resolved_by} {m.confidence:.2f}",
        ]
        for i, m in enumerate(a.actors, 1)
    ]
    out += _table("Actors", ["tag", "text", "actor", "label (camp)", "resolved by"], rows)
    rows = [
        [
            f"P{i}",
            m.text,
            m.name,
            ", ".join(x for x in (m.admin1, m.country) if x),
            f"{m.lat:.3f}, {m.lon:.3f}" if m.lat is not None and m.lon is not None else "",
            m.precision,
        ]
        for i, m in enumerate(a.places, 1)
    ]
    out += _table(
        "Places", ["tag", "text", "place", "admin1, country", "lat, lon", "precision"], rows
    )
    rows = [
        [
            f"T{i}",
            m.text,
            _date_range(m.value, m.end_value) if m.resolved else "unresolved",
            m.precision,
            m.anchor,
        ]
        for i, m in enumerate(a.times, 1)
    ]
    out += _table("Times", ["tag", "text", "date", "precision", "anchor"], rows)
    rows = [
        [f"C{i}", m.text, m.outcome, m.group, _figure(m.min, m.max), m.qualifier]
        for i, m in enumerate(a.casualties, 1)
    ]
    out += _table("Casualties", ["tag", "text", "outcome", "group", "figure", "qualifier"], rows)
    return out


def _claims(claims: Sequence[Claim]) -> list[str]:
    if not claims:
        return []
    out = [_rule(f"Claims ({len(claims)})")]
    for c in claims:
        head = f"#{c.index} {c.kind}"
        if c.event_type:
            head += f" · {c.event_type}"
        head += f" · {c.certainty}"
        out.append(head)
        out.append(
            textwrap.fill(
                _short(c.text, 300), _WIDTH, initial_indent="   “", subsequent_indent="    "
            )
        )
        chain = " ← ".join(
            f"{s.type}"
            + (f" {s.name!r}" if s.name else "")
            + (f" ({s.stance})" if s.stance else "")
            for s in c.sources
        )
        out.append(f"   on whose word: {chain or 'outlet (unsourced)'}")
        parts = [f"{p.role}: {p.name}" for p in (*c.agents, *c.targets)]
        if parts:
            out.append("   who: " + "; ".join(parts))
        if c.places:
            out.append("   where: " + "; ".join(dict.fromkeys(p.name for p in c.places)))
        if c.date_from or c.date_to:
            out.append(f"   when: {_date_range(c.date_from, c.date_to)} ({c.date_precision})")
        if c.casualties:
            out.append(
                "   casualties: "
                + "; ".join(f"{_figure(x.min, x.max)} {x.group} {x.outcome}" for x in c.casualties)
            )
        if c.cues:
            out.append("   cues: " + "; ".join(f"{q.text!r} {q.kind}" for q in c.cues))
    out.append("")
    return out


def _summary(a: Analysis) -> list[str]:
    s = a.summary
    if s is None:
        return []
    out = [_rule("Summary")]
    place = s.main_place
    if place:
        out.append(f"main place: {place.name} ({place.governorate or place.country})")
    event = s.main_event
    if event:
        out.append(
            f"main event: {event.event_type} by {event.perpetrator_name or 'unknown'}"
            f", {_date_range(event.date_from, event.date_to)}"
        )
    figures = s.casualties.to_dict()
    if any(figures.values()):
        out.append("killed: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    out.append(
        "claims resting on: " + ", ".join(f"{k} {v}" for k, v in s.sourcing.to_dict().items())
    )
    if s.camps:
        out.append("vocabulary of camps: " + ", ".join(f"{k} {v}" for k, v in s.camps.items()))
    return out


def _table(title: str, header: list[str], rows: list[list[str]]) -> list[str]:
    if not rows:
        return [_rule(f"{title} (none)"), ""]
    cells = [[_short(c, 34) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in [header, *cells]) for i in range(len(header))]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    out = [_rule(f"{title} ({len(rows)})"), line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    out.append("")
    return out


def _figure(lo: int | None, hi: int | None) -> str:
    if lo is None and hi is None:
        return "?"
    if lo == hi:
        return str(lo)
    return f"{lo if lo is not None else '?'}–{hi if hi is not None else ''}"


def _date_range(a: str | None, b: str | None) -> str:
    if a and b and a != b:
        return f"{a} – {b}"
    if not a and b:
        return f"by {b}"
    return a or b or "unknown"


def _short(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _rule(title: str) -> str:
    return f"── {title} " + "─" * max(0, _WIDTH - len(title) - 4)
