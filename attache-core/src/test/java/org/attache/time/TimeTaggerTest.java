package org.attache.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.attache.model.DateBasis;
import org.attache.model.TimeExpression;
import org.attache.testing.Fixtures;
import org.junit.jupiter.api.Test;

class TimeTaggerTest {
    private static final String TEXT = "Delegations gathered in Hanoi for the 80th anniversary of Vietnam's independence.\n"
            + "The Lao president arrived on Thursday. The two sides had met in July.";

    private static List<TimeExpression> times(String published) {
        return Fixtures.pipeline().analyse(Fixtures.article("t", published, TEXT)).times();
    }

    @Test
    void anUndatedArticleMarkingAnAnniversaryResolvesRelativeDatesAroundIt() {
        List<TimeExpression> times = times(null);
        TimeExpression thursday = times.stream().filter(t -> TEXT.substring(t.span().start(), t.span().end())
                .contains("Thursday")).findFirst().orElseThrow();
        LocalDate anniversary = LocalDate.of(2025, 9, 2);
        assertThat(thursday.interval().basis()).isEqualTo(DateBasis.INFERRED);
        assertThat(thursday.interval().start()).isAfterOrEqualTo(anniversary.minusDays(TimeTagger.WINDOW_DAYS + 6));
        assertThat(thursday.interval().end()).isBeforeOrEqualTo(anniversary.plusDays(TimeTagger.WINDOW_DAYS));
        assertThat(thursday.provenance().rule()).contains("anniversary:vnm-independence");
        TimeExpression july = times.get(times.size() - 1);
        assertThat(july.interval().start()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(july.interval().days()).isEqualTo(31);
    }

    @Test
    void aDatedArticleIgnoresTheAnniversary() {
        TimeExpression thursday = times("2025-09-05").get(0);
        assertThat(thursday.interval()).isEqualTo(
                org.attache.model.DateInterval.day(LocalDate.of(2025, 9, 4), DateBasis.RELATIVE));
    }

    @Test
    void anUndatedArticleWithoutAnniversaryKeepsRelativeDatesUnknown() {
        List<TimeExpression> times = Fixtures.pipeline()
                .analyse(Fixtures.article("t", null, "The Lao president arrived on Thursday.")).times();
        assertThat(times).isNotEmpty().allMatch(t -> !t.interval().isKnown());
    }

    private static String resolved(String published, String text, String expression) {
        return Fixtures.pipeline().analyse(Fixtures.article("t", published, text)).times().stream()
                .filter(t -> text.substring(t.span().start(), t.span().end()).equals(expression))
                .map(t -> t.interval().start() + ".." + t.interval().end() + " " + t.interval().basis().code())
                .findFirst().orElse("none");
    }

    @Test
    void thatDayAndTheNextDayCountFromTheDayJustNamed() {
        String text = "The envoy arrived in Seoul on March 3 and met the minister that day. "
                + "She left for Tokyo the next day.";
        assertThat(resolved("2024-03-10", text, "that day")).isEqualTo("2024-03-03..2024-03-03 relative");
        assertThat(resolved("2024-03-10", text, "the next day")).isEqualTo("2024-03-04..2024-03-04 relative");
    }

    @Test
    void thatDayWithNoDayBeforeOrAfterAReportDateStaysUnresolved() {
        assertThat(resolved("2024-03-10", "The envoy met the minister that day.", "that day")).isEqualTo("none");
        assertThat(resolved("2024-03-10", "Xinhua said on Friday that the envoy met the minister that day.",
                "that day")).isEqualTo("none");
        assertThat(resolved("2024-03-10", "The talks ran from March 1 to March 4 and ended that evening.",
                "that evening")).isEqualTo("none");
    }
}
