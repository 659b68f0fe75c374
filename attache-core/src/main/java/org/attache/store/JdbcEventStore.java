package org.attache.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.attache.model.Article;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;

/**
 * The SQL that both stores share: an {@link EventStore} over one JDBC connection, with every call serialised
 * on it. One connection suits SQLite's single writer and keeps PostgreSQL's transactions as simple; a subclass
 * only opens the connection and says how its SQL matches an actor inside a stored JSON array.
 */
abstract class JdbcEventStore implements EventStore {
    private static final String SOURCE_FILE_UPSERT = "INSERT INTO source_files (content_hash, name, ingested_at)"
            + " VALUES (?, ?, ?) ON CONFLICT (content_hash) DO UPDATE SET name = excluded.name,"
            + " ingested_at = excluded.ingested_at";

    private final Connection connection;
    private final String actorMatch;

    /**
     * @param actorMatch an SQL condition, with {@code %1$s} for a JSON actor column and two parameters (a
     *                   folded country code, then part of a folded name), that holds when an actor matches
     */
    JdbcEventStore(Connection connection, String actorMatch) {
        this.connection = connection;
        this.actorMatch = actorMatch;
    }

    /**
     * Connects to {@code database}, runs the migrations in {@code migrations} and hands the connection to
     * {@code store}; the connection is closed again if any step fails.
     */
    static <S extends JdbcEventStore> S connect(DataSource database, String migrations, String description,
                                               StoreFactory<S> store) {
        Connection connection = null;
        try {
            connection = database.getConnection();
            Migrations.apply(database, migrations);
            return store.create(connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw e instanceof StoreException se ? se
                    : new StoreException("cannot open " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<String> articleHash(String key) {
        return query("SELECT content_hash FROM articles WHERE key = ?", List.of(key), row -> row.getString(1))
                .stream().findFirst();
    }

    @Override
    public synchronized void saveArticle(Article article, List<EventMention> mentions) {
        for (EventMention mention : mentions) {
            if (!mention.articleKey().equals(article.key())) {
                throw new IllegalArgumentException(
                        "mention " + mention.id() + " belongs to " + mention.articleKey() + ", not " + article.key());
            }
        }
        inTransaction(() -> {
            try (PreparedStatement upsert = connection.prepareStatement(ArticleRows.UPSERT);
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM mentions WHERE article_key = ?");
                 PreparedStatement insert = connection.prepareStatement(MentionRows.INSERT)) {
                ArticleRows.bind(upsert, article, Instant.now());
                upsert.executeUpdate();
                delete.setString(1, article.key());
                delete.executeUpdate();
                for (EventMention mention : mentions) {
                    MentionRows.bind(insert, mention);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    @Override
    public synchronized Optional<Article> article(String key) {
        return query(ArticleRows.SELECT + " WHERE key = ?", List.of(key), ArticleRows::read).stream().findFirst();
    }

    @Override
    public synchronized Optional<String> articleKeyByUrl(String url) {
        return firstKey("SELECT key FROM articles WHERE url = ? ORDER BY key LIMIT 1", url);
    }

    @Override
    public synchronized Optional<String> articleKeyByTextHash(String textHash) {
        return firstKey("SELECT key FROM articles WHERE text_hash = ? ORDER BY key LIMIT 1", textHash);
    }

    @Override
    public synchronized boolean hasSourceFile(String contentHash) {
        return !query("SELECT 1 FROM source_files WHERE content_hash = ?", List.of(contentHash), row -> 1).isEmpty();
    }

    @Override
    public synchronized void recordSourceFile(String contentHash, String name) {
        inTransaction(() -> {
            try (PreparedStatement upsert = connection.prepareStatement(SOURCE_FILE_UPSERT)) {
                upsert.setString(1, contentHash);
                upsert.setString(2, name);
                upsert.setString(3, Instant.now().toString());
                upsert.executeUpdate();
            }
        });
    }

    @Override
    public synchronized long articleCount() {
        return query("SELECT count(*) FROM articles", List.of(), row -> row.getLong(1)).get(0);
    }

    @Override
    public synchronized List<EventMention> allMentions() {
        return query("SELECT " + MentionRows.COLUMNS + " FROM mentions m ORDER BY m.id", List.of(),
                MentionRows::read);
    }

    /** Replaces all records. Their mentions are linked by id, so they must be stored with their articles. */
    @Override
    public synchronized void replaceRecords(List<EventRecord> records) {
        inTransaction(() -> {
            try (Statement clear = connection.createStatement();
                 PreparedStatement insert = connection.prepareStatement(RecordRows.INSERT);
                 PreparedStatement link = connection.prepareStatement(RecordRows.INSERT_LINK)) {
                clear.executeUpdate("DELETE FROM event_mentions");
                clear.executeUpdate("DELETE FROM events");
                for (EventRecord record : records) {
                    RecordRows.bind(insert, record);
                    insert.addBatch();
                    for (int i = 0; i < record.mentions().size(); i++) {
                        link.setString(1, record.id());
                        link.setString(2, record.mentions().get(i).id());
                        link.setInt(3, i);
                        link.addBatch();
                    }
                }
                insert.executeBatch();
                link.executeBatch();
            }
        });
    }

    @Override
    public synchronized List<EventRecord> events(EventQuery query) {
        return records(EventFilter.of(query, actorMatch));
    }

    @Override
    public synchronized Optional<EventRecord> event(String id) {
        return records(EventFilter.byId(id)).stream().findFirst();
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store", e);
        }
    }

    /** The matching records with their mentions, in two queries however many records match. */
    private List<EventRecord> records(EventFilter filter) {
        Map<String, List<EventMention>> mentions = new HashMap<>();
        query("SELECT l.event_id, " + MentionRows.COLUMNS + """
                 FROM event_mentions l JOIN mentions m ON m.id = l.mention_id
                WHERE l.event_id IN (SELECT e.id FROM events e WHERE %s)
                ORDER BY l.event_id, l.position""".formatted(filter.condition()), filter.parameters(),
                row -> Map.entry(row.getString("event_id"), MentionRows.read(row)))
                .forEach(link -> mentions.computeIfAbsent(link.getKey(), id -> new ArrayList<>()).add(link.getValue()));
        return query("SELECT " + RecordRows.COLUMNS + """
                 FROM events e WHERE %s
                ORDER BY e.date_start IS NULL, e.date_start, e.id""".formatted(filter.condition()),
                filter.parameters(),
                row -> RecordRows.read(row, mentions.getOrDefault(row.getString("id"), List.of())));
    }

    private Optional<String> firstKey(String sql, String value) {
        return query(sql, List.of(value), row -> row.getString(1)).stream().findFirst();
    }

    private <T> List<T> query(String sql, List<String> parameters, RowReader<T> reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    private void inTransaction(Work work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("update failed: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Makes the store for an open, migrated connection. */
    @FunctionalInterface
    interface StoreFactory<S> {
        S create(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }
}
