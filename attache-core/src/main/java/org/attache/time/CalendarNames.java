package org.attache.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The full English names of the weekdays and months as news capitalises them ("Monday", "May"). */
public final class CalendarNames {
    private static final Set<String> WEEKDAYS = Arrays.stream(DayOfWeek.values())
            .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> MONTHS = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.toUnmodifiableSet());

    private CalendarNames() {
    }

    /** Whether the word, as written, is a weekday's name: "Monday", not "monday". */
    public static boolean isWeekday(String word) {
        return WEEKDAYS.contains(word);
    }

    /** Whether the word, as written, is a month's full name: "May", not "may". */
    public static boolean isMonth(String word) {
        return MONTHS.contains(word);
    }
}
