"""``warcheck eval geoparsing``: toponym detection and resolution on GeoWebNews-format XML.

GeoWebNews (Gritta, Pilehvar and Collier, "A Pragmatic Guide to Geoparsing
Evaluation", Language Resources and Evaluation, 2019) is an XML file of news
articles, each with its ``<text>`` and ``<toponyms>``: every annotation has
the ``<start>``/``<end>`` character offsets of its name in the text, a
``<type>`` from the paper's pragmatic taxonomy and, for real toponyms, the
``<latitude>``/``<longitude>`` it refers to.

Gold toponyms are the annotations that carry coordinates (literal, mixed,
metonymic, modifier, embedded and coerced toponyms); demonyms, languages,
homonyms, non-toponyms and the lower-case "expressions" carry none and are not
toponyms. Each article's text is analysed unchanged (so offsets line up) by the
ordinary pipeline's stages up to and including ``places``; every place mention
is a predicted toponym.

Detection is scored twice: **exact** (a prediction counts when its span equals
a gold span) and **overlap** (when the spans share a character; matched one to
one, in text order). Resolution is scored on the overlap matches: the share
whose resolved point lies within 161 km (100 miles) of the gold point
(``acc161``; a prediction without coordinates counts as a miss), with the mean
and median error in km.

warcheck reads an adjective ("Russian troops", "the Chinese market") as a
nationality, not a place, while GeoWebNews annotates such modifiers as
toponyms: the predictions scored are the place mentions and the demonyms
(:mod:`warcheck.analysis.demonyms`, never among an analysis's places), each at its
country's or region's point. A toponym embedded in a longer name ("Colorado State
University", "Bank of Japan") is annotated with the whole name's span, and so is the
prediction (:func:`warcheck.analysis.place_names.widen`). The ``nouns`` figures leave
out the gold toponyms whose ``<modifierType>`` is ``Adjective`` (and the predictions on
them); the ``places_only`` figures score the place mentions alone.

Articles are numbered from 0 in file order; ``half="even"`` scores the even
articles (where rules may be decided), ``"odd"`` the odd ones (held out).
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from warcheck.analysis.demonyms import find_demonyms
from warcheck.analysis.pipeline import STAGES, analyze_article
from warcheck.analysis.place_names import widen
from warcheck.errors import DataError
from warcheck.model import Article, PlaceMention

HALVES = ("all", "even", "odd")
KM_LIMIT = 161.0
EARTH_KM = 6371.0088
# The stages of the ordinary pipeline that the place stage needs, and the place stage.
PLACE_STAGES = tuple(STAGES[: [s.name for s in STAGES].index("places") + 1])
Progress = Callable[[int, int], None]


class Toponym(NamedTuple):
    """A gold annotation: its span, type and point (``None`` when it is not a toponym)."""

    start: int
    end: int
    name: str
    type: str
    lat: float | None
    lon: float | None
    adjective: bool = False  # an adjectival modifier ("Russian troops")


class Document(NamedTuple):
    """One article of the file: its number, text and annotations (and its title and link)."""

    number: int
    text: str
    toponyms: tuple[Toponym, ...]
    title: str = ""
    link: str = ""


def _float(node: ET.Element, tag: str) -> float | None:
    value = (node.findtext(tag) or "").strip()
    return float(value) if value else None


def _toponym(node: ET.Element) -> Toponym:
    start, end = int(node.findtext("start") or 0), int(node.findtext("end") or 0)
    lat, lon = _float(node, "latitude"), _float(node, "longitude")
    if lat is None or lon is None:
        lat = lon = None
    kind = (node.findtext("type") or "").strip()
    adjective = (node.findtext("modifierType") or "").strip() == "Adjective"
    return Toponym(start, end, node.findtext("extractedName") or "", kind, lat, lon, adjective)


def read_documents(path: str | Path) -> list[Document]:
    """Read a GeoWebNews-format XML file.

    Raises:
        DataError: the file is missing, not XML, or has no ``<article>`` with
            ``<text>``, or an annotation's offsets are not numbers.
    """
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DataError(f"{path}: is a directory, not a GeoWebNews XML file") from None
    except ET.ParseError as exc:
        raise DataError(f"{path}: not XML ({exc})") from None
    docs: list[Document] = []
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text")
        if text is None:
            raise DataError(f"{path}: article {n} has no <text>")
        try:
            tops = tuple(_toponym(t) for t in art.iter("toponym"))
        except ValueError as exc:
            raise DataError(f"{path}: article {n} has a bad offset ({exc})") from None
        title, link = ((art.findtext(tag) or "").strip() for tag in ("title", "link"))
        docs.append(Document(n, text, tops, title, link))
    if not docs:
        raise DataError(f"{path}: no <article> elements (expected GeoWebNews XML)")
    return docs


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def predict(text: str, demonyms: bool = True) -> tuple[PlaceMention, ...]:
    """The toponyms found in ``text`` (read unchanged), in text order.

    They are the place mentions of the ordinary pipeline and, with ``demonyms``, the
    adjectives naming a country or region (:func:`warcheck.analysis.demonyms.find_demonyms`),
    which the analysis keeps apart from its places; each with the span of the longer name
    that embeds it, as GeoWebNews annotates them (:func:`warcheck.analysis.place_names.widen`).
    """
    places = _places(text)
    return widen(text, _with_demonyms(text, places) if demonyms else places)


def _places(text: str) -> tuple[PlaceMention, ...]:
    return analyze_article(Article(text=text), PLACE_STAGES).places


def _with_demonyms(text: str, places: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
    return tuple(sorted((*places, *find_demonyms(text, places)), key=lambda p: p.start))


def _overlap(g: Toponym, p: PlaceMention) -> bool:
    return g.start < p.end and p.start < g.end


def _overlaps(gold: list[Toponym], pred: tuple[PlaceMention, ...]) -> list[tuple[int, int]]:
    """One-to-one overlap matches (gold index, prediction index), in text order."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for pi, p in enumerate(pred):
        for gi, g in enumerate(gold):
            if gi not in used and _overlap(g, p):
                used.add(gi)
                pairs.append((gi, pi))
                break
    return pairs


