-- Dates are ISO-8601 text (yyyy-MM-dd), which sorts and compares in date order; null means unknown.
-- Actors are JSON arrays of {"country", "name", "role"}.

CREATE TABLE articles (
    key              TEXT PRIMARY KEY,
    url              TEXT,
    title            TEXT,
    source           TEXT,
    published_date   TEXT,
    published_origin TEXT NOT NULL,
    text             TEXT NOT NULL,
    content_hash     TEXT NOT NULL,
    ingested_at      TEXT NOT NULL
);

CREATE TABLE mentions (
    id               TEXT PRIMARY KEY,
    article_key      TEXT NOT NULL REFERENCES articles (key),
    kind             TEXT NOT NULL,
    plover_type      TEXT,
    plover_mode      TEXT,
    cameo            TEXT,
    source_actors    TEXT NOT NULL,
    target_actors    TEXT NOT NULL,
    date_start       TEXT,
    date_end         TEXT,
    date_basis       TEXT NOT NULL,
    evidence_start   INTEGER NOT NULL,
    evidence_end     INTEGER NOT NULL,
    confidence       REAL NOT NULL,
    in_reply_to      TEXT,
    provenance_stage TEXT NOT NULL,
    provenance_rule  TEXT
);

-- saveArticle replaces an article's mentions by key.
CREATE INDEX mentions_by_article ON mentions (article_key);

CREATE TABLE events (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    plover_type   TEXT,
    plover_mode   TEXT,
    cameo         TEXT,
    source_actors TEXT NOT NULL,
    target_actors TEXT NOT NULL,
    date_start    TEXT,
    date_end      TEXT,
    date_basis    TEXT NOT NULL,
    in_reply_to   TEXT
);

-- Listing is ordered by date then id and filtered by date overlap and kind.
CREATE INDEX events_by_date ON events (date_start, id);
CREATE INDEX events_by_end ON events (date_end);
CREATE INDEX events_by_kind ON events (kind);

-- No foreign key to mentions: mention ids are stable from content, so re-saving an article keeps its
-- mentions' links, and a link to a mention that is gone is skipped on read until records are replaced.
CREATE TABLE event_mentions (
    event_id   TEXT NOT NULL REFERENCES events (id),
    mention_id TEXT NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (event_id, mention_id)
);
