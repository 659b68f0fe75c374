-- What ingest needs to recognise an article it already has under another key, and the files it has read.

ALTER TABLE articles ADD COLUMN author TEXT;
-- 1 when the text is only the summary a feed carried, not the full article.
ALTER TABLE articles ADD COLUMN summary_only INTEGER NOT NULL DEFAULT 0;
-- ISO 639 code of the text's language; null when not detected.
ALTER TABLE articles ADD COLUMN language TEXT;
-- SHA-256 of the text with whitespace runs made one space (Article.textHash); filled for older rows by V4
-- (migration/common, a Java migration).
ALTER TABLE articles ADD COLUMN text_hash TEXT;

CREATE INDEX articles_by_url ON articles (url);
CREATE INDEX articles_by_text_hash ON articles (text_hash);

-- Input files a watched folder has had ingested, by the SHA-256 of their bytes, so each is read once.
CREATE TABLE source_files (
    content_hash TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);
