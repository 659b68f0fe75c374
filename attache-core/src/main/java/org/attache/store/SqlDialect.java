package org.attache.store;

import java.util.EnumSet;
import java.util.Map;

/**
 * The few pieces of SQL that differ between the databases the shared store ({@link JdbcEventStore}) runs on,
 * each a format whose {@code %s} are SQL expressions. Everything else is written once, in SQL both accept.
 *
 * @param contains holds when the first text contains the second ({@code instr} or {@code strpos})
 * @param fold     a text folded to lower case as {@link CaseFold#fold} folds it, beyond ASCII
 * @param slice    a text between two offsets counted in UTF-16 units, as Java and the evidence spans count
 * @param periods  per granularity, the first day of the period holding {@code e.date_start}, read as an ISO date
 */
record SqlDialect(String contains, String fold, String slice, Map<Granularity, String> periods) {
    SqlDialect {
        periods = Map.copyOf(periods);
        if (!periods.keySet().containsAll(EnumSet.allOf(Granularity.class))) {
            throw new IllegalArgumentException("a period for every granularity is needed: " + periods.keySet());
        }
    }

    String contains(String text, String part) {
        return contains.formatted(text, part);
    }

    String fold(String text) {
        return fold.formatted(text);
    }

    String slice(String text, String start, String end) {
        return slice.formatted(text, start, end);
    }

    String period(Granularity granularity) {
        return periods.get(granularity);
    }
}
