package org.attache.link.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.Provenance;
import org.attache.model.Span;
import org.attache.model.TimeExpression;
import org.junit.jupiter.api.Test;

class MainEventDatesTest {
    private static TimeExpression time(int start, DateInterval date, boolean reporting) {
        return new TimeExpression(new Span(start, start + 6), date, reporting, Provenance.of("time", "test"));
    }

    private static DateInterval day(String iso) {
        return DateInterval.day(LocalDate.parse(iso), DateBasis.RELATIVE);
    }

    @Test
    void theFirstEventTimeOfTheLeadDatesTheMainEvent() {
        assertThat(MainEventDates.of(List.of(time(40, day("2019-06-28"), true), time(90, day("2019-06-30"), false),
                time(150, day("2019-06-29"), false)))).contains(day("2019-06-30"));
    }

    @Test
    void vagueTimesAndTimesAfterTheLeadDateNothing() {
        assertThat(MainEventDates.of(List.of(time(20, DateInterval.year(2018, DateBasis.RELATIVE), false),
                time(MainEventDates.LEAD_CHARS + 5, day("2018-06-19"), false)))).isEmpty();
    }
}
