package org.attache.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.Function;

/**
 * Case-insensitive comparison for SQLite queries. SQLite's own {@code lower()} folds ASCII only, so names
 * such as "ÖZEL" would not match "özel"; this registers {@code fold(text)} doing the same folding as Java.
 */
final class CaseFold {
    private CaseFold() {
    }

    static String fold(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    static void register(Connection connection) throws SQLException {
        Function.create(connection, "fold", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String value = value_text(0);
                if (value == null) {
                    result();
                } else {
                    result(fold(value));
                }
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }
}