class Tally:
    """Counts over documents."""

    def __init__(self, nouns: bool = False) -> None:
        """Start at zero; ``nouns`` leaves adjectival toponyms out (and predictions on them)."""
        self.nouns = nouns
        self.gold = self.pred = self.exact = self.overlap = 0
        self.errors: list[float] = []
        self.by_type: Counter[str] = Counter()
        self.found_by_type: Counter[str] = Counter()
        self.missed: Counter[str] = Counter()
        self.spurious: Counter[str] = Counter()

    def add(self, doc: Document, pred: tuple[PlaceMention, ...]) -> None:
        """Score one document's predictions."""
        gold = [t for t in doc.toponyms if t.lat is not None]
        if self.nouns:
            adj = [t for t in gold if t.adjective]
            gold = [t for t in gold if not t.adjective]
            pred = tuple(p for p in pred if not any(_overlap(a, p) for a in adj))
        spans = {(t.start, t.end) for t in gold}
        self.gold += len(gold)
        self.pred += len(pred)
        self.exact += sum((p.start, p.end) in spans for p in pred)
        pairs = _overlaps(gold, pred)
        self.overlap += len(pairs)
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            far = math.inf if p.lat is None or p.lon is None else km(g.lat, g.lon, p.lat, p.lon)  # type: ignore[arg-type]
            self.errors.append(far)
        found_g = {gi for gi, _ in pairs}
        found_p = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            self.by_type[g.type] += 1
            if gi in found_g:
                self.found_by_type[g.type] += 1
            else:
                self.missed[g.name] += 1
        for pi, p in enumerate(pred):
            if pi not in found_p:
                self.spurious[p.text] += 1


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _metrics(t: Tally) -> dict[str, float]:
    exact, overlap = _prf(t.exact, t.pred, t.gold), _prf(t.overlap, t.pred, t.gold)
    finite = [e for e in t.errors if e != math.inf]
    return {
        **{f"{k}_exact": v for k, v in exact.items()},
        **{f"{k}_overlap": v for k, v in overlap.items()},
        "acc161": round(sum(e <= KM_LIMIT for e in t.errors) / len(t.errors), 4)
        if t.errors
        else 0.0,
        "mean_error_km": round(statistics.fmean(finite), 1) if finite else 0.0,
        "median_error_km": round(statistics.median(finite), 1) if finite else 0.0,
    }


