package org.attache.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.attache.model.DateInterval;
import org.attache.model.Provenance;
import org.attache.model.PublishedDate;
import org.attache.model.Span;
import org.attache.model.TimeExpression;

/**
 * Finds the time expressions of a stretch of text and resolves each to the days it names, counting
 * relative ones from the publication date. Where expressions overlap, the longest wins, so "March 31 to
 * April 2" is one range and not two days.
 */
public final class TimeExpressionFinder {
    private static final String STAGE = "time";
    private static final List<TimeRule> RULES =
            Stream.concat(ExplicitRules.ALL.stream(), RelativeRules.ALL.stream()).toList();
    private static final Comparator<Candidate> LONGEST_FIRST = Comparator
            .comparingInt((Candidate c) -> -c.span().length())
            .thenComparing(Candidate::span);

    /**
     * A match before overlaps are settled. One that names no real day has no interval, yet still claims its
     * text, so that "29 February 2021" does not shrink to "February 2021".
     */
    private record Candidate(Span span, Optional<DateInterval> interval, String rule) {
    }

    /** The expressions in {@code text[within]}, in text order; their spans index the whole {@code text}. */
    public List<TimeExpression> find(String text, Span within, PublishedDate published) {
        List<Candidate> candidates = new ArrayList<>();
        for (TimeRule rule : RULES) {
            // Transparent bounds let \b and look-behinds see the text around the region.
            Matcher m = rule.pattern().matcher(text).region(within.start(), within.end())
                    .useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                candidates.add(new Candidate(new Span(m.start(), m.end()), rule.resolver().resolve(m, published),
                        rule.id()));
            }
        }
        candidates.sort(LONGEST_FIRST);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(candidate.span()))) {
                kept.add(candidate);
            }
        }
        return kept.stream()
                .filter(c -> c.interval().isPresent())
                .sorted(Comparator.comparing(Candidate::span))
                .map(c -> new TimeExpression(c.span(), c.interval().get(),
                        ReportingCue.datesReport(text, within, c.span()), Provenance.of(STAGE, c.rule())))
                .toList();
    }
}
