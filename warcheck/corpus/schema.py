"""The store's tables, and opening a database file with its migrations applied.

The tables are meant to be read with plain SQL or Datasette, with no
configuration: one row per article, claim and mention, ISO-8601 dates,
``latitude``/``longitude`` columns and real foreign keys. The full analysis
document of each article is kept too (``articles.document``, JSON), but what
users filter on is a column.

The schema version is SQLite's ``PRAGMA user_version``. :data:`MIGRATIONS`
lists, in order, the SQL that takes a database from version *n* to *n + 1*;
:func:`connect` applies those it lacks, each in one transaction, so a database
made by an older warcheck is brought up to date when it is opened, and one
made by a newer warcheck is refused with a clear message.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from warcheck.errors import StoreError

_V1 = """
CREATE TABLE outlets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,          -- as given (--outlet, the CSV/JSON field, the page)
    knowledge_id TEXT,                  -- the outlet's id in warcheck's knowledge files, if known
    camp TEXT NOT NULL DEFAULT 'unknown' -- from the knowledge files; 'unknown', never guessed
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    item_id TEXT,                       -- the id the source gave (CSV/JSON Lines 'id')
    title TEXT,
    url TEXT,
    outlet_id INTEGER REFERENCES outlets(id),
    published TEXT,                     -- YYYY-MM-DD
    published_from TEXT,                -- argument, metadata, dateline (vocab published_from)
    language TEXT,
    text TEXT NOT NULL,                 -- the canonical text every offset points into
    -- chain of custody
    source TEXT NOT NULL,               -- file path, URL or '-' (stdin)
    locator TEXT,                       -- where inside it: 'row 5', 'line 12', 'record 3'
    fetched_at TEXT,                    -- ISO-8601 UTC, for fetched pages and WARC records
    raw_sha256 TEXT NOT NULL,           -- of the raw bytes as read
    text_sha256 TEXT NOT NULL,          -- of the canonical text
    ingested_at TEXT NOT NULL,          -- ISO-8601 UTC
    warcheck_version TEXT NOT NULL,     -- the version that analysed it
    twin_of INTEGER REFERENCES articles(id), -- first article with this text (another outlet)
    identity TEXT NOT NULL UNIQUE,      -- sha256 of canonical text, outlet and URL: stored once
    custody TEXT NOT NULL,              -- sha256 of raw bytes, outlet and URL as given: resume key
    main_claim INTEGER,                 -- index of the summary's main claim, if any
    extra TEXT,                         -- JSON: every other field of the source
    document TEXT NOT NULL              -- JSON: the full warcheck.analysis/1 document
);
CREATE INDEX articles_text_sha256 ON articles(text_sha256);
CREATE INDEX articles_custody ON articles(custody);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet_id);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    claim_index INTEGER NOT NULL,       -- position among the article's claims
    is_main INTEGER NOT NULL DEFAULT 0, -- 1 for the summary's main event
    kind TEXT NOT NULL,                 -- vocab claim_kind
    event_type TEXT,                    -- vocab event_type
    certainty TEXT NOT NULL,            -- vocab certainty
    text TEXT NOT NULL,
    start INTEGER NOT NULL,             -- character offsets into articles.text
    "end" INTEGER NOT NULL,
    date_from TEXT,
    date_to TEXT,
    date_precision TEXT,                -- vocab time_precision
    place TEXT,                         -- the claim's first place, its gazetteer name
    place_id TEXT,
    admin1 TEXT,
    country TEXT,
    latitude REAL,
    longitude REAL,
    geo_precision TEXT,                 -- vocab place_precision
    agents TEXT,                        -- actor ids, '; '-separated
    agent_names TEXT,
    targets TEXT,
    target_names TEXT,
    killed_min INTEGER,                 -- sums over the claim's casualty mentions
    killed_max INTEGER,
    injured_min INTEGER,
    injured_max INTEGER,
    source_types TEXT,                  -- vocab source_type, '; '-separated, innermost first
    source_names TEXT,
    UNIQUE (article_id, claim_index)
);
CREATE INDEX claims_event ON claims(event_type, date_from);
CREATE INDEX claims_place ON claims(latitude, longitude);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,                 -- actor, place, time, casualty, operation, cue
    start INTEGER NOT NULL,             -- character offsets into articles.text
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    ref TEXT,                           -- actor_id, place_id, operation_id
    name TEXT,                          -- the resolved name; for cues, the technique
    category TEXT,                      -- actor kind, place precision, time kind, outcome, cue kind
    value TEXT,                         -- time value; casualty group; cue camp; actor label camp
    end_value TEXT,                     -- time end value
    minimum INTEGER,                    -- casualty figures
    maximum INTEGER,
    latitude REAL,
    longitude REAL
);
CREATE INDEX mentions_article ON mentions(article_id, kind);
CREATE INDEX mentions_ref ON mentions(kind, ref);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE claims_fts USING fts5(
    text, content='claims', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
"""

_V2 = """
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,             -- claims.id of its key claim (its least claim)
    event_type TEXT,                    -- vocab event_type, the commonest of its main claims
    family TEXT,                        -- vocab event_family
    date_from TEXT,                     -- YYYY-MM-DD, the earliest day its main claims allow
    date_to TEXT,
    place TEXT,                         -- the most precise place its claims name
    place_id TEXT,
    country TEXT,
    latitude REAL,
    longitude REAL,
    geo_precision TEXT,                 -- vocab place_precision
    grade TEXT NOT NULL,                -- vocab grade: contested if any claim is, else the best
    n_claims INTEGER NOT NULL,          -- how many claims, articles, independent origins, outlets
    n_articles INTEGER NOT NULL,
    n_origins INTEGER NOT NULL,
    n_outlets INTEGER NOT NULL,
    camps TEXT,                         -- vocab outlet_camp values, '; '-separated
    updated_at TEXT NOT NULL            -- ISO-8601 UTC of the cross-check that wrote it
);
CREATE INDEX incidents_date ON incidents(date_from, date_to);
CREATE INDEX incidents_grade ON incidents(grade, event_type);

