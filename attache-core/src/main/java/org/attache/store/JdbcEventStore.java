package org.attache.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.attache.link.story.Story;
import org.attache.model.Actor;
import org.attache.model.ActorMention;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;
import org.attache.model.Quote;
import org.attache.model.TimeExpression;

/**
 * The SQL that both stores share: an {@link EventStore} over one JDBC connection, with every call serialised
 * on it. One connection suits SQLite's single writer and keeps PostgreSQL's transactions as simple; a subclass
 * only opens the connection and gives the few pieces of SQL that differ ({@link SqlDialect}).
 */
abstract class JdbcEventStore implements EventStore {
    private static final String SOURCE_FILE_UPSERT = "INSERT INTO source_files (content_hash, name, ingested_at)"
            + " VALUES (?, ?, ?) ON CONFLICT (content_hash) DO UPDATE SET name = excluded.name,"
            + " ingested_at = excluded.ingested_at";

    /** Listing order: by date, unknown last, then id (served by the index events_by_listing). */
    private static final String ORDER = "ORDER BY e.date_start IS NULL, e.date_start, e.id";

    private final Connection connection;
    private final SqlDialect dialect;

    JdbcEventStore(Connection connection, SqlDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
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
        save(article, mentions, List.of(), List.of(), List.of());
    }

    @Override
    public synchronized void saveDocument(Document document) {
        save(document.article(), document.events(), document.actors(), document.times(), document.quotes());
    }

