package org.attache.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.DateOrigin;
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
        List<TimeExpression> found = new ArrayList<>();
        for (Candidate c : settled(text, within, published)) {
            c.interval().ifPresent(interval -> found.add(expression(text, within, c, interval, c.rule())));
        }
        return found;
    }

    /**
     * As {@link #find(String, Span, PublishedDate)} for an undated article inferred to be published within
     * {@code window}: an expression that needs the publication date covers what it names from either end of
     * the window, with basis inferred; {@code why} names the inference in each such expression's provenance.
     */
    public List<TimeExpression> find(String text, Span within, DateInterval window, String why) {
        List<Candidate> undated = settled(text, within, PublishedDate.unknown());
        List<Candidate> fromStart = settled(text, within, PublishedDate.of(window.start(), DateOrigin.INFERRED));
        List<Candidate> fromEnd = settled(text, within, PublishedDate.of(window.end(), DateOrigin.INFERRED));
        List<TimeExpression> found = new ArrayList<>();
        for (int i = 0; i < undated.size(); i++) {
            Candidate c = undated.get(i);
            Optional<DateInterval> early = fromStart.get(i).interval();
            Optional<DateInterval> late = fromEnd.get(i).interval();
            if (c.interval().isEmpty() || early.isEmpty() || late.isEmpty()) {
                continue;
            }
            if (c.interval().get().isKnown() || !early.get().isKnown() || !late.get().isKnown()) {
                found.add(expression(text, within, c, c.interval().get(), c.rule()));
            } else {
                DateInterval hull = new DateInterval(min(early.get().start(), late.get().start()),
                        max(early.get().end(), late.get().end()), DateBasis.INFERRED).notAfter(window.end());
                found.add(expression(text, within, c, hull, c.rule() + "+" + why));
            }
        }
        return found;
    }

    /** Every rule's matches, longest first where they overlap, in text order; the same spans for any date. */
    private static List<Candidate> settled(String text, Span within, PublishedDate published) {
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
        kept.sort(Comparator.comparing(Candidate::span));
        return kept;
    }

    private static TimeExpression expression(String text, Span within, Candidate c, DateInterval interval,
            String rule) {
        return new TimeExpression(c.span(), interval, ReportingCue.datesReport(text, within, c.span()),
                Provenance.of(STAGE, rule));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
