-- The quotes found in each article: the quoted or reported words (offsets into its stored text, and the words
-- themselves), the speaker (null country when no actor was resolved), direct or reported, the cue, and the id of
-- the article's event mention the quote belongs to. Like event_mentions, mention_id has no foreign key: mention
-- ids are stable from content, and an article's quotes are replaced with its mentions.
CREATE TABLE quotes (
    id               TEXT PRIMARY KEY,
    article_key      TEXT NOT NULL REFERENCES articles (key),
    span_start       INTEGER NOT NULL,
    span_end         INTEGER NOT NULL,
    text             TEXT NOT NULL,
    speaker_country  TEXT,
    speaker_person   TEXT,
    speaker_role     TEXT,
    direct           INTEGER NOT NULL,
    cue              TEXT NOT NULL,
    mention_id       TEXT,
    provenance_stage TEXT NOT NULL,
    provenance_rule  TEXT
);

CREATE INDEX quotes_by_article ON quotes (article_key, span_start);
CREATE INDEX quotes_by_mention ON quotes (mention_id);
