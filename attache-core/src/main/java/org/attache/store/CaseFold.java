package org.attache.store;

import java.util.Locale;

/**
 * Case-insensitive comparison: queries and stored keys are folded the same way in Java, and the databases fold
 * their columns to match ({@link SqliteFunctions}'s {@code fold}, ICU's {@code lower} in PostgreSQL).
 */
final class CaseFold {
    private CaseFold() {
    }

    static String fold(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
