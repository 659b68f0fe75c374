-- The PostgreSQL form of migration/sqlite/V6__stories_and_sources.sql: stories (articles about the same main
-- event) and, inside them, independent sources (a text with its reprints and machine rewrites): one row per
-- article, rewritten with the records after each ingest.
CREATE TABLE story_articles (
    article_key text COLLATE "C" PRIMARY KEY,
    story_id    text COLLATE "C" NOT NULL,
    source_id   text COLLATE "C" NOT NULL
);
CREATE INDEX story_articles_by_story ON story_articles (story_id, article_key);

-- How many independent sources report the record: its articles' distinct source groups.
ALTER TABLE events ADD COLUMN sources integer NOT NULL DEFAULT 0;

-- True when the mention had no precise date of its own and takes the record's, with basis linked.
ALTER TABLE event_mentions ADD COLUMN linked_date boolean NOT NULL DEFAULT false;
