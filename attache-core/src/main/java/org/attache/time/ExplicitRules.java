package org.attache.time;

import static org.attache.time.TimeRule.explicit;

import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.PublishedDate;

/** Rules for dates the text writes out: a day, a range of days, a month or a year. */
final class ExplicitRules {
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})(?!\\d)";
    private static final String OPTIONAL_YEAR = "(?:,?\\s+" + YEAR + ")?";
    /** Words between the ends of a range; "and" is left out because "June 20 and 22" names two days. */
    private static final String TO = "\\s*(?:-|–|—|(?i:to|through|until|till))\\s*";
    /**
     * Prepositions that make a bare month or year a time ("in March"), unlike "March" the verb; each rule puts
     * a first-character test before it so the look-behind runs at few places.
     */
    private static final String IN = "(?<=\\b(?i:in|during)\\s)";
    private static final String PART = "\\b(?i:early|mid|late)(?:-|\\s+)";
    /** A year of a season such as "2019-20" is not the year 2019. */
    private static final String NOT_SEASON = "(?![-–/]\\d)";

    static final List<TimeRule> ALL = List.of(
            explicit("iso-date", "\\b(?<year>(?:19|20)\\d{2})-(?<month>\\d{2})-(?<day>\\d{2})(?!\\d)",
                    (m, published) -> WrittenDates.numeric(number(m, "year"), number(m, "month"),
                            number(m, "day"))),
            explicit("month-day", "\\b" + month("month") + "\\s+" + day("day") + OPTIONAL_YEAR,
                    (m, published) -> WrittenDates.day(month(m, "month"), number(m, "day"), m.group("year"),
                            published)),
            explicit("day-month", "(?<![\\d.,])\\b" + day("day") + "\\s+(?:of\\s+)?" + month("month")
                    + OPTIONAL_YEAR,
                    (m, published) -> WrittenDates.day(month(m, "month"), number(m, "day"), m.group("year"),
                            published)),
            explicit("month-day-range", "\\b" + month("fromMonth") + "\\s+" + day("from")
                    + "(?:" + TO + month("toMonth") + "\\s+|" + TO + ")" + day("to") + OPTIONAL_YEAR,
                    ExplicitRules::range),
            explicit("day-month-range", "(?<![\\d.,])\\b" + day("from") + "(?:\\s+" + month("fromMonth") + ")?"
                    + TO + day("to") + "\\s+" + month("toMonth") + OPTIONAL_YEAR,
                    ExplicitRules::range),
            explicit("month-year", "\\b" + month("month") + ",?\\s+" + YEAR,
                    (m, published) -> WrittenDates.month(month(m, "month"), m.group("year"), published)),
            explicit("in-month", "(?=[ADFJMNOS])" + IN + month("month") + "(?!['’]s)",
                    (m, published) -> WrittenDates.month(month(m, "month"), null, published)),
            explicit("part-of-month", PART + "(?:(?i:in)\\s+)?" + month("month") + OPTIONAL_YEAR,
                    (m, published) -> WrittenDates.month(month(m, "month"), m.group("year"), published)),
            explicit("in-year", "(?=[12])" + IN + YEAR + NOT_SEASON, (m, published) -> year(m)),
            explicit("part-of-year", PART + YEAR + NOT_SEASON, (m, published) -> year(m)));

    private ExplicitRules() {
    }

    private static String month(String group) {
        return "(?<" + group + ">" + Months.NAME + ")";
    }

    /** A day of the month, not the start of a larger number ("April 1,000") or of a decimal. */
    private static String day(String group) {
        return "(?<" + group + ">\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,:]\\d)";
    }

    private static Month month(Matcher m, String group) {
        return Months.parse(m.group(group));
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<DateInterval> year(Matcher m) {
        return Optional.of(DateInterval.year(number(m, "year"), DateBasis.EXPLICIT));
    }

    /** A range names its month once when both ends share it: "June 20-21", "20-21 June". */
    private static Optional<DateInterval> range(Matcher m, PublishedDate published) {
        Month start = month(m, m.group("fromMonth") != null ? "fromMonth" : "toMonth");
        Month end = month(m, m.group("toMonth") != null ? "toMonth" : "fromMonth");
        return WrittenDates.range(start, number(m, "from"), end, number(m, "to"), m.group("year"), published);
    }
}
