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
    void aPostgresqlUrlConnectsToThatServerAndFailureKeepsThePasswordOut() {
        // Nothing listens on port 1, so the attempt is refused at once.
        assertThatThrownBy(() -> EventStores.open("postgresql://attache:s3cret@127.0.0.1:1/attache"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("127.0.0.1:1")
                .hasMessageNotContaining("s3cret");
    }
}
