package org.attache.store.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.attache.model.Article;
import org.attache.model.PublishedDate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code text_hash} for articles stored before V3 added it, so a later copy of them under another key is
 * still recognised as a duplicate. The hash is {@link Article#textHash()}, which folds whitespace as Java does
 * and which SQLite cannot compute, hence one Java migration that both databases run (their folders of SQL
 * migrations and this package are Flyway's locations for each).
 */
public final class V4__text_hashes_of_earlier_articles extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT key, text FROM articles WHERE text_hash IS NULL");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE articles SET text_hash = ? WHERE key = ?");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                String key = row.getString(1);
                Article article = new Article(key, null, null, null, PublishedDate.unknown(), row.getString(2));
                update.setString(1, article.textHash());
                update.setString(2, key);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
