package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
        assertThat(scalar("SELECT max(version) FROM flyway_schema_history WHERE success = 1")).isEqualTo("2");
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
}
