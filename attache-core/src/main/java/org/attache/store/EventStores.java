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
        return isPostgres(location) ? PostgresEventStore.open(location) : SqliteEventStore.open(Path.of(location));
    }

    /** Whether {@code location} names a PostgreSQL database rather than a SQLite file. */
    public static boolean isPostgres(String location) {
        return PostgresUrl.matches(location);
    }

    /** The location for messages and logs: a PostgreSQL URL with any password masked, a file path as it is. */
    public static String describe(String location) {
        return isPostgres(location) ? PostgresUrl.redact(location) : location;
    }

    /**
     * The name of the PostgreSQL database that {@code location} names ({@code postgres} if the URL leaves both
     * it and the user out).
     *
     * @throws IllegalArgumentException if {@code location} is not a PostgreSQL URL
     */
    public static String postgresDatabase(String location) {
        String name = PostgresUrl.parse(location).database();
        return name == null ? "postgres" : name;
    }
}
