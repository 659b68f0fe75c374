package org.attache.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings a SQLite database up to the current schema by running the Flyway migrations that it lacks. */
final class SqliteSchema {
    private static final String MIGRATIONS = "classpath:org/attache/store/migration/sqlite";

    private SqliteSchema() {
    }

    static void migrate(String jdbcUrl) {
        try {
            Flyway.configure()
                    .dataSource(jdbcUrl, null, null)
                    .locations(MIGRATIONS)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }
}
