package org.attache.store;

import java.sql.Connection;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An {@link EventStore} in a PostgreSQL database, for a record that several machines share or that outgrows
 * a file. Like the SQLite store it holds one connection and serialises calls on it: simple and thread-safe,
 * at the cost of running one query at a time. The schema is the URL's {@code currentSchema}, else
 * {@code public}.
 */
public final class PostgresEventStore extends JdbcEventStore {
    /**
     * Folding goes through ICU so that "É" matches "é" whatever locale the database was created with, as Java's
     * folding of the query does. {@code utf16_slice} is the schema's own function (migration V2), as
     * {@code substr} counts code points. Dates are dates.
     */
    private static final SqlDialect DIALECT = new SqlDialect("strpos(%s, %s) > 0", "lower((%s) COLLATE \"und-x-icu\")",
            "utf16_slice(%s, %s, %s)",
            Map.of(Granularity.DAY, "e.date_start",
                    Granularity.WEEK, "CAST(date_trunc('week', e.date_start) AS date)",
                    Granularity.MONTH, "CAST(date_trunc('month', e.date_start) AS date)"));

    private PostgresEventStore(Connection connection) {
        super(connection, DIALECT);
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
