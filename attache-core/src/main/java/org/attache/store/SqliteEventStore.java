package org.attache.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An {@link EventStore} in one SQLite file. Its single connection suits SQLite's single writer; WAL mode lets
 * other processes read the file meanwhile.
 */
public final class SqliteEventStore extends JdbcEventStore {
    /** How long to wait for another process's lock before failing. */
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /**
     * {@code fold} and {@code slice} are the store's own functions ({@link SqliteFunctions}), as SQLite's
     * {@code lower} folds ASCII only and its {@code substr} counts code points. Dates are ISO text.
     */
    private static final SqlDialect DIALECT = new SqlDialect("instr(%s, %s) > 0", "fold(%s)", "slice(%s, %s, %s)",
            Map.of(Granularity.DAY, "e.date_start",
                    Granularity.WEEK, "date(e.date_start, '-' || ((CAST(strftime('%w', e.date_start) AS INTEGER) + 6)"
                            + " % 7) || ' days')",
                    Granularity.MONTH, "substr(e.date_start, 1, 7) || '-01'"));

    private SqliteEventStore(Connection connection) {
        super(connection, DIALECT);
    }

    /** Opens the store in {@code dbFile}, creating the file and its folders if needed and migrating the schema. */
    public static SqliteEventStore open(Path dbFile) {
        Path file = dbFile.toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // With WAL, NORMAL cannot corrupt the file and saves an fsync per commit; a power cut may lose the last
        // commits, which a re-run ingests again.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource database = new SQLiteDataSource(config);
        database.setUrl("jdbc:sqlite:" + file);
        // The store connects before the migrations do, so the file is created in WAL mode.
        return connect(database, "sqlite", file.toString(), connection -> {
            SqliteFunctions.register(connection);
            return new SqliteEventStore(connection);
        });
    }
}
