package org.attache.time;

import static java.time.temporal.TemporalAdjusters.previous;
import static java.time.temporal.TemporalAdjusters.previousOrSame;
import static org.attache.time.CalendarPeriods.containing;
import static org.attache.time.CalendarPeriods.day;
import static org.attache.time.CalendarPeriods.days;
import static org.attache.time.CalendarPeriods.soFar;
import static org.attache.time.CalendarPeriods.weekendEnding;
import static org.attache.time.TimeRule.relative;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Rules for words that count from the publication date. Past words resolve to days on or before it; a
 * weekday is its latest occurrence, which is the publication day itself in a paper of that weekday.
 */
final class RelativeRules {
    /** A weekday name; the first-letter test spares the alternatives at most words. */
    private static final String WEEKDAY = "(?=[mtwfs])(?<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)";
    /**
     * Holidays and titles named after a weekday are not that weekday. The test looks back from the end of
     * the name (six to nine letters), as a look-behind tried only where a weekday matched is cheap.
     */
    private static final String NOT_HOLIDAY =
            "(?<!\\b(?:good|black|bloody|holy|palm|easter|ash|cyber|super)\\s\\p{L}{6,9})";
    private static final String NOT_TITLE =
            "(?!\\s+(?-i:Times|Telegraph|Express|Mirror|Herald|Post|Football|Night Football))";
    private static final String PART_OF_DAY = "(?:\\s+(?:night|morning|afternoon|evening))?";

    static final List<TimeRule> ALL = all();

    private RelativeRules() {
    }

    private static List<TimeRule> all() {
        List<TimeRule> rules = new ArrayList<>(List.of(
                relative("weekday", "\\b" + WEEKDAY + "\\b" + NOT_HOLIDAY + PART_OF_DAY + NOT_TITLE,
                        (m, published) -> day(published.with(previousOrSame(weekday(m))))),
                relative("last-weekday", "\\blast\\s+" + WEEKDAY + "\\b",
                        (m, published) -> day(published.with(previous(weekday(m))))),
                relative("today", "\\b(?:(?:earlier\\s+|later\\s+)?today|tonight"
                        + "|this\\s+(?:morning|afternoon|evening))\\b(?<!\\busa\\stoday)",
                        (m, published) -> day(published)),
                relative("yesterday", "\\byesterday\\b",
                        (m, published) -> day(published.minusDays(1))),
                // "the day before" alone ends its clause; followed by a noun it counts from that noun's day.
                relative("day-before", "\\bthe\\s+day\\s+before(?:(?<yesterday>\\s+yesterday)\\b|(?=\\s*[.,;:!?)]))",
                        (m, published) -> day(published.minusDays(m.group("yesterday") != null ? 2 : 1))),
                relative("last-night", "\\blast\\s+night\\b",
                        (m, published) -> days(published.minusDays(1), published)),
                relative("last-weekend", "\\blast\\s+weekend\\b",
                        (m, published) -> weekendEnding(containing(published.minusWeeks(1), ChronoUnit.WEEKS).end())),
                relative("weekend", "\\b(?:over|at|during)\\s+the\\s+weekend\\b",
                        (m, published) -> weekendEnding(published.with(previous(DayOfWeek.SATURDAY)).plusDays(1))),
                relative("ago", "\\b(?<count>" + Counts.COUNT + ")\\s+(?<unit>day|week|month|year)s?\\s+ago\\b",
                        (m, published) -> {
                            ChronoUnit unit = CalendarPeriods.unit(m.group("unit"));
                            return containing(published.minus(Counts.parse(m.group("count")), unit), unit);
                        })));
        for (String name : List.of("week", "month", "year")) {
            ChronoUnit unit = CalendarPeriods.unit(name);
            // "the last week" is the past seven days, not the calendar week before this one.
            rules.add(relative("last-" + name, "\\blast(?<!\\bthe\\slast)\\s+" + name + "\\b",
                    (m, published) -> containing(published.minus(1, unit), unit)));
            rules.add(relative("this-" + name, "\\bthis\\s+" + name + "\\b",
                    (m, published) -> containing(published, unit)));
            rules.add(relative("earlier-this-" + name, "\\bearlier\\s+this\\s+" + name + "\\b",
                    (m, published) -> soFar(published, unit)));
        }
        return List.copyOf(rules);
    }

    private static DayOfWeek weekday(Matcher m) {
        return DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
    }
}
