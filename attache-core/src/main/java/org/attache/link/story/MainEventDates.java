package org.attache.link.story;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attache.model.DateInterval;
import org.attache.model.TimeExpression;

/**
 * The day an article's main event happened, as its lead tells it: the first time expression near the start of
 * the text that dates an event (not a report) to within a week. Two articles whose main events fall on days far
 * apart are about different events, however alike their words (one summit and the next, a launch and the vote
 * that answered it).
 */
public final class MainEventDates {
    /** Where the lead ends: the main event is told in the first sentence or two. */
    public static final int LEAD_CHARS = 300;
    /** Wider intervals ("this year") do not tell one event from the next. */
    private static final long PRECISE_DAYS = 7;

    private MainEventDates() {
    }

    /** The main event's date from an article's time expressions, if its lead dates one precisely. */
    public static Optional<DateInterval> of(List<TimeExpression> times) {
        return times.stream()
                .filter(t -> !t.reportingTime() && t.span().start() < LEAD_CHARS && t.interval().isKnown()
                        && t.interval().days() <= PRECISE_DAYS)
                .min(Comparator.comparingInt((TimeExpression t) -> t.span().start()))
                .map(TimeExpression::interval);
    }
}
