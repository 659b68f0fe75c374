package org.attache.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.DateInterval;
import org.attache.model.PublishedDate;

/** One kind of time expression: the id provenance records, its pattern, and how a match becomes an interval. */
record TimeRule(String id, Pattern pattern, Resolver resolver) {

    /** Reads a match into an interval; empty when the text names no real day, such as "February 30". */
    @FunctionalInterface
    interface Resolver {
        Optional<DateInterval> resolve(Matcher match, PublishedDate published);
    }

    /** A rule for a date written out; its pattern is case-sensitive so that month names keep their capital. */
    static TimeRule explicit(String id, String regex, Resolver resolver) {
        return new TimeRule(id, Pattern.compile(regex), resolver);
    }

    /** A rule for words counted from the publication date ("yesterday"), which mean nothing known without one. */
    static TimeRule relative(String id, String regex, BiFunction<Matcher, LocalDate, DateInterval> fromPublication) {
        return new TimeRule(id, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), (match, published) -> Optional.of(
                published.isKnown() ? fromPublication.apply(match, published.date()) : DateInterval.unknown()));
    }
}
