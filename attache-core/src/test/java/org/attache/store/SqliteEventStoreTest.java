package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.attache.model.Article;
import org.attache.model.EventRecord;
import org.attache.model.PublishedDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the store contract on SQLite, plus what is particular to keeping the store in a file. */
class SqliteEventStoreTest extends EventStoreContract {
    @TempDir
    Path folder;

    @Override
    protected EventStore openStore() {
        return SqliteEventStore.open(dbFile());
    }

    @Test
    void createsTheFileAndItsFoldersInWalMode() throws SQLException {
        assertThat(dbFile()).exists();
        assertThat(scalar("PRAGMA journal_mode")).isEqualTo("wal");
    }

    @Test
    void recordsTheAppliedMigration() throws SQLException {
        assertThat(scalar("SELECT max(version) FROM flyway_schema_history WHERE success = 1")).isEqualTo("5");
    }

    @Test
    void articlesStoredBeforeTextHashesExistedAreFoundByTheirText() throws SQLException {
        Path old = folder.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + old, null, null)
                .locations("classpath:org/attache/store/migration/sqlite").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + old);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO articles (key, published_origin, text, content_hash, ingested_at)"
                    + " VALUES ('early', 'UNKNOWN', 'Written before V3.', 'x', '2024-01-01T00:00:00Z')");
        }
        String hash = new Article("any", null, null, null, PublishedDate.unknown(), "Written before V3.").textHash();

        try (EventStore upgraded = SqliteEventStore.open(old)) {
            assertThat(upgraded.articleKeyByTextHash(hash)).contains("early");
        }
    }

    private Path dbFile() {
        return folder.resolve("nested/folders/attache.db");
    }

    private String scalar(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dbFile());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    @Test
    void migratingAStoreOfTheFirstSchemaIndexesItsRecordsActors() throws SQLException {
        Path old = folder.resolve("v1.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + old, null, null)
                .locations("classpath:org/attache/store/migration/sqlite").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + old);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO events (id, kind, source_actors, target_actors, date_start, date_end, date_basis)
                    VALUES ('e1', 'visit', '[{"country":"PRK","name":"Kim Jong Un","role":null}]',
                            '[{"country":"CHN","name":null,"role":null}]', '2019-01-08', '2019-01-08', 'explicit'),
                           ('e2', 'call', '[{"country":"USA","name":null,"role":null}]', '[]', NULL, NULL, 'unknown')
                    """);
        }

        try (EventStore migrated = SqliteEventStore.open(old)) {
            assertThat(migrated.events(EventQuery.all().withDyad("chn", "kim")))
                    .extracting(EventRecord::id).containsExactly("e1");
            assertThat(migrated.events(EventQuery.all().withActor("usa"))).extracting(EventRecord::id)
                    .containsExactly("e2");
            assertThat(migrated.actors(EventQuery.all(), 10)).contains(new ActorCount("PRK", "Kim Jong Un", 1));
        }
    }
}
