package org.attache.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database up to the current schema by running the Flyway migrations that it lacks. Each kind of
 * database has its own folder of SQL migrations, since their types and SQL differ; the Java migrations in
 * {@code common} (package {@code org.attache.store.migration.common}) run on both, in version order with them.
 */
final class Migrations {
    private static final String ROOT = "classpath:org/attache/store/migration/";
    /** Java migrations whose JDBC both databases accept. */
    private static final String COMMON = ROOT + "common";

    private Migrations() {
    }

    /** Runs the migrations of {@code folder} ({@code sqlite}, {@code postgresql}) on {@code database}. */
    static void apply(DataSource database, String folder) {
        try {
            Flyway.configure()
                    .dataSource(database)
                    .locations(ROOT + folder, COMMON)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the schema: " + e.getMessage(), e);
        }
    }
}
