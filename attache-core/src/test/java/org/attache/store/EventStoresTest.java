package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoresTest {
    @TempDir
    Path folder;

    @Test
    void aPathOpensASqliteFile() {
        Path file = folder.resolve("store.db");

        try (EventStore store = EventStores.open(file.toString())) {
            assertThat(store).isInstanceOf(SqliteEventStore.class);
        }
        assertThat(file).exists();
    }

    @Test
    void namesThePostgresqlDatabaseAndDescribesLocationsWithoutPasswords() {
        assertThat(EventStores.isPostgres("postgresql://u:p@h/db")).isTrue();
        assertThat(EventStores.isPostgres(folder.resolve("store.db").toString())).isFalse();
        assertThat(EventStores.postgresDatabase("postgresql://u:p@h:5433/events?sslmode=disable")).isEqualTo("events");
        assertThat(EventStores.postgresDatabase("jdbc:postgresql://h/archive?user=u")).isEqualTo("archive");
        assertThat(EventStores.postgresDatabase("postgres://alice@h")).isEqualTo("alice");
        assertThat(EventStores.postgresDatabase("jdbc:postgresql:")).isEqualTo("postgres");
        assertThat(EventStores.describe("postgresql://u:s3cret@h/db")).doesNotContain("s3cret").contains("h/db");
        assertThat(EventStores.describe("some/file.db")).isEqualTo("some/file.db");
    }

    @Test
    void aPostgresqlUrlConnectsToThatServerAndFailureKeepsThePasswordOut() {
        // Nothing listens on port 1, so the attempt is refused at once.
        assertThatThrownBy(() -> EventStores.open("postgresql://attache:s3cret@127.0.0.1:1/attache"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("127.0.0.1:1")
                .hasMessageNotContaining("s3cret");
    }
}
