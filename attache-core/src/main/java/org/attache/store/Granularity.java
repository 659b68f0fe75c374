package org.attache.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/** The periods a timeline counts by; each period is named by its first day (weeks start on Monday, as ISO's). */
public enum Granularity {
    DAY, WEEK, MONTH;

    /** The first day of the period that holds {@code day}. */
    public LocalDate periodOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Granularity fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
