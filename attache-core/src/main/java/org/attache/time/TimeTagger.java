package org.attache.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.model.TimeExpression;
import org.attache.pipeline.Stage;

/**
 * Finds the time expressions of every sentence that is not noise, resolved against the publication date, and
 * the days that count from a day just named ("that day", "the next day").
 * An article without one that marks an anniversary is read as published within {@link #WINDOW_DAYS} days of
 * it, so its relative dates still narrow to weeks instead of staying unknown.
 */
public final class TimeTagger implements Stage {
    /** Reports of an anniversary come in the days around it: before it for preparations, after for the day. */
    static final int WINDOW_DAYS = 10;

    private final TimeExpressionFinder finder = new TimeExpressionFinder();
    private final Anniversaries anniversaries;

    public TimeTagger(Anniversaries anniversaries) {
        this.anniversaries = anniversaries;
    }

    @Override
    public Document apply(Document document) {
        List<Sentence> sentences = document.sentences().stream().filter(s -> !document.isNoise(s.span())).toList();
        Optional<Anniversaries.Marked> anchor = document.article().published().isKnown() ? Optional.empty()
                : latestAnniversary(document, sentences);
        List<TimeExpression> times = new ArrayList<>();
        for (Sentence sentence : sentences) {
            times.addAll(anchor.isEmpty()
                    ? finder.find(document.text(), sentence.span(), document.article().published())
                    : finder.find(document.text(), sentence.span(), window(anchor.get().day()),
                            "anniversary:" + anchor.get().occasion()));
            times.addAll(AnaphoricDays.find(document.text(), sentence.span(), times));
        }
        return document.withTimes(times);
    }

    /** The latest marked anniversary, since an article looks back on older ones but is not written before its own. */
    private Optional<Anniversaries.Marked> latestAnniversary(Document document, List<Sentence> sentences) {
        return sentences.stream()
                .flatMap(s -> anniversaries.find(document.text(), s.span()).stream())
                .max(Comparator.comparing(Anniversaries.Marked::day));
    }

    private static DateInterval window(LocalDate day) {
        return new DateInterval(day.minusDays(WINDOW_DAYS), day.plusDays(WINDOW_DAYS), DateBasis.INFERRED);
    }
}
