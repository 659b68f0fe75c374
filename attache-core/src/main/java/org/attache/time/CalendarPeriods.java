package org.attache.time;

import static java.time.temporal.TemporalAdjusters.previousOrSame;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;

/** The calendar day, Monday-to-Sunday week, month or year that holds a day, as relative intervals. */
final class CalendarPeriods {
    private CalendarPeriods() {
    }

    /** The unit a word such as "week" names. */
    static ChronoUnit unit(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "year" -> ChronoUnit.YEARS;
            default -> throw new IllegalArgumentException("not a calendar unit: " + word);
        };
    }

    /** The period of {@code unit} that holds {@code day}. */
    static DateInterval containing(LocalDate day, ChronoUnit unit) {
        LocalDate start = switch (unit) {
            case DAYS -> day;
            case WEEKS -> day.with(previousOrSame(DayOfWeek.MONDAY));
            case MONTHS -> day.withDayOfMonth(1);
            case YEARS -> day.withDayOfYear(1);
            default -> throw new IllegalArgumentException("not a calendar unit: " + unit);
        };
        return new DateInterval(start, start.plus(1, unit).minusDays(1), DateBasis.RELATIVE);
    }

    /** From the start of the period holding {@code day} up to that day ("earlier this month"). */
    static DateInterval soFar(LocalDate day, ChronoUnit unit) {
        return new DateInterval(containing(day, unit).start(), day, DateBasis.RELATIVE);
    }

    static DateInterval day(LocalDate day) {
        return days(day, day);
    }

    static DateInterval days(LocalDate start, LocalDate end) {
        return new DateInterval(start, end, DateBasis.RELATIVE);
    }

    /** The Saturday and the given Sunday. */
    static DateInterval weekendEnding(LocalDate sunday) {
        return days(sunday.minusDays(1), sunday);
    }
}
