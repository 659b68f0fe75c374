package org.attache.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.testing.Fixtures;
import org.junit.jupiter.api.Test;

class TemporalAnchoringTest {
    private static List<EventMention> events(String published, String text) {
        return Fixtures.pipeline().analyse(Fixtures.article("t", published, text)).events();
    }

    private static EventMention only(List<EventMention> events, EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void whatTheTalksCameAfterLiesInTheWeekUpToThem() {
        // Published Wednesday 2023-05-10: "last week" is May 1-7.
        List<EventMention> found = events("2023-05-10",
                "Chinese Foreign Minister Qin Gang held talks with Japan in Tokyo last week.\n"
                + "The talks came after Qin Gang visited South Korea.");
        EventMention visit = only(found, EventKind.VISIT);
        assertThat(visit.date()).isEqualTo(
                new DateInterval(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 7), DateBasis.INFERRED));
        assertThat(visit.provenance().rule()).contains("anchoring:precedes");
    }

    @Test
    void whatAPronounSubjectCameAfterLiesInTheWeekUpToTheArticlesLeadEvent() {
        List<EventMention> found = events("2019-10-08",
                "Kim Jong Un sent a message to Xi Jinping on Sunday.\n"
                + "Xi Jinping visited Pyongyang in June.\n"
                + "It also comes a day after working-level talks between North Korea and the United States.");
        EventMention talks = only(found, EventKind.MEETING);
        assertThat(talks.date()).isEqualTo(
                new DateInterval(LocalDate.of(2019, 9, 30), LocalDate.of(2019, 10, 6), DateBasis.INFERRED));
    }

    @Test
    void aLongSubjectWithNoEventDatesNothing() {
        List<EventMention> found = events("2019-10-08",
                "Kim Jong Un sent a message to Xi Jinping on Sunday.\n"
                + "The long-awaited and much-discussed result comes a day after talks between North Korea and the United States.");
        assertThat(only(found, EventKind.MEETING).date().isKnown()).isFalse();
    }

    @Test
    void whatHappenedDuringAVisitTakesTheVisitsDays() {
        List<EventMention> found = events("2023-05-10",
                "Qin Gang visited South Korea on Monday.\n"
                + "During his visit to Seoul, Qin Gang criticised Japan.");
        EventMention accusation = only(found, EventKind.ACCUSATION);
        assertThat(accusation.date().start()).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(accusation.date().basis()).isEqualTo(DateBasis.INFERRED);
    }

    @Test
    void aVisitToAnotherCountryDoesNotDateTheClause() {
        List<EventMention> found = events("2023-05-10",
                "Qin Gang visited South Korea on Monday.\n"
                + "During his visit to Paris, Qin Gang criticised Japan.");
        assertThat(only(found, EventKind.ACCUSATION).date().isKnown()).as(found.toString()).isFalse();
    }

    @Test
    void anEventToldOnlyWithItsReportsDateLiesInTheWeekBeforeTheReport() {
        List<EventMention> found = events("2023-05-10",
                "In a report published on Saturday, KCNA said North Korea and Laos had held talks in Pyongyang.");
        EventMention talks = only(found, EventKind.MEETING);
        assertThat(talks.date()).isEqualTo(
                new DateInterval(LocalDate.of(2023, 4, 30), LocalDate.of(2023, 5, 6), DateBasis.INFERRED));
    }

    @Test
    void withoutACueAnUndatedEventStaysUndated() {
        assertThat(only(events("2023-05-10", "Qin Gang criticised Japan."), EventKind.ACCUSATION).date().isKnown())
                .isFalse();
    }
}
