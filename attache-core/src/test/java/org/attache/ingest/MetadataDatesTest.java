package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetadataDatesTest {
    @Test
    void readsIsoDatesAndTheDatePartOfIsoDateTimesAsWritten() {
        assertThat(MetadataDates.parse("2021-03-23")).isEqualTo(LocalDate.of(2021, 3, 23));
        assertThat(MetadataDates.parse("2021-03-23T23:30:00-05:00")).isEqualTo(LocalDate.of(2021, 3, 23));
        assertThat(MetadataDates.parse("2021-03-23 08:00:00")).isEqualTo(LocalDate.of(2021, 3, 23));
        assertThat(MetadataDates.parse(" 2021-03-23T08:00:00.000Z ")).isEqualTo(LocalDate.of(2021, 3, 23));
    }

    @Test
    void readsRfc1123DatesAsWritten() {
        assertThat(MetadataDates.parse("Tue, 12 Mar 2024 23:30:00 -0500")).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(MetadataDates.parse("Mon, 11 Mar 2024 09:00:00 GMT")).isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void readsTheReutersDayMonthYearFormIgnoringWhatFollowsTheDay() {
        assertThat(MetadataDates.parse("26-FEB-1987 16:40:00.82")).isEqualTo(LocalDate.of(1987, 2, 26));
        assertThat(MetadataDates.parse("1-MAR-1987 05:34:32.47")).isEqualTo(LocalDate.of(1987, 3, 1));
        assertThat(MetadataDates.parse("27-MAR-1987 03:28:28.36&#5;&#5;&#5;RM")).isEqualTo(LocalDate.of(1987, 3, 27));
    }

    @Test
    void refusesWhatItCannotReadRatherThanGuess() {
        for (String bad : new String[] {"2021-02-30", "23/03/2021", "March 2021", "31-FOO-1987", "yesterday"}) {
            assertThatThrownBy(() -> MetadataDates.parse(bad)).as(bad).isInstanceOf(DateTimeException.class);
        }
    }

    @Test
    void aRecordsBadDateIsRejectedWithTheValue() {
        assertThatThrownBy(() -> MetadataDates.published("23/03/2021")).isInstanceOf(Rejected.class)
                .hasMessage("bad published date \"23/03/2021\"");
    }
}
