-- The PostgreSQL form of migration/sqlite/V1__init.sql: the same tables and columns, with real types.
-- Dates are date (null means unknown); actors are jsonb arrays of {"country", "name", "role"}.
-- Ids and keys compare byte by byte (COLLATE "C"), so listings come in the same order as from SQLite
-- whatever the database's locale.

CREATE TABLE articles (
    key              text COLLATE "C" PRIMARY KEY,
    url              text,
    title            text,
    source           text,
    published_date   date,
    published_origin text NOT NULL,
    text             text NOT NULL,
    content_hash     text NOT NULL,
    ingested_at      timestamptz NOT NULL
);

CREATE TABLE mentions (
    id               text COLLATE "C" PRIMARY KEY,
    article_key      text COLLATE "C" NOT NULL REFERENCES articles (key),
    kind             text NOT NULL,
    plover_type      text,
    plover_mode      text,
    cameo            text,
    source_actors    jsonb NOT NULL,
    target_actors    jsonb NOT NULL,
    date_start       date,
    date_end         date,
    date_basis       text NOT NULL,
    evidence_start   integer NOT NULL,
    evidence_end     integer NOT NULL,
    confidence       double precision NOT NULL,
    in_reply_to      text COLLATE "C",
    provenance_stage text NOT NULL,
    provenance_rule  text
);

-- saveArticle replaces an article's mentions by key.
CREATE INDEX mentions_by_article ON mentions (article_key);

CREATE TABLE events (
    id            text COLLATE "C" PRIMARY KEY,
    kind          text NOT NULL,
    plover_type   text,
    plover_mode   text,
    cameo         text,
    source_actors jsonb NOT NULL,
    target_actors jsonb NOT NULL,
    date_start    date,
    date_end      date,
    date_basis    text NOT NULL,
    in_reply_to   text COLLATE "C"
);

-- Listing is ordered by date then id and filtered by date overlap and kind.
CREATE INDEX events_by_date ON events (date_start, id);
CREATE INDEX events_by_end ON events (date_end);
CREATE INDEX events_by_kind ON events (kind);

-- No foreign key to mentions: mention ids are stable from content, so re-saving an article keeps its
-- mentions' links, and a link to a mention that is gone is skipped on read until records are replaced.
CREATE TABLE event_mentions (
    event_id   text COLLATE "C" NOT NULL REFERENCES events (id),
    mention_id text COLLATE "C" NOT NULL,
    position   integer NOT NULL,
    PRIMARY KEY (event_id, mention_id)
);
