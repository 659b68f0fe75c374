-- Indexes and tables for the API's listings: actors by record, annotations by article, paged listing order.

-- Every distinct actor of the records, with case-folded keys to match queries against. Small (one row per
-- state, body or person), so a name query scans it and then follows the index of event_actors.
CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    country     TEXT NOT NULL,
    person      TEXT,
    country_key TEXT NOT NULL,
    person_key  TEXT
);

CREATE UNIQUE INDEX actors_by_name ON actors (country, ifnull(person, ''));
CREATE INDEX actors_by_country_key ON actors (country_key);

-- Which actors each record names, on which side ('source' or 'target'); rewritten with the records.
CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events (id),
    side     TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    PRIMARY KEY (event_id, side, actor_id)
) WITHOUT ROWID;

CREATE INDEX event_actors_by_actor ON event_actors (actor_id, side, event_id);

-- Records already stored get their actors here. SQLite's lower() folds ASCII only, so a non-ASCII name is
-- matched exactly as the store's own folding does from the next relinking on, which rewrites these tables.
INSERT OR IGNORE INTO actors (country, person, country_key, person_key)
SELECT DISTINCT json_extract(a.value, '$.country'), json_extract(a.value, '$.name'),
       lower(json_extract(a.value, '$.country')), lower(json_extract(a.value, '$.name'))
  FROM events e, json_each(e.source_actors) a
UNION
SELECT DISTINCT json_extract(a.value, '$.country'), json_extract(a.value, '$.name'),
       lower(json_extract(a.value, '$.country')), lower(json_extract(a.value, '$.name'))
  FROM events e, json_each(e.target_actors) a;

INSERT OR IGNORE INTO event_actors (event_id, side, actor_id)
SELECT e.id, 'source', x.id
  FROM events e, json_each(e.source_actors) a
  JOIN actors x ON x.country = json_extract(a.value, '$.country')
               AND x.person IS json_extract(a.value, '$.name')
UNION
SELECT e.id, 'target', x.id
  FROM events e, json_each(e.target_actors) a
  JOIN actors x ON x.country = json_extract(a.value, '$.country')
               AND x.person IS json_extract(a.value, '$.name');

-- Each record's source-target pairs of actors, so that the records between two actors (a dyad) are two index
-- lookups however many records each actor has.
CREATE TABLE event_pairs (
    source_id INTEGER NOT NULL REFERENCES actors (id),
    target_id INTEGER NOT NULL REFERENCES actors (id),
    event_id  TEXT NOT NULL REFERENCES events (id),
    PRIMARY KEY (source_id, target_id, event_id)
) WITHOUT ROWID;

INSERT OR IGNORE INTO event_pairs (source_id, target_id, event_id)
SELECT s.actor_id, t.actor_id, s.event_id
  FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.side = 'target'
 WHERE s.side = 'source';

-- Listing order (date, unknown last, then id), so a page of an unfiltered listing reads only its rows.
CREATE INDEX events_by_listing ON events (date_start IS NULL, date_start, id);
-- Covers what a timeline reads of a record found by id, so counting a dyad's records reads no table rows.
CREATE INDEX events_timeline ON events (id, date_start, kind, plover_type);
CREATE INDEX events_by_plover ON events (plover_type);
CREATE INDEX events_by_reply ON events (in_reply_to);
-- Records with a mention in one article.
CREATE INDEX event_mentions_by_mention ON event_mentions (mention_id);

-- The actor mentions and time expressions found in each article (offsets into its stored text).
CREATE TABLE actor_mentions (
    article_key      TEXT NOT NULL REFERENCES articles (key),
    span_start       INTEGER NOT NULL,
    span_end         INTEGER NOT NULL,
    country          TEXT NOT NULL,
    person           TEXT,
    role             TEXT,
    form             TEXT NOT NULL,
    provenance_stage TEXT NOT NULL,
    provenance_rule  TEXT
);

CREATE INDEX actor_mentions_by_article ON actor_mentions (article_key, span_start);

CREATE TABLE time_mentions (
    article_key      TEXT NOT NULL REFERENCES articles (key),
    span_start       INTEGER NOT NULL,
    span_end         INTEGER NOT NULL,
    date_start       TEXT,
    date_end         TEXT,
    date_basis       TEXT NOT NULL,
    reporting        INTEGER NOT NULL,
    provenance_stage TEXT NOT NULL,
    provenance_rule  TEXT
);

CREATE INDEX time_mentions_by_article ON time_mentions (article_key, span_start);

-- Articles are listed newest first.
CREATE INDEX articles_by_published ON articles (published_date IS NULL, published_date DESC, key);
