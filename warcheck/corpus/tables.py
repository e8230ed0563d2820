"""The store's tables, defined once (SQLAlchemy Core) for SQLite and PostgreSQL alike.

The tables are meant to be read with plain SQL or Datasette, with no
configuration: one row per article, claim and mention, ISO-8601 dates,
``latitude``/``longitude`` columns and real foreign keys. The full analysis
document of each article is kept too (``articles.document``: JSON, and from
version 4 its compact JSON compressed, see :mod:`warcheck.corpus.documents`),
but what users filter on is a column.

Each table carries the schema version that added it (``info["since"]``);
:func:`migration` compiles, for one engine, the statements taking a store
from version *n* to *n + 1*: the tables added at *n + 1*, their indexes, and
the few statements only one engine has (:data:`EXTRAS`: SQLite's FTS5
tables, PostgreSQL's full-text GIN indexes). A change of schema is a new
version: add tables with the next ``since`` (or an entry in :data:`EXTRAS`),
never edit an earlier one. This module is only imported to create or
migrate a store, so that opening one stays fast.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    REAL,
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.schema import CreateIndex, CreateTable, SetColumnComment

from warcheck.corpus.schema import article_tsvector, claim_tsvector

# SQLite's REAL is a double; PostgreSQL's REAL is 4 bytes, too coarse for coordinates.
_REAL: Any = REAL().with_variant(postgresql.DOUBLE_PRECISION(), "postgresql")
# Row ids: SQLite's INTEGER is 64 bits already; PostgreSQL's needs BIGINT for large corpora.
_ID: Any = Integer().with_variant(BigInteger(), "postgresql")

METADATA = MetaData()


def _col(name: str, kind: Any, comment: str | None = None, **kw: Any) -> Column[Any]:
    return Column(name, kind, comment=comment, **kw)


def _text(name: str, comment: str | None = None, **kw: Any) -> Column[Any]:
    return _col(name, Text, comment, **kw)


def _req(name: str, comment: str | None = None, **kw: Any) -> Column[Any]:
    """A ``TEXT NOT NULL`` column."""
    return _col(name, Text, comment, nullable=False, **kw)


def _int(name: str, comment: str | None = None, **kw: Any) -> Column[Any]:
    return _col(name, _ID, comment, **kw)


def _real(name: str, comment: str | None = None, **kw: Any) -> Column[Any]:
    return _col(name, _REAL, comment, **kw)


def _pk(name: str = "id", comment: str | None = None) -> Column[Any]:
    return _col(name, _ID, comment, primary_key=True)


def _ref(
    name: str, target: str, comment: str | None = None, *, cascade: bool = False, **kw: Any
) -> Column[Any]:
    """A foreign key to ``target`` (``table.column``); ``cascade``: ON DELETE CASCADE."""
    key = ForeignKey(target, ondelete="CASCADE" if cascade else None)
    return Column(name, _ID, key, comment=comment, autoincrement=False, **kw)


def _table(name: str, since: int, *items: Any) -> Table:
    return Table(name, METADATA, *items, info={"since": since})


_table(
    "outlets", 1,
    _pk(),
    _req("name", "as given (--outlet, the CSV/JSON field, the page)", unique=True),
    _text("knowledge_id", "the outlet's id in warcheck's knowledge files, if known"),
    _req("camp", "from the knowledge files; 'unknown', never guessed",
         server_default=text("'unknown'")),
)  # fmt: skip

_table(
    "articles", 1,
    _pk(),
    _text("item_id", "the id the source gave (CSV/JSON Lines 'id')"),
    _text("title"),
    _text("url"),
    _ref("outlet_id", "outlets.id"),
    _text("published", "YYYY-MM-DD"),
    _text("published_from", "argument, metadata, dateline (vocab published_from)"),
    _text("language"),
    _req("text", "the canonical text every offset points into"),
    _req("source", "chain of custody: file path, URL or '-' (stdin)"),
    _text("locator", "where inside it: 'row 5', 'line 12', 'record 3'"),
    _text("fetched_at", "ISO-8601 UTC, for fetched pages and WARC records"),
    _req("raw_sha256", "of the raw bytes as read"),
    _req("text_sha256", "of the canonical text"),
    _req("ingested_at", "ISO-8601 UTC"),
    _req("warcheck_version", "the version that analysed it"),
    _ref("twin_of", "articles.id", "first article with this text (another outlet)"),
    _req("identity", "sha256 of canonical text, outlet and URL: stored once", unique=True),
    _req("custody", "sha256 of raw bytes, outlet and URL as given: resume key"),
    _int("main_claim", "index of the summary's main claim, if any"),
    _text("extra", "JSON: every other field of the source"),
    _req("document", "the analysis/1 document: JSON in a Zstandard frame (schema 3: text)"),
    Index("articles_text_sha256", "text_sha256"),
    Index("articles_custody", "custody"),
    Index("articles_published", "published"),
    Index("articles_outlet", "outlet_id"),
)  # fmt: skip

_table(
    "claims", 1,
    _pk(),
    _ref("article_id", "articles.id", nullable=False, cascade=True),
    _int("claim_index", "position among the article's claims", nullable=False),
    _int("is_main", "1 for the summary's main event", nullable=False, server_default=text("0")),
    _req("kind", "vocab claim_kind"),
    _text("event_type", "vocab event_type"),
    _req("certainty", "vocab certainty"),
    _req("text"),
    _int("start", "character offsets into articles.text", nullable=False),
    _int("end", nullable=False),
    _text("date_from"),
    _text("date_to"),
    _text("date_precision", "vocab time_precision"),
    _text("place", "the claim's first place, its gazetteer name"),
    _text("place_id"),
    _text("admin1"),
    _text("country"),
    _real("latitude"),
    _real("longitude"),
    _text("geo_precision", "vocab place_precision"),
    _text("agents", "actor ids, '; '-separated"),
    _text("agent_names"),
    _text("targets"),
    _text("target_names"),
    _int("killed_min", "sums over the claim's casualty mentions"),
    _int("killed_max"),
    _int("injured_min"),
    _int("injured_max"),
    _text("source_types", "vocab source_type, '; '-separated, innermost first"),
    _text("source_names"),
    UniqueConstraint("article_id", "claim_index"),
    Index("claims_event", "event_type", "date_from"),
    Index("claims_place", "latitude", "longitude"),
)  # fmt: skip

_table(
    "mentions", 1,
    _pk(),
    _ref("article_id", "articles.id", nullable=False, cascade=True),
    _req("kind", "actor, place, time, casualty, operation, cue"),
    _int("start", "character offsets into articles.text", nullable=False),
    _int("end", nullable=False),
    _req("text"),
    _text("ref", "actor_id, place_id, operation_id"),
    _text("name", "the resolved name; for cues, the technique"),
    _text("category", "actor kind, place precision, time kind, outcome, cue kind"),
    _text("value", "time value; casualty group; cue camp; actor label camp"),
    _text("end_value", "time end value"),
    _int("minimum", "casualty figures"),
    _int("maximum"),
    _real("latitude"),
    _real("longitude"),
    Index("mentions_article", "article_id", "kind"),
    Index("mentions_ref", "kind", "ref"),
)  # fmt: skip

_table(
    "incidents", 2,
    Column("id", _ID, primary_key=True, autoincrement=False,
           comment="claims.id of its key claim (its least claim)"),
    _text("event_type", "vocab event_type, the commonest of its main claims"),
    _text("family", "vocab event_family"),
    _text("date_from", "YYYY-MM-DD, the earliest day its main claims allow"),
    _text("date_to"),
    _text("place", "the most precise place its claims name"),
    _text("place_id"),
    _text("country"),
    _real("latitude"),
    _real("longitude"),
    _text("geo_precision", "vocab place_precision"),
    _req("grade", "vocab grade: contested if any claim is, else the best"),
    _int("n_claims", "how many claims, articles, independent origins, outlets", nullable=False),
    _int("n_articles", nullable=False),
    _int("n_origins", nullable=False),
    _int("n_outlets", nullable=False),
    _text("camps", "vocab outlet_camp values, '; '-separated"),
    _req("updated_at", "ISO-8601 UTC of the cross-check that wrote it"),
    Index("incidents_date", "date_from", "date_to"),
    Index("incidents_grade", "grade", "event_type"),
)  # fmt: skip

_table(
    "incident_claims", 2,
    _ref("claim_id", "claims.id", primary_key=True, cascade=True),
    _ref("incident_id", "incidents.id", nullable=False, cascade=True),
    _req("grade", "vocab grade"),
    _req("reliability", "Admiralty A-F"),
    _req("credibility", "Admiralty 1-6"),
    _req("reason", "the grade's reason in words"),
    _req("evidence", "JSON: claims, articles, origins, agreeing, conflicting"),
    Index("incident_claims_incident", "incident_id"),
)  # fmt: skip

_table(
    "origins", 2,  # per incident, each article's origin
    _ref("incident_id", "incidents.id", primary_key=True, cascade=True),
    _ref("article_id", "articles.id", primary_key=True, cascade=True),
    _ref("origin_id", "articles.id", "the earliest article of its story", nullable=False),
    _text("links", "vocab origin_link values, '; '-separated"),
    _text("wire", "the wire agency both credit, if that is the link"),
)  # fmt: skip

_table(
    "contradictions", 2,
    _pk(),
    _ref("incident_id", "incidents.id", nullable=False, cascade=True),
    _req("kind", "vocab contradiction_kind"),
    _req("description"),
    _req("values", "JSON: [{value, claims, articles, outlets}]"),
    Index("contradictions_incident", "incident_id"),
)  # fmt: skip

_table(
    "grade_history", 2,
    _pk(),
    _ref("claim_id", "claims.id", nullable=False, cascade=True),
    _req("graded_at", "ISO-8601 UTC"),
    _req("grade"),
    _req("admiralty"),
    _req("reason", "why, as the grade gave it"),
    Index("grade_history_claim", "claim_id"),
)  # fmt: skip

_table(
    "crosschecked", 2,
    _ref("article_id", "articles.id", primary_key=True, cascade=True),
    _req("at", "when its claims were first clustered"),
)  # fmt: skip

_table(
    "reference_events", 2,
    _pk(),
    _req("dataset", "'acled' or 'ucdp'"),
    _req("upstream_id", "event_id_cnty (ACLED) or id (UCDP GED)"),
    _req("date_from", "YYYY-MM-DD"),
    _req("date_to"),
    _int("time_precision", "as the dataset codes it"),
    _text("event_type", "the dataset's own type and sub-type"),
    _text("sub_event_type"),
    _text("actor1"),
    _text("actor2"),
    _text("country"),
    _text("admin1"),
    _text("location"),
    _real("latitude"),
    _real("longitude"),
    _int("geo_precision", "as the dataset codes it"),
    _int("fatalities", "ACLED fatalities, UCDP best"),
    _int("fatalities_low"),
    _int("fatalities_high"),
    _text("notes"),
    _text("source", "the dataset's source field"),
    _req("file", "the file it was imported from"),
    _req("imported_at", "ISO-8601 UTC"),
    _req("raw", "JSON: the row as read"),
    UniqueConstraint("dataset", "upstream_id"),
    Index("reference_events_date", "date_from", "date_to"),
)  # fmt: skip

_table(
    "reference_matches", 2,
    _ref("claim_id", "claims.id", primary_key=True, cascade=True),
    _ref("reference_id", "reference_events.id", primary_key=True, cascade=True),
    _real("score", "0-1, how many of the compared facts agree", nullable=False),
    _req("agreeing", "facts that agree, '; '-separated"),
    _req("conflicting", "facts that disagree, '; '-separated"),
    _req("matched_at"),
)  # fmt: skip

_table(
    "article_assessments", 3,  # the credibility model's assessment of each article
    _ref("article_id", "articles.id", primary_key=True, cascade=True),
    _req("model", "the model file and which of its models"),
    _real("probability", "that FA-KES would label the article credible", nullable=False),
    _req("label", "what the probability is (and is not), in words"),
    _req("reasons", "JSON: the top reasons with their spans and incidents"),
    _req("assessed_at", "ISO-8601 UTC"),
)  # fmt: skip

_FTS5 = "tokenize='unicode61 remove_diacritics 2'"

EXTRAS: dict[str, dict[int, tuple[str, ...]]] = {
    "sqlite": {
        1: (
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
            f"content_rowid='id', {_FTS5})",
            f"CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', "
            f"content_rowid='id', {_FTS5})",
        ),
        4: (),  # documents compressed: SQLite's TEXT columns keep blobs as they are
    },
    "postgresql": {
        1: (
            f"CREATE INDEX articles_fts ON articles USING GIN ({article_tsvector()})",
            f"CREATE INDEX claims_fts ON claims USING GIN ({claim_tsvector()})",
        ),
        4: (  # documents compressed: bytes, the JSON of older rows as its UTF-8
            "ALTER TABLE articles ALTER COLUMN document TYPE bytea "
            "USING convert_to(document, 'UTF8')",
            "ALTER TABLE articles ALTER COLUMN document SET STORAGE EXTERNAL",  # no 2nd compression
            "COMMENT ON COLUMN articles.document IS 'the full warcheck.analysis/1 document: "
            "compact JSON in a Zstandard frame (rows of schema 3 and before: JSON as UTF-8)'",
        ),
    },
}
"""Statements only one engine has, by the version they belong to (a version may have only
these: version 4 compresses the documents, no table changes)."""

VERSION = max(
    *(t.info["since"] for t in METADATA.tables.values()),
    *(number for extras in EXTRAS.values() for number in extras),
)

_DIALECTS: dict[str, Dialect] = {"sqlite": sqlite.dialect(), "postgresql": postgresql.dialect()}


def _name(index: Index) -> str:
    return str(index.name)


def migration(engine: str, number: int) -> list[str]:
    """The statements taking a store on ``engine`` from version ``number`` to ``number + 1``."""
    dialect = _DIALECTS[engine]
    added = [t for t in METADATA.sorted_tables if t.info["since"] == number + 1]
    out = [str(CreateTable(t).compile(dialect=dialect)).strip() for t in added]
    out += [
        str(CreateIndex(i).compile(dialect=dialect))
        for t in added
        for i in sorted(t.indexes, key=_name)
    ]
    if engine == "postgresql":
        out += [
            str(SetColumnComment(c).compile(dialect=dialect))
            for t in added
            for c in t.columns
            if c.comment
        ]
    return out + list(EXTRAS[engine].get(number + 1, ()))
