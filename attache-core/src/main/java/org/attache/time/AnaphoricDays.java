package org.attache.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.Provenance;
import org.attache.model.Span;
import org.attache.model.TimeExpression;

/**
 * Days named by reference to a day the text has just given: "arrived on Wednesday and held talks that day",
 * "met on May 2 and left the next day". Each counts from the nearest single day before it, not from the
 * publication date; with no such day close enough it stays unresolved rather than guessed.
 */
final class AnaphoricDays {
    private static final String STAGE = "time";
    /** The day referred to stands at most this many characters before: about two sentences. */
    private static final int REACH = 400;
    private static final Pattern SAME_DAY = Pattern.compile(
            "\\b(?:(?:later|earlier)\\s+)?that\\s+(?:same\\s+)?(?:day|morning|afternoon|evening|night)\\b"
                    + "|\\bthe\\s+same\\s+day\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_DAY = Pattern.compile(
            "\\bthe\\s+(?:next|following)\\s+(?:day|morning)\\b", Pattern.CASE_INSENSITIVE);

    private AnaphoricDays() {
    }

    /**
     * The anaphoric days in {@code text[within]} that {@code found} (the expressions found so far, in text
     * order) lets resolve; none overlaps an expression already found.
     */
    static List<TimeExpression> find(String text, Span within, List<TimeExpression> found) {
        List<TimeExpression> days = new ArrayList<>();
        collect(SAME_DAY, 0, "same-day", text, within, found, days);
        collect(NEXT_DAY, 1, "next-day", text, within, found, days);
        days.sort(Comparator.comparing(TimeExpression::span));
        return days;
    }

    private static void collect(Pattern pattern, int offset, String rule, String text, Span within,
            List<TimeExpression> found, List<TimeExpression> into) {
        Matcher m = pattern.matcher(text).region(within.start(), within.end())
                .useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (found.stream().anyMatch(t -> t.span().overlaps(span))) {
                continue;
            }
            referent(found, span.start()).ifPresent(day -> into.add(new TimeExpression(span,
                    new DateInterval(day.interval().start().plusDays(offset), day.interval().end().plusDays(offset),
                            DateBasis.RELATIVE),
                    false, Provenance.of(STAGE, rule + ":" + day.provenance().rule()))));
        }
    }

    /** The nearest event time before {@code at} within reach, if it names a single day. */
    private static Optional<TimeExpression> referent(List<TimeExpression> found, int at) {
        return found.stream()
                .filter(t -> !t.reportingTime() && t.span().end() <= at && at - t.span().end() <= REACH)
                .max(Comparator.comparing(TimeExpression::span))
                .filter(t -> t.interval().isKnown() && t.interval().start().equals(t.interval().end()));
    }
}
