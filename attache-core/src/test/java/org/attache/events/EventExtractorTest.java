package org.attache.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.attache.model.DateBasis;
import org.attache.model.Document;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.testing.Fixtures;
import org.junit.jupiter.api.Test;

class EventExtractorTest {
    private static List<EventMention> events(String published, String text) {
        return Fixtures.pipeline().analyse(Fixtures.article("t", published, text)).events();
    }

    private static String dyad(EventMention m) {
        return m.kind().code() + " " + m.source().get(0) + " -> "
                + (m.target().isEmpty() ? "-" : m.target().get(0).toString());
    }

    @Test
    void aMessageWithItsSenderAddresseeAndRelativeDate() {
        List<EventMention> found = events("2018-01-03",
                "South Korean President Moon Jae-in sent a letter to Japanese Prime Minister Shinzo Abe on Monday.");
        assertThat(found).extracting(EventExtractorTest::dyad)
                .containsExactly("message KOR:Moon Jae-in -> JPN:Shinzo Abe");
        assertThat(found.get(0).date().start()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(found.get(0).date().basis()).isEqualTo(DateBasis.RELATIVE);
    }

    @Test
    void aReplyIsLinkedToTheMessageItAnswers() {
        List<EventMention> found = events("2019-01-10",
                "Chinese President Xi Jinping sent greetings to Kim Jong Un on Jan. 1.\n"
                + "Kim Jong Un replied to Xi's message on Tuesday, thanking him.");
        EventMention greeting = found.stream().filter(m -> m.source().get(0).country().equals("CHN")).findFirst()
                .orElseThrow();
        EventMention reply = found.stream().filter(m -> m.source().get(0).country().equals("PRK")).findFirst()
                .orElseThrow();
        assertThat(reply.inReplyTo()).isEqualTo(greeting.id());
        assertThat(greeting.inReplyTo()).isNull();
    }

    @Test
    void anExchangeIsOneMessageEachWay() {
        List<EventMention> found = events("2020-01-02",
                "Vladimir Putin exchanged messages with Kim Jong Un on Wednesday.");
        assertThat(found).extracting(EventExtractorTest::dyad).containsExactlyInAnyOrder(
                "message RUS:Vladimir Putin -> PRK:Kim Jong Un", "message PRK:Kim Jong Un -> RUS:Vladimir Putin");
    }

    @Test
    void plansNegationsAndInfinitivesAreNotEvents() {
        // A plan is the intent to do it (PLOVER AGREE), no visit.
        assertThat(events("2019-02-20", "Donald Trump's planned visit to Vietnam drew attention."))
                .extracting(e -> e.kind() + " " + e.coding().ploverType()).containsExactly("STATEMENT AGREE");
        assertThat(events("2019-02-20", "Kim Jong Un has never visited Japan.")).isEmpty();
        assertThat(events("2019-02-20", "Moon Jae-in wants to visit Pyongyang.")).isEmpty();
        assertThat(events("2019-02-20", "The talks come ahead of Donald Trump's trip to Hanoi.")).isEmpty();
    }

    @Test
    void whereTheCheapReadingFindsNoTargetTheDeepPassReadsTheParse() {
        Document d = Fixtures.pipeline().analyse(Fixtures.article("t", "2021-03-23",
                "Kim Jong Un called for stronger \u201cunity and co-operation\u201d with China."));
        assertThat(d.events()).extracting(EventExtractorTest::dyad).containsExactly("request PRK:Kim Jong Un -> CHN");
        assertThat(d.events().get(0).provenance().rule()).endsWith("/parse-subject");
        assertThat(d.parses()).hasSize(1);
    }

    @Test
    void aSentenceTheCheapReadingSettlesIsNotParsed() {
        Document d = Fixtures.pipeline().analyse(Fixtures.article("t", "2019-01-09",
                "Kim Jong Un met Xi Jinping in Beijing on Tuesday. The weather was cold."));
        assertThat(d.events()).isNotEmpty();
        assertThat(d.parses()).isEmpty();
    }

    @Test
    void anInternationalBodyTestsNoMissile() {
        assertThat(events("2017-12-23", "The UN Security Council voted on Friday to impose new sanctions after the "
                + "latest missile test.")).extracting(EventMention::kind).doesNotContain(EventKind.MILITARY_TEST);
        assertThat(events("2017-12-23", "North Korea launched a missile on Friday.")).extracting(EventMention::kind)
                .containsExactly(EventKind.MILITARY_TEST);
    }

    @Test
    void whatADenialDeniesIsNoEventOfItsKind() {
        assertThat(events("2023-05-10", "Japan denied that it had sent troops to Taiwan."))
                .extracting(m -> m.coding().ploverType()).doesNotContain("MOBILIZE");
        assertThat(events("2023-05-10", "Japan sent troops to Taiwan."))
                .extracting(m -> m.coding().ploverType()).contains("MOBILIZE");
    }

    @Test
    void aLinkLineYieldsNoEvent() {
        assertThat(events("2019-02-20", "RELATED POST: Kim Jong Un visited Russia and met Vladimir Putin")).isEmpty();
    }

    @Test
    void aMissileTestNeedsNoTargetAndTakesItsExplicitDate() {
        List<EventMention> found = events("2017-12-01",
                "North Korea launched an intercontinental ballistic missile on Nov. 29.");
        assertThat(found).extracting(m -> m.kind()).containsExactly(EventKind.MILITARY_TEST);
        assertThat(found.get(0).date().start()).isEqualTo(LocalDate.of(2017, 11, 29));
        assertThat(found.get(0).date().basis()).isEqualTo(DateBasis.EXPLICIT);
        assertThat(found.get(0).coding().ploverType()).isEqualTo("MOBILIZE");
    }

    @Test
    void aSymmetricMeetingOfTwoCoordinatedStates() {
        List<EventMention> found = events("2025-10-12", "Vietnam and Laos held talks in Hanoi on Friday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(EventKind.MEETING);
        assertThat(List.of(found.get(0).source().get(0).country(), found.get(0).target().get(0).country()))
                .containsExactlyInAnyOrder("VNM", "LAO");
    }

    @Test
    void retellingsInOneArticleAreOneMention() {
        List<EventMention> found = events("2019-06-21",
                "Xi Jinping visited North Korea on Thursday.\nIt was the first time Xi Jinping visited North Korea.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().start()).isEqualTo(LocalDate.of(2019, 6, 20));
    }

    @Test
    void noEventIsDatedAfterItsArticle() {
        List<EventMention> found = events("2019-06-21", "Xi Jinping visited North Korea in 2019.");
        assertThat(found).allSatisfy(m -> assertThat(m.date().end()).isBeforeOrEqualTo(LocalDate.of(2019, 6, 21)));
    }

    @Test
    void evidenceIsTheSentenceAndCarriesTheRule() {
        String text = "Intro line here.\nJapan protested to China over the incident on Monday.";
        EventMention m = events("2020-05-06", text).get(0);
        assertThat(m.evidence().of(text)).isEqualTo("Japan protested to China over the incident on Monday.");
        assertThat(m.provenance().stage()).isEqualTo("events");
        assertThat(m.provenance().rule()).startsWith("protest.");
    }

    @Test
    void wordsInsideQuotationMarksAreNoEvents() {
        assertThat(events("2020-06-17",
                "\u201cPyongyang has stalled its talks with Washington,\u201d said a researcher in Seoul.")).isEmpty();
    }

    @Test
    void theTwoLeadersMeetingIsBetweenThePersonsNamedBefore() {
        List<EventMention> found = events("2019-03-01",
                "Donald Trump flew to Hanoi to see Kim Jong Un.\nThe two leaders held talks on Thursday.");
        assertThat(found).filteredOn(m -> m.kind() == EventKind.MEETING).singleElement().satisfies(m -> {
            assertThat(List.of(m.source().get(0).person(), m.target().get(0).person()))
                    .containsExactlyInAnyOrder("Donald Trump", "Kim Jong Un");
            assertThat(m.date().start()).isEqualTo(LocalDate.of(2019, 2, 28));
        });
    }

    @Test
    void theOneAskedIsTheSubjectOfTheThatClause() {
        assertThat(events("2020-06-05", "Kim Yo Jong demanded that Seoul stop the leaflets on Thursday."))
                .extracting(EventExtractorTest::dyad).containsExactly("request PRK:Kim Yo Jong -> KOR");
    }
}
