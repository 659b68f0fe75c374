package org.attache.store;

import java.nio.file.Path;

/** Opens the store a location names, so that callers such as the CLI take one string for either kind. */
public final class EventStores {
    private EventStores() {
    }

    /**
     * A PostgreSQL store for {@code postgresql://user:pass@host:port/db} (or {@code postgres://}, or a
     * {@code jdbc:postgresql:} URL); otherwise a SQLite store in the file at that path.
     */
    public static EventStore open(String location) {
        return PostgresUrl.matches(location) ? PostgresEventStore.open(location)
                : SqliteEventStore.open(Path.of(location));
    }
}
