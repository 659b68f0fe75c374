package org.attache.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database up to the current schema by running the Flyway migrations that it lacks. Each kind of
 * database has its own folder of migrations, since their types and SQL differ.
 */
final class Migrations {
    private static final String ROOT = "classpath:org/attache/store/migration/";

    private Migrations() {
    }

    /** Runs the migrations of {@code folder} ({@code sqlite}, {@code postgresql}) on {@code database}. */
    static void apply(DataSource database, String folder) {
        try {
            Flyway.configure()
                    .dataSource(database)
                    .locations(ROOT + folder)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the schema: " + e.getMessage(), e);
        }
    }
}
