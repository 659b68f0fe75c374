package org.attache.link.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.attache.model.Article;
import org.attache.model.DateInterval;

/**
 * How alike the main events of two articles of a batch are, from 0 to 1: the mean of their four view
 * cosines, halved when their numbers disagree (another toll, score or year marks another event), cut when
 * their leads date their main events to days far apart, and discounted when both are dated and were published
 * far apart.
 */
final class EventSimilarity {
    /** Numbers disagree when each article gives at least this many and their cosine stays below the next. */
    private static final int FIGURES_TO_DISAGREE = 3;
    private static final double FIGURES_SHARED = 0.05;
    private static final double DISAGREEMENT_FACTOR = 0.5;
    /** Articles published within this many days of each other are compared on their text alone. */
    private static final long SAME_NEWS_DAYS = 7;
    /** Beyond that, similarity halves with every this many further days between publications. */
    private static final double HALF_LIFE_DAYS = 30;
    /** Main events this many days apart or fewer may be one event told on different days of it. */
    private static final long MAIN_DATES_SLACK_DAYS = 3;
    /** Main events further apart are other events: only a near-copy stays above the threshold. */
    private static final double OTHER_MAIN_EVENT_FACTOR = 0.25;

    private EventSimilarity() {
    }

    static double of(Batch batch, int i, int j) {
        Similarities s = batch.similarities();
        double sum = 0;
        for (View view : View.values()) {
            sum += s.cosine(i, j, view);
        }
        double similarity = sum / View.values().length;
        if (figuresDisagree(batch, i, j)) {
            similarity *= DISAGREEMENT_FACTOR;
        }
        if (mainDatesApart(batch.mainDates().get(i), batch.mainDates().get(j))) {
            similarity *= OTHER_MAIN_EVENT_FACTOR;
        }
        return similarity * datePenalty(batch.articles().get(i), batch.articles().get(j));
    }

    private static boolean figuresDisagree(Batch batch, int i, int j) {
        return batch.features().get(i).distinct(View.FIGURES) >= FIGURES_TO_DISAGREE
                && batch.features().get(j).distinct(View.FIGURES) >= FIGURES_TO_DISAGREE
                && batch.similarities().cosine(i, j, View.FIGURES) < FIGURES_SHARED;
    }

    private static boolean mainDatesApart(DateInterval a, DateInterval b) {
        return a.isKnown() && b.isKnown() && (a.end().plusDays(MAIN_DATES_SLACK_DAYS).isBefore(b.start())
                || b.end().plusDays(MAIN_DATES_SLACK_DAYS).isBefore(a.start()));
    }

    private static double datePenalty(Article a, Article b) {
        LocalDate x = a.published().date();
        LocalDate y = b.published().date();
        if (x == null || y == null) {
            return 1;
        }
        long apart = Math.abs(ChronoUnit.DAYS.between(x, y));
        return apart <= SAME_NEWS_DAYS ? 1 : Math.pow(0.5, (apart - SAME_NEWS_DAYS) / HALF_LIFE_DAYS);
    }
}
