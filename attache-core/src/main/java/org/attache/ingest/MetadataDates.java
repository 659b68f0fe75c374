package org.attache.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that records and page metadata carry. The day is taken as written, never moved
 * to another time zone, since the writer's day is the one the text's "today" and "on Monday" refer to.
 */
final class MetadataDates {
    /** "26-FEB-1987 16:40:00.82", the form of the Reuters-21578 collection; whatever follows the day is ignored. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<day>\\d{1,2})-(?<month>[A-Za-z]{3})-(?<year>\\d{4})(?:\\s.*)?", Pattern.DOTALL);
    private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM").toFormatter(Locale.ENGLISH);

    private MetadataDates() {
    }

    /** A record's publication date: null when it has none, rejected when it has one that cannot be read. */
    static LocalDate published(String value) throws Rejected {
        if (value == null) {
            return null;
        }
        try {
            return parse(value);
        } catch (DateTimeException e) {
            throw new Rejected("bad published date \"" + value + "\"");
        }
    }

    /**
     * An ISO date ("2021-03-23"), the date part of an ISO date-time (with 'T' or a space before the time), an
     * RFC 1123 date-time ("Tue, 23 Mar 2021 08:00:00 GMT"), or a day-month-year as in "26-FEB-1987 16:40:00".
     *
     * @throws DateTimeException when the value is none of these
     */
    static LocalDate parse(String value) {
        String v = value.strip();
        if (v.length() == 10 && v.charAt(4) == '-') {
            return LocalDate.parse(v);
        }
        if (v.length() > 10 && v.charAt(4) == '-') {
            String dateTime = v.charAt(10) == ' ' ? v.substring(0, 10) + 'T' + v.substring(11) : v;
            return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(dateTime));
        }
        Matcher m = DAY_MONTH_YEAR.matcher(v);
        if (m.matches()) {
            int month = MONTH.parse(m.group("month")).get(ChronoField.MONTH_OF_YEAR);
            return LocalDate.of(Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day")));
        }
        return LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(v));
    }
}
