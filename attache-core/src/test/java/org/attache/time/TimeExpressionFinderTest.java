package org.attache.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;
import org.attache.model.Span;
import org.attache.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TimeExpressionFinderTest {
    private static final String NONE = "none";
    private final TimeExpressionFinder finder = new TimeExpressionFinder();

    /** Each row is a sentence with one time expression, or none; see the header of the table. */
    @ParameterizedTest(name = "[{index}] {0} (published {1})")
    @CsvFileSource(resources = "/org/attache/time/temporal-cases.csv", numLinesToSkip = 1)
    void resolvesTheSentence(String sentence, LocalDate published, LocalDate start, LocalDate end, String basis,
            Boolean reporting, String span) {
        List<TimeExpression> found = finder.find(sentence, new Span(0, sentence.length()), publishedOn(published));

        if (basis.equals(NONE)) {
            assertThat(found).isEmpty();
            return;
        }
        assertThat(found).hasSize(1);
        TimeExpression expression = found.get(0);
        assertThat(expression.span().of(sentence)).isEqualTo(span);
        assertThat(expression.interval()).isEqualTo(new DateInterval(start, end, DateBasis.fromCode(basis)));
        assertThat(expression.reportingTime()).isEqualTo(reporting);
        assertThat(expression.provenance().stage()).isEqualTo("time");
    }

    @Test
    void spansIndexTheWholeTextAndIgnoreWhatLiesOutsideTheRegion() {
        String text = "Seoul protested on Monday. Tokyo replied on Tuesday. Beijing stayed silent last week.";
        Span second = new Span(text.indexOf("Tokyo"), text.indexOf(" Beijing"));

        List<TimeExpression> found = finder.find(text, second, publishedOn(LocalDate.of(2021, 3, 23)));

        assertThat(found).singleElement().satisfies(expression -> {
            assertThat(expression.span().of(text)).isEqualTo("Tuesday");
            assertThat(expression.span().start()).isEqualTo(text.indexOf("Tuesday"));
            assertThat(expression.interval())
                    .isEqualTo(DateInterval.day(LocalDate.of(2021, 3, 23), DateBasis.RELATIVE));
        });
    }

    @Test
    void findsSeveralExpressionsInTextOrderWithTheirRules() {
        String text = "KCNA said on Thursday that a letter dated Nov. 1 had answered last week's offer.";

        List<TimeExpression> found = finder.find(text, new Span(0, text.length()),
                publishedOn(LocalDate.of(2017, 11, 2)));

        assertThat(found).extracting(e -> e.span().of(text), e -> e.provenance().rule(), TimeExpression::reportingTime)
                .containsExactly(
                        tuple("Thursday", "weekday", true),
                        tuple("Nov. 1", "month-day", false),
                        tuple("last week", "last-week", false));
    }

    @Test
    void aRangeIsOneExpressionNotTwoDays() {
        String text = "The talks ran from March 31 to April 2.";

        List<TimeExpression> found = finder.find(text, new Span(0, text.length()),
                publishedOn(LocalDate.of(2019, 5, 1)));

        assertThat(found).singleElement()
                .satisfies(expression -> assertThat(expression.provenance().rule()).isEqualTo("month-day-range"));
    }

    private static PublishedDate publishedOn(LocalDate date) {
        return date == null ? PublishedDate.unknown() : PublishedDate.of(date, DateOrigin.METADATA);
    }
}
