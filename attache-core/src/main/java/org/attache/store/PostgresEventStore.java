package org.attache.store;

import java.sql.Connection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An {@link EventStore} in a PostgreSQL database, for a record that several machines share or that outgrows
 * a file. Like the SQLite store it holds one connection and serialises calls on it: simple and thread-safe,
 * at the cost of running one query at a time. The schema is the URL's {@code currentSchema}, else
 * {@code public}.
 */
public final class PostgresEventStore extends JdbcEventStore {
    /**
     * One side names the actor. Folding goes through ICU so that "É" matches "é" whatever locale the database
     * was created with, as Java's folding of the query does.
     */
    private static final String ACTOR_MATCH = """
            EXISTS (SELECT 1 FROM jsonb_array_elements(%1$s) a (actor)
                    WHERE lower((a.actor ->> 'country') COLLATE "und-x-icu") = ?
                       OR strpos(lower((a.actor ->> 'name') COLLATE "und-x-icu"), ?) > 0)""";

    private PostgresEventStore(Connection connection) {
        super(connection, ACTOR_MATCH);
    }

    /**
     * Opens the store at {@code location}, {@code postgresql://user:pass@host:port/db?params} or a
     * {@code jdbc:postgresql:} URL, and migrates its schema.
     */
    public static PostgresEventStore open(String location) {
        PostgresUrl url = PostgresUrl.parse(location);
        PGSimpleDataSource database = url.dataSource();
        // The shared SQL binds dates and JSON as strings, as SQLite stores them; sent untyped, PostgreSQL reads
        // them as the column's date or jsonb.
        database.setStringType("unspecified");
        database.setApplicationName("attache");
        return connect(database, "postgresql", url.toString(), PostgresEventStore::new);
    }
}
