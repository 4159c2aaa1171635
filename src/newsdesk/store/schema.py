"""The store's only DDL: numbered migrations, each applied once and recorded in ``schema_migrations``.

To change the schema, append a migration; never edit one that has shipped.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

# Settings every connection gets: WAL lets readers (search, export, a server)
# run while one ingest writes; NORMAL sync is safe in WAL and much faster.
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = NORMAL",
)
BUSY_TIMEOUT_MS = 10_000

_V1 = """
CREATE TABLE articles (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,          -- sha256 of the article text
    title        TEXT,
    published    TEXT,                          -- YYYY-MM-DD
    source       TEXT,
    url          TEXT,
    author       TEXT,
    language     TEXT,
    ingested     TEXT NOT NULL,                 -- UTC ISO timestamp
    text         TEXT NOT NULL,
    record       TEXT NOT NULL                  -- Article.to_dict() as JSON, without "text"
);
CREATE INDEX articles_published ON articles(published);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text,
    content = 'articles', content_rowid = 'pk',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
END;

CREATE TABLE entities (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id   TEXT NOT NULL,
    name        TEXT NOT NULL,
    type        TEXT,
    is_group    INTEGER NOT NULL DEFAULT 0,
    country     TEXT,
    sector      TEXT,
    code        TEXT,
    mentions    INTEGER NOT NULL DEFAULT 0,
    first_start INTEGER,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT,
    kind       TEXT
);
CREATE INDEX mentions_article ON mentions(article_id, entity_id);

CREATE TABLE quotes (
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote_index   INTEGER NOT NULL,
    quote_id      TEXT,
    kind          TEXT,
    stance        TEXT,
    speaker       TEXT,                         -- entity id
    speaker_name  TEXT,
    source_text   TEXT,
    source_start  INTEGER,
    source_end    INTEGER,
    cue_text      TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    content_text  TEXT,
    content_start INTEGER,
    content_end   INTEGER,
    via           TEXT,                         -- JSON list of entity ids, outermost first
    via_names     TEXT,
    confidence    REAL,
    PRIMARY KEY (article_id, quote_index)
);
CREATE INDEX quotes_speaker ON quotes(speaker_name);

CREATE TABLE events (
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_index     INTEGER NOT NULL,
    event_id        TEXT,
    date            TEXT,
    date_inherited  INTEGER,
    actor1_name     TEXT,
    actor1_code     TEXT,
    actor1_country  TEXT,
    actor1_sector   TEXT,
    actor1_entity   TEXT,
    actor1_start    INTEGER,
    actor1_end      INTEGER,
    plover          TEXT,
    mode            TEXT,
    cameo           TEXT,
    cameo_root      TEXT,
    quad_class      INTEGER,
    goldstein       REAL,
    actor2_name     TEXT,
    actor2_code     TEXT,
    actor2_country  TEXT,
    actor2_sector   TEXT,
    actor2_entity   TEXT,
    actor2_start    INTEGER,
    actor2_end      INTEGER,
    place_name      TEXT,
    place_lat       REAL,
    place_lon       REAL,
    place_country   TEXT,
    place_geonameid INTEGER,
    attributed_to   TEXT,                       -- entity id of who says so
    attributed_name TEXT,
    via             TEXT,                       -- JSON list of entity ids, outermost first
    via_names       TEXT,
    negated         INTEGER NOT NULL DEFAULT 0,
    hypothetical    INTEGER NOT NULL DEFAULT 0,
    scheduled       INTEGER NOT NULL DEFAULT 0,
    confidence      REAL,
    trigger_text    TEXT,
    trigger_start   INTEGER,
    trigger_end     INTEGER,
    sentence_start  INTEGER,
    sentence_end    INTEGER,
    article_url     TEXT,
    PRIMARY KEY (article_id, event_index)
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_plover ON events(plover);
"""

# Contested accounts (schema 1.1): one row per side of each contention.
_V2 = """
CREATE TABLE contested (
    article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    contention_id  TEXT NOT NULL,
    side_index     INTEGER NOT NULL,
    topic          TEXT,
    reasons        TEXT,                        -- comma-separated: opposite_outcome, denial, conflicting_figures
    confidence     REAL,
    speaker        TEXT,                        -- entity id
    speaker_name   TEXT,
    via_names      TEXT,
    quote_ids      TEXT,                        -- JSON list of quote ids, in text order
    statements     TEXT,                        -- the side's quote contents, joined with " | "
    PRIMARY KEY (article_id, contention_id, side_index)
);
CREATE INDEX contested_topic ON contested(topic);
"""

# The calendar days an event's date covers (schema 1.2): "last November" is 2013-11-01 .. 2013-11-30.
_V3 = """
ALTER TABLE events ADD COLUMN date_earliest TEXT;
ALTER TABLE events ADD COLUMN date_latest TEXT;
"""

# (version, description, SQL script). Append only.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "articles, full-text index, entities, mentions, quotes, events", _V1),
    (2, "contested accounts", _V2),
    (3, "event date intervals", _V3),
)
LATEST_VERSION = MIGRATIONS[-1][0]

_MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied     TEXT NOT NULL
)
"""


def current_version(conn: sqlite3.Connection) -> int:
    """Return the highest migration applied to ``conn``'s database (0 for a new database)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if not exists:
        return 0
    (version,) = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
    return int(version)


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every pending migration, each in its own transaction; return the resulting version.

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(_MIGRATIONS_TABLE)
        done = current_version(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    for version, description, script in MIGRATIONS:
        if version <= done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if current_version(conn) >= version:  # another process got there first
                conn.execute("COMMIT")
                continue
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations(version, description, applied) VALUES (?, ?, ?)",
                (version, description, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        done = version
    return done


def _statements(script: str) -> list[str]:
    """Split a DDL script into statements (``executescript`` would commit our transaction)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