    private void save(Article article, List<EventMention> mentions, List<ActorMention> actors,
            List<TimeExpression> times, List<Quote> quotes) {
        for (EventMention mention : mentions) {
            if (!mention.articleKey().equals(article.key())) {
                throw new IllegalArgumentException(
                        "mention " + mention.id() + " belongs to " + mention.articleKey() + ", not " + article.key());
            }
        }
        for (Quote quote : quotes) {
            if (!quote.articleKey().equals(article.key())) {
                throw new IllegalArgumentException(
                        "quote " + quote.id() + " belongs to " + quote.articleKey() + ", not " + article.key());
            }
        }
        inTransaction(() -> {
            try (PreparedStatement upsert = connection.prepareStatement(ArticleRows.UPSERT);
                 PreparedStatement insert = connection.prepareStatement(MentionRows.INSERT);
                 PreparedStatement insertActor = connection.prepareStatement(AnnotationRows.INSERT_ACTOR);
                 PreparedStatement insertTime = connection.prepareStatement(AnnotationRows.INSERT_TIME);
                 PreparedStatement insertQuote = connection.prepareStatement(QuoteRows.INSERT)) {
                ArticleRows.bind(upsert, article, Instant.now());
                upsert.executeUpdate();
                for (String table : List.of("mentions", "actor_mentions", "time_mentions", "quotes")) {
                    try (PreparedStatement delete =
                                 connection.prepareStatement("DELETE FROM " + table + " WHERE article_key = ?")) {
                        delete.setString(1, article.key());
                        delete.executeUpdate();
                    }
                }
                for (EventMention mention : mentions) {
                    MentionRows.bind(insert, mention);
                    insert.addBatch();
                }
                insert.executeBatch();
                for (ActorMention actor : actors) {
                    AnnotationRows.bind(insertActor, article.key(), actor);
                    insertActor.addBatch();
                }
                insertActor.executeBatch();
                for (TimeExpression time : times) {
                    AnnotationRows.bind(insertTime, article.key(), time);
                    insertTime.addBatch();
                }
                insertTime.executeBatch();
                for (Quote quote : quotes) {
                    QuoteRows.bind(insertQuote, quote);
                    insertQuote.addBatch();
                }
                insertQuote.executeBatch();
            }
            return null;
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
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public synchronized ArticleAnnotations annotations(String articleKey) {
        return inTransaction(() -> new ArticleAnnotations(
                query(AnnotationRows.SELECT_ACTORS, List.of(articleKey), AnnotationRows::readActor),
                query(AnnotationRows.SELECT_TIMES, List.of(articleKey), AnnotationRows::readTime)));
    }

    @Override
    public synchronized List<Quote> quotes() {
        return query(QuoteRows.SELECT + QuoteRows.ORDER, List.of(), QuoteRows::read);
    }

    @Override
    public synchronized List<Quote> quotesOfArticle(String articleKey) {
        return query(QuoteRows.SELECT + " WHERE q.article_key = ?" + QuoteRows.ORDER, List.of(articleKey),
                QuoteRows::read);
    }

    @Override
    public synchronized List<Quote> quotesOfEvent(String recordId) {
        return query(QuoteRows.SELECT + " JOIN event_mentions l ON l.mention_id = q.mention_id WHERE l.event_id = ?"
                + QuoteRows.ORDER, List.of(recordId), QuoteRows::read);
    }

    @Override
    public synchronized long articleCount() {
        return query("SELECT count(*) FROM articles", List.of(), row -> row.getLong(1)).get(0);
    }

    @Override
    public synchronized Page<Article> articles(int offset, int limit) {
        checkPage(offset, limit);
        return inTransaction(() -> new Page<>(query(ArticleRows.SELECT
                        + " ORDER BY published_date IS NULL, published_date DESC, key LIMIT %d OFFSET %d"
                        .formatted(limit, offset), List.of(), ArticleRows::read),
                query("SELECT count(*) FROM articles", List.of(), row -> row.getLong(1)).get(0)));
    }

    @Override
    public synchronized List<EventMention> allMentions() {
        return query("SELECT " + MentionRows.COLUMNS + " FROM mentions m ORDER BY m.id", List.of(),
                MentionRows::read);
    }

    @Override
    public synchronized Map<String, List<TimeExpression>> leadTimes(int leadChars) {
        Map<String, List<TimeExpression>> times = new LinkedHashMap<>();
        query("SELECT article_key, span_start, span_end, date_start, date_end, date_basis, reporting, provenance_stage,"
                + " provenance_rule FROM time_mentions WHERE span_start < %d ORDER BY article_key, span_start, rowid"
                .formatted(leadChars), List.of(),
                row -> Map.entry(row.getString("article_key"), AnnotationRows.readTime(row)))
                .forEach(t -> times.computeIfAbsent(t.getKey(), key -> new ArrayList<>()).add(t.getValue()));
        return times;
    }

    @Override
    public synchronized void replaceStories(List<Story> stories) {
        inTransaction(() -> {
            try (Statement clear = connection.createStatement();
                 PreparedStatement insert = connection.prepareStatement(StoryRows.INSERT)) {
                clear.executeUpdate("DELETE FROM story_articles");
                for (StoryRows.Member member : StoryRows.members(stories)) {
                    insert.setString(1, member.articleKey());
                    insert.setString(2, member.storyId());
                    insert.setString(3, member.sourceId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public synchronized Page<Story> stories(int offset, int limit) {
        checkPage(offset, limit);
        return inTransaction(() -> new Page<>(StoryRows.stories(query("""
                SELECT s.story_id, s.source_id, s.article_key FROM story_articles s
                  JOIN (SELECT story_id, count(*) AS n FROM story_articles GROUP BY story_id
                         ORDER BY n DESC, story_id LIMIT %d OFFSET %d) page ON page.story_id = s.story_id
                 ORDER BY page.n DESC, s.story_id, s.article_key""".formatted(limit, offset), List.of(),
                row -> new StoryRows.Member(row.getString("story_id"), row.getString("source_id"),
                        row.getString("article_key")))),
                query("SELECT count(DISTINCT story_id) FROM story_articles", List.of(), row -> row.getLong(1)).get(0)));
    }

    /**
     * Replaces all records, and with them the actors they name. Their mentions are linked by id, so they must be
     * stored with their articles.
     */
    @Override
    public synchronized void replaceRecords(List<EventRecord> records) {
        inTransaction(() -> {
            try (Statement clear = connection.createStatement();
                 PreparedStatement insert = connection.prepareStatement(RecordRows.INSERT);
                 PreparedStatement link = connection.prepareStatement(RecordRows.INSERT_LINK);
                 PreparedStatement actor = connection.prepareStatement(
                         "INSERT INTO actors (id, country, person, country_key, person_key) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement named = connection.prepareStatement(
                         "INSERT INTO event_actors (event_id, side, actor_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
                 PreparedStatement pair = connection.prepareStatement("INSERT INTO event_pairs (source_id, "
                         + "target_id, event_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (String table : List.of("event_mentions", "event_pairs", "event_actors", "actors", "events")) {
                    clear.executeUpdate("DELETE FROM " + table);
                }
                Map<Actor, Integer> actorIds = new LinkedHashMap<>();
                for (EventRecord record : records) {
                    RecordRows.bind(insert, record);
                    insert.addBatch();
                    for (int i = 0; i < record.mentions().size(); i++) {
                        RecordRows.bindLink(link, record, i);
                        link.addBatch();
                    }
                    List<Integer> sources = bindSide(named, record.id(), "source", record.source(), actorIds);
                    List<Integer> targets = bindSide(named, record.id(), "target", record.target(), actorIds);
                    for (int source : sources) {
                        for (int target : targets) {
                            pair.setInt(1, source);
                            pair.setInt(2, target);
                            pair.setString(3, record.id());
                            pair.addBatch();
                        }
                    }
                }
                for (Map.Entry<Actor, Integer> a : actorIds.entrySet()) {
                    String person = a.getKey().person();
                    actor.setInt(1, a.getValue());
                    actor.setString(2, a.getKey().country());
                    actor.setString(3, person);
                    actor.setString(4, CaseFold.fold(a.getKey().country()));
                    actor.setString(5, person == null ? null : CaseFold.fold(person));
                    actor.addBatch();
                }
                insert.executeBatch();
                link.executeBatch();
                actor.executeBatch();
                named.executeBatch();
                pair.executeBatch();
            }
            return null;
        });
    }

    /**
     * Batches the rows saying that the record names these actors on this side, and returns their ids; actors are
     * keyed without role.
     */
    private static List<Integer> bindSide(PreparedStatement named, String recordId, String side, List<Actor> actors,
            Map<Actor, Integer> actorIds) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        for (Actor a : actors) {
            int id = actorIds.computeIfAbsent(new Actor(a.country(), a.person(), null), k -> actorIds.size() + 1);
            named.setString(1, recordId);
            named.setString(2, side);
            named.setInt(3, id);
            named.addBatch();
            ids.add(id);
        }
        return ids;
    }

    @Override
    public synchronized List<EventRecord> events(EventQuery query) {
        return records(EventFilter.of(query, dialect), "");
    }

    @Override
    public synchronized Page<EventRecord> events(EventQuery query, int offset, int limit) {
        checkPage(offset, limit);
        EventFilter filter = EventFilter.of(query, dialect);
        return inTransaction(() -> new Page<>(records(filter, "LIMIT %d OFFSET %d".formatted(limit, offset)),
                query("SELECT count(*) FROM events e WHERE " + filter.condition(), filter.parameters(),
                        row -> row.getLong(1)).get(0)));
    }

    @Override
    public synchronized Optional<EventRecord> event(String id) {
        return records(EventFilter.byId(id), "").stream().findFirst();
    }

    @Override
    public synchronized List<TimelineCount> timeline(EventQuery query, Granularity granularity) {
        EventFilter filter = EventFilter.of(query, dialect);
        return query("""
                SELECT %s AS period, e.kind, e.plover_type, count(*) AS n FROM events e
                 WHERE e.date_start IS NOT NULL AND %s
                 GROUP BY period, e.kind, e.plover_type
                 ORDER BY period, e.kind, e.plover_type IS NOT NULL, e.plover_type"""
                        .formatted(dialect.period(granularity), filter.condition()),
                filter.parameters(), row -> new TimelineCount(SqlValues.date(row, "period"),
                        EventKind.fromCode(row.getString("kind")), row.getString("plover_type"), row.getLong("n")));
    }

    @Override
    public synchronized List<ActorCount> actors(EventQuery query, int limit) {
        checkPage(0, limit);
        EventFilter filter = EventFilter.of(query, dialect);
        List<String> parameters = new ArrayList<>(filter.parameters());
        parameters.addAll(filter.parameters());
        return query("""
                SELECT country, person, n FROM (
                    SELECT a.country AS country, CAST(NULL AS TEXT) AS person, count(DISTINCT ea.event_id) AS n
                      FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
                     WHERE ea.event_id IN (SELECT e.id FROM events e WHERE %1$s)
                     GROUP BY a.country
                    UNION ALL
                    SELECT a.country, a.person, count(DISTINCT ea.event_id)
                      FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
                     WHERE a.person IS NOT NULL AND ea.event_id IN (SELECT e.id FROM events e WHERE %1$s)
                     GROUP BY a.id, a.country, a.person) counts
                 ORDER BY n DESC, country, person IS NOT NULL, person
                 LIMIT %2$d""".formatted(filter.condition(), limit),
                parameters, row -> new ActorCount(row.getString("country"), row.getString("person"), row.getLong("n")));
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store", e);
        }
    }

    /**
     * The matching records in listing order with their mentions, in two queries however many records match;
     * {@code page} is empty or a {@code LIMIT ... OFFSET ...} clause. Callers that page run this in a
     * transaction, so that both queries see the same records.
     */
    private List<EventRecord> records(EventFilter filter, String page) {
        Map<String, List<EventMention>> mentions = new HashMap<>();
        Set<String> linkedDates = new HashSet<>();
        query("SELECT l.event_id, l.linked_date, " + MentionRows.COLUMNS + """
                 FROM event_mentions l JOIN mentions m ON m.id = l.mention_id
                WHERE l.event_id IN (SELECT e.id FROM events e WHERE %s %s %s)
                ORDER BY l.event_id, l.position""".formatted(filter.condition(), ORDER, page), filter.parameters(),
                row -> {
                    EventMention mention = MentionRows.read(row);
                    if (row.getBoolean("linked_date")) {
                        linkedDates.add(mention.id());
                    }
                    return Map.entry(row.getString("event_id"), mention);
                })
                .forEach(link -> mentions.computeIfAbsent(link.getKey(), id -> new ArrayList<>()).add(link.getValue()));
        return query("SELECT " + RecordRows.COLUMNS + """
                 FROM events e WHERE %s
                %s %s""".formatted(filter.condition(), ORDER, page),
                filter.parameters(),
                row -> RecordRows.read(row, mentions.getOrDefault(row.getString("id"), List.of()), linkedDates));
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

    /** Runs the work in one transaction, so that reads see one state of the store and writes land whole. */
    private <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed: " + e.getMessage(), e);
        }
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
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
    private interface Work<T> {
        T run() throws SQLException;
    }
}