def select(docs: list[Document], half: str) -> list[Document]:
    """The documents of ``half``: all, the even-numbered or the odd-numbered ones."""
    if half not in HALVES:
        raise DataError(f"unknown half {half!r}; choose from {', '.join(HALVES)}")
    if half == "all":
        return docs
    return [d for d in docs if d.number % 2 == (0 if half == "even" else 1)]


def evaluate(
    path: str | Path, progress: Progress | None = None, half: str = "all"
) -> dict[str, Any]:
    """Run the place stage on every article of ``half`` and score it against the gold toponyms.

    Returns:
        ``{"dataset": "geoparsing", "dataset_kind": "geoparsing", "file", "half", "n"
        (articles), "gold", "predicted", "metrics": {...}, "nouns": the same without
        adjectival toponyms, "places_only": the metrics of the place mentions alone,
        "recall_by_type": {type: recall},
        "most_missed": [[name, count]...], "most_spurious": [[text, count]...]}``.
    """
    docs = select(read_documents(path), half)
    tally, nouns, places = Tally(), Tally(nouns=True), Tally()
    for i, doc in enumerate(docs, 1):
        raw = _places(doc.text)
        only, found = widen(doc.text, raw), widen(doc.text, _with_demonyms(doc.text, raw))
        tally.add(doc, found)
        nouns.add(doc, found)
        places.add(doc, only)
        if progress:
            progress(i, len(docs))
    return {
        "dataset": "geoparsing",
        "dataset_kind": "geoparsing",
        "file": Path(path).name,
        "half": half,
        "n": len(docs),
        "gold": tally.gold,
        "predicted": tally.pred,
        "metrics": _metrics(tally),
        "nouns": {"gold": nouns.gold, "predicted": nouns.pred, "metrics": _metrics(nouns)},
        "places_only": {"predicted": places.pred, "metrics": _metrics(places)},
        "recall_by_type": {
            k: round(tally.found_by_type[k] / v, 4) for k, v in sorted(tally.by_type.items())
        },
        "most_missed": [list(x) for x in tally.missed.most_common(25)],
        "most_spurious": [list(x) for x in tally.spurious.most_common(25)],
    }


def format_result(result: dict[str, Any]) -> str:
    """Return the evaluation result as a short readable report."""
    m = result["metrics"]
    lines = [
        f"Geoparsing evaluation of {result['file']} ({result['half']} articles): "
        f"{result['n']} articles, {result['gold']} gold toponyms, {result['predicted']} found",
        "  detection   precision  recall   F1",
    ]
    for kind in ("exact", "overlap"):
        lines.append(
            f"  {kind:<10}  {m[f'precision_{kind}']:.3f}      {m[f'recall_{kind}']:.3f}    "
            f"{m[f'f1_{kind}']:.3f}"
        )
    n = result["nouns"]["metrics"]
    lines.append(
        f"  nouns only  {n['precision_exact']:.3f}      {n['recall_exact']:.3f}    "
        f"{n['f1_exact']:.3f}  (exact; adjectival toponyms left out)"
    )
    o = result["places_only"]["metrics"]
    lines.append(
        f"  places only {o['precision_exact']:.3f}      {o['recall_exact']:.3f}    "
        f"{o['f1_exact']:.3f}  (exact; demonyms not counted as predictions)"
    )
    lines.append(
        f"  resolution  acc@161km {m['acc161']:.3f}   mean error {m['mean_error_km']:.0f} km"
        f"   median {m['median_error_km']:.0f} km"
    )
    return "\n".join(lines) + "\n"
