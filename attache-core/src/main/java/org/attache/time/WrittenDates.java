package org.attache.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.PublishedDate;

/**
 * Turns the parts of a written date into an explicit interval. A date written without its year takes the
 * latest year that does not put it after publication, since news reports what has happened.
 */
final class WrittenDates {
    /** February 29 comes back within eight years (1896 to 1904), so looking further back finds nothing. */
    private static final int LEAP_DAY_GAP = 8;

    private WrittenDates() {
    }

    /** A day such as "Nov. 1" or "3 September 2017"; {@code year} is null when not written. */
    static Optional<DateInterval> day(Month month, int day, String year, PublishedDate published) {
        return range(month, day, month, day, year, published);
    }

    /**
     * Days from one month-day to another ("March 31 to April 2, 2018"); the written year, or the resolved
     * one, belongs to the end, and a start later in the year than the end lies in the year before.
     */
    static Optional<DateInterval> range(Month fromMonth, int fromDay, Month toMonth, int toDay, String year,
            PublishedDate published) {
        Optional<MonthDay> from = monthDay(fromMonth, fromDay);
        Optional<MonthDay> to = monthDay(toMonth, toDay);
        if (from.isEmpty() || to.isEmpty() || (from.get().isAfter(to.get()) && fromMonth == toMonth)) {
            return Optional.empty();
        }
        if (year == null && !published.isKnown()) {
            return Optional.of(DateInterval.unknown());
        }
        OptionalInt endYear = year != null ? validYear(to.get(), Integer.parseInt(year))
                : latestYearNotAfter(to.get(), published.date());
        if (endYear.isEmpty()) {
            return Optional.empty();
        }
        int startYear = from.get().isAfter(to.get()) ? endYear.getAsInt() - 1 : endYear.getAsInt();
        return validYear(from.get(), startYear).isEmpty() ? Optional.empty()
                : Optional.of(new DateInterval(from.get().atYear(startYear), to.get().atYear(endYear.getAsInt()),
                        DateBasis.EXPLICIT));
    }

    /** A whole month such as "in September" or "March 2018"; {@code year} is null when not written. */
    static Optional<DateInterval> month(Month month, String year, PublishedDate published) {
        if (year != null) {
            return Optional.of(DateInterval.month(YearMonth.of(Integer.parseInt(year), month), DateBasis.EXPLICIT));
        }
        if (!published.isKnown()) {
            return Optional.of(DateInterval.unknown());
        }
        LocalDate reference = published.date();
        int y = month.compareTo(reference.getMonth()) <= 0 ? reference.getYear() : reference.getYear() - 1;
        return Optional.of(DateInterval.month(YearMonth.of(y, month), DateBasis.EXPLICIT));
    }

    /** A day written with digits for its month ("2017-09-03"), if it exists. */
    static Optional<DateInterval> numeric(int year, int month, int day) {
        try {
            return Optional.of(DateInterval.day(LocalDate.of(year, month, day), DateBasis.EXPLICIT));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    private static Optional<MonthDay> monthDay(Month month, int day) {
        try {
            return Optional.of(MonthDay.of(month, day));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    private static OptionalInt validYear(MonthDay day, int year) {
        return day.isValidYear(year) ? OptionalInt.of(year) : OptionalInt.empty();
    }

    private static OptionalInt latestYearNotAfter(MonthDay day, LocalDate limit) {
        for (int year = limit.getYear(); year > limit.getYear() - LEAP_DAY_GAP; year--) {
            if (day.isValidYear(year) && !day.atYear(year).isAfter(limit)) {
                return OptionalInt.of(year);
            }
        }
        return OptionalInt.empty();
    }
}
