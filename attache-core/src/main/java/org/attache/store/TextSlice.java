package org.attache.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * Registers {@code slice(text, start, end)} for SQLite queries: the part of a text between two offsets counted
 * as Java counts them (UTF-16 units), which is how evidence spans are stored. SQLite's {@code substr} counts
 * code points and would drift after any character outside the Basic Multilingual Plane.
 */
final class TextSlice {
    private TextSlice() {
    }

    static void register(Connection connection) throws SQLException {
        Function.create(connection, "slice", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                if (text == null) {
                    result();
                    return;
                }
                int start = Math.max(0, Math.min(value_int(1), text.length()));
                int end = Math.max(start, Math.min(value_int(2), text.length()));
                result(text.substring(start, end));
            }
        }, 3, Function.FLAG_DETERMINISTIC);
    }
}
