-- Stories (articles about the same main event) and, inside them, independent sources (a text with its
-- reprints and machine rewrites): one row per article, rewritten with the records after each ingest.
CREATE TABLE story_articles (
    article_key TEXT PRIMARY KEY,
    story_id    TEXT NOT NULL,
    source_id   TEXT NOT NULL
);
CREATE INDEX story_articles_by_story ON story_articles (story_id, article_key);

-- How many independent sources report the record: its articles' distinct source groups.
ALTER TABLE events ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;

-- 1 when the mention had no precise date of its own and takes the record's, with basis linked.
ALTER TABLE event_mentions ADD COLUMN linked_date INTEGER NOT NULL DEFAULT 0;
