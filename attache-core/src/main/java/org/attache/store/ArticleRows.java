package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;

/** Maps an {@link Article} to a row of {@code articles} and back. */
final class ArticleRows {
    /** Inserts an article, or overwrites the one with its key in place so its mentions' references hold. */
    static final String UPSERT = """
            INSERT INTO articles (key, url, title, source, published_date, published_origin, text, content_hash,
                                  ingested_at, author, summary_only, language, text_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET
                url = excluded.url, title = excluded.title, source = excluded.source,
                published_date = excluded.published_date, published_origin = excluded.published_origin,
                text = excluded.text, content_hash = excluded.content_hash, ingested_at = excluded.ingested_at,
                author = excluded.author, summary_only = excluded.summary_only, language = excluded.language,
                text_hash = excluded.text_hash
            """;
    static final String SELECT = "SELECT key, url, title, source, published_date, published_origin, text, author,"
            + " summary_only, language FROM articles";

    private ArticleRows() {
    }

    static void bind(PreparedStatement statement, Article article, Instant ingestedAt) throws SQLException {
        statement.setString(1, article.key());
        statement.setString(2, article.url());
        statement.setString(3, article.title());
        statement.setString(4, article.source());
        SqlValues.setDate(statement, 5, article.published().date());
        statement.setString(6, article.published().origin().name());
        statement.setString(7, article.text());
        statement.setString(8, article.contentHash());
        statement.setString(9, ingestedAt.toString());
        statement.setString(10, article.author());
        statement.setBoolean(11, article.summaryOnly());
        statement.setString(12, article.language());
        statement.setString(13, article.textHash());
    }

    static Article read(ResultSet row) throws SQLException {
        PublishedDate published = new PublishedDate(SqlValues.date(row, "published_date"),
                DateOrigin.valueOf(row.getString("published_origin")));
        return new Article(row.getString("key"), row.getString("url"), row.getString("title"),
                row.getString("source"), published, row.getString("text"), row.getString("author"),
                row.getBoolean("summary_only"), row.getString("language"));
    }
}
