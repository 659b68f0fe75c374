package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.attache.model.Actor;
import org.attache.model.Article;
import org.attache.model.Coding;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.EventKind;
import org.attache.model.EventRecord;
import org.attache.model.PublishedDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the store contract on the PostgreSQL server that {@code ATTACHE_TEST_POSTGRES} names, each test in an
 * empty schema of its own. Without the variable the class is skipped, but on CI ({@code CI=true}) that is a
 * failure, lest the PostgreSQL store go untested unnoticed.
 */
class PostgresEventStoreTest extends EventStoreContract {
    private static final String SERVER = System.getenv("ATTACHE_TEST_POSTGRES");
    /** Every schema the tests made; dropped once all have run, as a test's store may still be open after it. */
    private static final List<String> SCHEMAS = new ArrayList<>();

    private String schema;

    @AfterAll
    static void dropSchemas() {
        for (String name : SCHEMAS) {
            execute("DROP SCHEMA " + name + " CASCADE");
        }
    }

    @Override
    protected EventStore openStore() {
        return EventStores.open(location());
    }

    @Test
    void migratesTheSchemaTheUrlNames() throws SQLException {
        assertThat(scalar("SELECT max(version) FROM " + schema + ".flyway_schema_history WHERE success"))
                .isEqualTo("5");
        assertThat(scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + schema
                + "' AND table_name IN ('articles', 'mentions', 'events', 'event_mentions', 'source_files')"))
                .isEqualTo("5");
    }

    @Test
    void articlesStoredBeforeTextHashesExistedAreFoundByTheirText() throws SQLException {
        location();
        String oldSchema = newSchema();
        String old = SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + oldSchema;
        Flyway.configure().dataSource(PostgresUrl.parse(old).dataSource())
                .locations("classpath:org/attache/store/migration/postgresql").target("1").load().migrate();
        execute("INSERT INTO " + oldSchema + ".articles (key, published_origin, text, content_hash, ingested_at)"
                + " VALUES ('early', 'UNKNOWN', 'Written before V3.', 'x', '2024-01-01T00:00:00Z')");
        String hash = new Article("any", null, null, null, PublishedDate.unknown(), "Written before V3.").textHash();

        try (EventStore upgraded = EventStores.open(old)) {
            assertThat(upgraded.articleKeyByTextHash(hash)).contains("early");
        }
    }

    @Test
    void storesDatesAsDatesAndActorsAsQueryableJson() throws SQLException {
        try (EventStore store = openStore()) {
            store.replaceRecords(List.of(new EventRecord("e1", EventKind.MEETING, new Coding("CONSULT", null, "040"),
                    List.of(new Actor("PRK", "Kim Jong Un", "leader")), List.of(Actor.state("USA")),
                    DateInterval.day(LocalDate.of(2019, 6, 30), DateBasis.EXPLICIT), List.of(), null)));
        }

        assertThat(scalar("SELECT date_start - DATE '2019-06-01' FROM " + schema + ".events")).isEqualTo("29");
        assertThat(scalar("SELECT source_actors -> 0 ->> 'name' FROM " + schema + ".events"))
                .isEqualTo("Kim Jong Un");
    }

    @Test
    void migratingAStoreOfTheFirstSchemaIndexesItsRecordsActors() {
        // A schema of its own: the contract has already migrated this test's schema to the latest version.
        schema = null;
        String location = location();
        Flyway.configure().dataSource(PostgresUrl.parse(location).dataSource())
                .locations("classpath:org/attache/store/migration/postgresql").target("1").load().migrate();
        execute("""
                INSERT INTO %s.events (id, kind, source_actors, target_actors, date_start, date_end, date_basis)
                VALUES ('e1', 'visit', '[{"country":"PRK","name":"Kim Jong Un","role":null}]',
                        '[{"country":"CHN","name":null,"role":null}]', '2019-01-08', '2019-01-08', 'explicit'),
                       ('e2', 'call', '[{"country":"USA","name":null,"role":null}]', '[]', NULL, NULL, 'unknown'),
                       ('e3', 'meeting', '[{"country":"FRA","name":"Édouard Philippe","role":null}]', '[]', NULL,
                        NULL, 'unknown')
                """.formatted(schema));

        try (EventStore migrated = openStore()) {
            assertThat(migrated.events(EventQuery.all().withDyad("chn", "kim")))
                    .extracting(EventRecord::id).containsExactly("e1");
            assertThat(migrated.events(EventQuery.all().withActor("usa"))).extracting(EventRecord::id)
                    .containsExactly("e2");
            assertThat(migrated.events(EventQuery.all().withActor("ÉDOUARD"))).extracting(EventRecord::id)
                    .containsExactly("e3");
            assertThat(migrated.actors(EventQuery.all(), 10)).contains(new ActorCount("PRK", "Kim Jong Un", 1));
            // The backfill numbered its actors; relinking numbers them anew without a clash.
            migrated.replaceRecords(migrated.events(EventQuery.all()));
            assertThat(migrated.events(EventQuery.all().withDyad("chn", "kim"))).hasSize(1);
        }
    }

    @Test
    void slicesTextByUtf16Offsets() throws SQLException {
        try (EventStore store = openStore()) {
            assertThat(store.articleCount()).isZero();
        }
        String slice = "SELECT " + schema + ".utf16_slice(%s, %d, %d)";
        assertThat(scalar(slice.formatted("'\uD83D\uDE00 Kim'", 0, 2))).isEqualTo("\uD83D\uDE00");
        assertThat(scalar(slice.formatted("'\uD83D\uDE00 Kim'", 3, 6))).isEqualTo("Kim");
        assertThat(scalar(slice.formatted("'\uD83D\uDE00 Kim'", 3, 99))).isEqualTo("Kim");
        assertThat(scalar(slice.formatted("'plain text'", 6, 99))).isEqualTo("text");
        assertThat(scalar(slice.formatted("'plain text'", 8, 2))).isEmpty();
        assertThat(scalar(slice.formatted("'plain text'", -3, 5))).isEqualTo("plain");
    }

    @Test
    void aJdbcUrlWithUserAndPasswordParametersOpensTheSameDatabase() {
        PostgresUrl server = PostgresUrl.parse(location());
        String jdbc = server.user() == null ? server.jdbcUrl() : server.jdbcUrl() + "&user=" + encode(server.user())
                + "&password=" + encode(server.password());
        try (EventStore store = openStore()) {
            store.saveArticle(new Article("a1", null, null, null, PublishedDate.unknown(), "Text."), List.of());
        }

        try (EventStore store = EventStores.open(jdbc)) {
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    /**
     * The server's URL with this test's schema as the current one, creating the schema on first use. Checked
     * here rather than once for the class, because Surefire reports a class skipped as a whole as no tests at
     * all, hiding the reason.
     */
    private String location() {
        if (SERVER == null || SERVER.isBlank()) {
            String reason = "ATTACHE_TEST_POSTGRES is not set, so there is no PostgreSQL server to test on "
                    + "(docs/stores.md says how to start one)";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must test the PostgreSQL store: " + reason);
            }
            assumeTrue(false, "skipped: " + reason);
        }
        if (schema == null) {
            schema = newSchema();
        }
        return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Creates an empty schema, dropped after all tests have run. */
    private static String newSchema() {
        String name = "attache_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + name);
        SCHEMAS.add(name);
        return name;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void execute(String sql) {
        try (Connection connection = PostgresUrl.parse(SERVER).dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String scalar(String sql) throws SQLException {
        try (Connection connection = PostgresUrl.parse(SERVER).dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
