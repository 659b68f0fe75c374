package org.attache.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * The functions the SQLite store's SQL needs beyond SQLite's own, registered on its connection:
 * <ul>
 * <li>{@code fold(text)}: case folding as {@link CaseFold#fold}, since SQLite's {@code lower()} folds ASCII only,
 *     so names such as "ÖZEL" would not match "özel";</li>
 * <li>{@code slice(text, start, end)}: the part of a text between two offsets counted as Java counts them
 *     (UTF-16 units), which is how evidence spans are stored; SQLite's {@code substr} counts code points and would
 *     drift after any character outside the Basic Multilingual Plane. Offsets are clamped to the text.</li>
 * </ul>
 * Both give null for a null text.
 */
final class SqliteFunctions {
    private SqliteFunctions() {
    }

    static void register(Connection connection) throws SQLException {
        Function.create(connection, "fold", new TextFunction() {
            @Override
            String apply(String text) {
                return CaseFold.fold(text);
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "slice", new TextFunction() {
            @Override
            String apply(String text) throws SQLException {
                int start = Math.max(0, Math.min(value_int(1), text.length()));
                int end = Math.max(start, Math.min(value_int(2), text.length()));
                return text.substring(start, end);
            }
        }, 3, Function.FLAG_DETERMINISTIC);
    }

    /** A function of a text (its first argument) giving a text, null for null. */
    private abstract static class TextFunction extends Function {
        abstract String apply(String text) throws SQLException;

        @Override
        protected void xFunc() throws SQLException {
            String text = value_text(0);
            if (text == null) {
                result();
            } else {
                result(apply(text));
            }
        }
    }
}
