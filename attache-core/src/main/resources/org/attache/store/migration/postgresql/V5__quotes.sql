-- The PostgreSQL form of migration/sqlite/V5__quotes.sql: the quotes found in each article, with real types.
CREATE TABLE quotes (
    id               text COLLATE "C" PRIMARY KEY,
    article_key      text COLLATE "C" NOT NULL REFERENCES articles (key),
    span_start       integer NOT NULL,
    span_end         integer NOT NULL,
    text             text NOT NULL,
    speaker_country  text,
    speaker_person   text,
    speaker_role     text,
    direct           boolean NOT NULL,
    cue              text NOT NULL,
    mention_id       text COLLATE "C",
    provenance_stage text NOT NULL,
    provenance_rule  text
);

CREATE INDEX quotes_by_article ON quotes (article_key, span_start);
CREATE INDEX quotes_by_mention ON quotes (mention_id);
