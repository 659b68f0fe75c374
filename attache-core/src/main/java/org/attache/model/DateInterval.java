package org.attache.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The days an event happened, inclusive on both ends, with how that was established.
 * Unknown is the interval with no bounds and basis {@link DateBasis#UNKNOWN}.
 */
public record DateInterval(LocalDate start, LocalDate end, DateBasis basis) {
    private static final DateInterval UNKNOWN = new DateInterval(null, null, DateBasis.UNKNOWN);

    public DateInterval {
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("both bounds or neither");
        }
        if (start != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " before start " + start);
        }
        if (start == null && basis != DateBasis.UNKNOWN) {
            throw new IllegalArgumentException("an interval with no bounds is unknown");
        }
    }

    public static DateInterval unknown() {
        return UNKNOWN;
    }

    public static DateInterval day(LocalDate day, DateBasis basis) {
        return new DateInterval(day, day, basis);
    }

    public static DateInterval month(YearMonth month, DateBasis basis) {
        return new DateInterval(month.atDay(1), month.atEndOfMonth(), basis);
    }

    public static DateInterval year(int year, DateBasis basis) {
        return new DateInterval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), basis);
    }

    public boolean isKnown() {
        return start != null;
    }

    public long days() {
        return isKnown() ? end.toEpochDay() - start.toEpochDay() + 1 : Long.MAX_VALUE;
    }

    /** Whether the two could be the same day(s), allowing one day of slack for time zones. */
    public boolean compatibleWith(DateInterval other) {
        if (!isKnown() || !other.isKnown()) {
            return true;
        }
        return !end.plusDays(1).isBefore(other.start) && !other.end.plusDays(1).isBefore(start);
    }

    public DateInterval withBasis(DateBasis newBasis) {
        return isKnown() ? new DateInterval(start, end, newBasis) : this;
    }

    /** Cut to end no later than {@code limit}; an interval wholly after it is unknown. */
    public DateInterval notAfter(LocalDate limit) {
        if (!isKnown() || !end.isAfter(limit)) {
            return this;
        }
        return start.isAfter(limit) ? UNKNOWN : new DateInterval(start, limit, basis);
    }

    @Override
    public String toString() {
        if (!isKnown()) {
            return "unknown";
        }
        return (start.equals(end) ? start.toString() : start + ".." + end) + " (" + basis.code() + ")";
    }
}