CREATE TABLE incident_claims (
    claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    grade TEXT NOT NULL,                -- vocab grade
    reliability TEXT NOT NULL,          -- Admiralty A-F
    credibility TEXT NOT NULL,          -- Admiralty 1-6
    reason TEXT NOT NULL,               -- the grade's reason in words
    evidence TEXT NOT NULL              -- JSON: claims, articles, origins, agreeing, conflicting
);
CREATE INDEX incident_claims_incident ON incident_claims(incident_id);

CREATE TABLE origins (                  -- per incident, each article's origin
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    origin_id INTEGER NOT NULL REFERENCES articles(id), -- the earliest article of its story
    links TEXT,                         -- vocab origin_link values, '; '-separated
    wire TEXT,                          -- the wire agency both credit, if that is the link
    PRIMARY KEY (incident_id, article_id)
);

CREATE TABLE contradictions (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,                 -- vocab contradiction_kind
    description TEXT NOT NULL,
    "values" TEXT NOT NULL              -- JSON: [{value, claims, articles, outlets}]
);
CREATE INDEX contradictions_incident ON contradictions(incident_id);

CREATE TABLE grade_history (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    graded_at TEXT NOT NULL,            -- ISO-8601 UTC
    grade TEXT NOT NULL,
    admiralty TEXT NOT NULL,
    reason TEXT NOT NULL                -- why, as the grade gave it
);
CREATE INDEX grade_history_claim ON grade_history(claim_id);

CREATE TABLE crosschecked (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    at TEXT NOT NULL                    -- when its claims were first clustered
);

CREATE TABLE reference_events (
    id INTEGER PRIMARY KEY,
    dataset TEXT NOT NULL,              -- 'acled' or 'ucdp'
    upstream_id TEXT NOT NULL,          -- event_id_cnty (ACLED) or id (UCDP GED)
    date_from TEXT NOT NULL,            -- YYYY-MM-DD
    date_to TEXT NOT NULL,
    time_precision INTEGER,             -- as the dataset codes it
    event_type TEXT,                    -- the dataset's own type and sub-type
    sub_event_type TEXT,
    actor1 TEXT,
    actor2 TEXT,
    country TEXT,
    admin1 TEXT,
    location TEXT,
    latitude REAL,
    longitude REAL,
    geo_precision INTEGER,              -- as the dataset codes it
    fatalities INTEGER,                 -- ACLED fatalities, UCDP best
    fatalities_low INTEGER,
    fatalities_high INTEGER,
    notes TEXT,
    source TEXT,                        -- the dataset's source field
    file TEXT NOT NULL,                 -- the file it was imported from
    imported_at TEXT NOT NULL,          -- ISO-8601 UTC
    raw TEXT NOT NULL,                  -- JSON: the row as read
    UNIQUE (dataset, upstream_id)
);
CREATE INDEX reference_events_date ON reference_events(date_from, date_to);

CREATE TABLE reference_matches (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    reference_id INTEGER NOT NULL REFERENCES reference_events(id) ON DELETE CASCADE,
    score REAL NOT NULL,                -- 0-1, how many of the compared facts agree
    agreeing TEXT NOT NULL,             -- facts that agree, '; '-separated
    conflicting TEXT NOT NULL,          -- facts that disagree, '; '-separated
    matched_at TEXT NOT NULL,
    PRIMARY KEY (claim_id, reference_id)
);
"""

_V3 = """
CREATE TABLE article_assessments (      -- the credibility model's assessment of each article
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    model TEXT NOT NULL,                -- the model file and which of its models
    probability REAL NOT NULL,          -- that FA-KES would label the article credible
    label TEXT NOT NULL,                -- what the probability is (and is not), in words
    reasons TEXT NOT NULL,              -- JSON: the top reasons with their spans and incidents
    assessed_at TEXT NOT NULL           -- ISO-8601 UTC
);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3)
"""SQL taking the database from version ``i`` to ``i + 1``; append, never edit."""

VERSION = len(MIGRATIONS)


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) a store file and bring its schema up to :data:`VERSION`.

    WAL journal, foreign keys on, ``synchronous=NORMAL`` (a committed
    transaction survives a crash of the process; only a power cut may lose
    the last ones, never consistency).

    Raises:
        StoreError: the file is not a SQLite database, is a newer store, or cannot be opened.
    """
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    if path.parent and not path.parent.exists():
        raise StoreError(f"cannot create {path}: folder {path.parent} does not exist")
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=10000")
        _migrate(conn, path)
    except sqlite3.DatabaseError as err:
        raise StoreError(f"{path} is not a warcheck store ({err})") from None
    conn.row_factory = sqlite3.Row
    return conn


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version > VERSION:
        raise StoreError(
            f"{path} has store schema {version}, newer than this warcheck's {VERSION}; upgrade"
        )
    if version == 0 and _has_foreign_tables(conn):
        raise StoreError(f"{path} is a SQLite database but not a warcheck store")
    for number in range(version, VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version={number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
    return bool(row[0])


def _statements(script: str) -> list[str]:
    """Split a migration into statements (``executescript`` would commit on its own)."""
    lines = [line.split("--", 1)[0] if "--" in line else line for line in script.splitlines()]
    out, buf = [], ""
    for line in lines:
        buf += line + "\n"
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return [s for s in out if s]
