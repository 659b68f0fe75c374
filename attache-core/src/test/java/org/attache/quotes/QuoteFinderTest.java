package org.attache.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.Document;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.Quote;
import org.attache.testing.Fixtures;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private static Document analyse(String published, String text) {
        return Fixtures.pipeline().analyse(Fixtures.article("q", published, text));
    }

    private static List<Quote> quotes(String published, String text) {
        return analyse(published, text).quotes();
    }

    /** "direct|indirect speaker: text", the speaker as country:person or "-" when unresolved. */
    private static String show(Quote q) {
        String speaker = q.speaker() == null ? "-" : q.speaker().toString();
        return (q.direct() ? "direct " : "indirect ") + speaker + ": " + q.text();
    }

    @Test
    void aDirectQuoteWithItsSpeakerAfterIt() {
        List<Quote> found = quotes("2019-04-01",
                "\u201cWe will never give up our deterrent,\u201d Kim Jong Un said on Monday.");
        assertThat(found).extracting(QuoteFinderTest::show)
                .containsExactly("direct PRK:Kim Jong Un: We will never give up our deterrent");
        Quote q = found.get(0);
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.span().of(Fixtures.article("q", null, "\u201cWe will never give up our deterrent,\u201d Kim "
                + "Jong Un said on Monday.").text())).isEqualTo(q.text());
        assertThat(q.provenance().stage()).isEqualTo("quotes");
    }

    @Test
    void aDirectQuoteWithTheVerbBeforeItsSpeakerAndStraightMarks() {
        assertThat(quotes("2019-04-01", "\"The door to dialogue remains open,\" said Wang Yi."))
                .extracting(QuoteFinderTest::show)
                .containsExactly("direct CHN:Wang Yi: The door to dialogue remains open");
    }

    @Test
    void aDirectQuoteAfterItsAttribution() {
        assertThat(quotes("2019-04-01", "Xi Jinping told the banquet guests: \u201cOur friendship cannot be broken.\u201d"))
                .extracting(QuoteFinderTest::show)
                .containsExactly("direct CHN:Xi Jinping: Our friendship cannot be broken.");
    }

    @Test
    void aQuoteOfSeveralSentencesIsOneQuote() {
        assertThat(quotes("2021-05-10",
                "\u201cThe sanctions are illegal. They will fail,\u201d the North Korean foreign minister said."))
                .extracting(QuoteFinderTest::show)
                .containsExactly("direct PRK:Ri Son Gwon: The sanctions are illegal. They will fail");
    }

    @Test
    void aQuoteGoesOnAfterItsAttributionAndIntoTheNextParagraph() {
        List<Quote> found = quotes("2019-04-01",
                "\u201cWe have no wish for war,\u201d Kim Jong Un said. \u201cBut we will answer any provocation.\n"
                + "\u201cOur patience has limits.\u201d");
        assertThat(found).extracting(QuoteFinderTest::show).containsExactly(
                "direct PRK:Kim Jong Un: We have no wish for war",
                "direct PRK:Kim Jong Un: But we will answer any provocation.",
                "direct PRK:Kim Jong Un: Our patience has limits.");
        assertThat(found).extracting(q -> q.provenance().rule())
                .containsExactly("direct-speaker-cue", "direct-continued", "direct-continued");
    }

    @Test
    void aPronounSpeakerIsThePersonNamedBeforeTheQuoteNotInIt() {
        List<Quote> found = quotes("2018-09-20",
                "Moon Jae-in arrived in Pyongyang on Tuesday.\n"
                + "\u201cKim Jong Un is a partner for peace,\u201d he said.");
        assertThat(found).extracting(QuoteFinderTest::show)
                .containsExactly("direct KOR:Moon Jae-in: Kim Jong Un is a partner for peace");
    }

    @Test
    void aPronounAfterAQuoteTakesUpItsSpeakerEvenWhenUnresolved() {
        List<Quote> found = quotes("2019-04-01", "Kim Jong Un spoke first.\n"
                + "\u201cThe summit was a failure,\u201d Park Min-ji, an analyst in Seoul, said.\n"
                + "\u201cBoth sides misjudged it,\u201d she added.\n"
                + "\u201cWe will stay the course,\u201d Moon Jae-in said. \u201cPeace comes first,\u201d he added.");
        assertThat(found).extracting(QuoteFinderTest::show).containsExactly(
                "direct -: The summit was a failure",
                "direct -: Both sides misjudged it",
                "direct KOR:Moon Jae-in: We will stay the course",
                "direct KOR:Moon Jae-in: Peace comes first");
    }

    @Test
    void wordsReportedAfterAParticipleEndBeforeAClosingAttribution() {
        assertThat(quotes("2019-04-01", "Xi Jinping met Kim Jong Un in Beijing, saying the ties were strong, "
                + "Chinese state television said on Tuesday."))
                .extracting(QuoteFinderTest::show).contains("indirect CHN:Xi Jinping: the ties were strong");
    }

    @Test
    void aPronounWithNoNamedPersonNearbyIsUnresolved() {
        List<Quote> found = quotes("2019-04-01", "Vladimir Putin opened the forum.\n"
                + "The hall was full. Delegates arrived from twelve countries. Most stayed for a week.\n"
                + "\u201cThe camp was cold,\u201d she said.");
        assertThat(found).extracting(QuoteFinderTest::show).containsExactly("direct -: The camp was cold");
    }

    @Test
    void aQuoteEndingInAStopIsNotAttributedToTheNextSentence() {
        assertThat(quotes("2019-04-01",
                "The banner read \u201cThe war is over.\u201d On Monday, Kim Jong Un said nothing of it.")).isEmpty();
    }

    @Test
    void wordsQuotedLaterInTheParagraphDoNotGoOnFromAQuoteButHaveTheirOwnClause() {
        List<Quote> found = quotes("2019-04-01", "\u201cWe will talk,\u201d Moon Jae-in said. "
                + "He later called the plan \u201cvery bold\u201d in an interview.");
        assertThat(found).extracting(QuoteFinderTest::show)
                .containsExactly("direct KOR:Moon Jae-in: We will talk", "direct KOR:Moon Jae-in: very bold");
        assertThat(found.get(1).provenance().rule()).isEqualTo("direct-partial");
    }

    @Test
    void wordsQuotedInAClauseAreItsSubjectsNotAnAdjunctsOrAPossessors() {
        assertThat(quotes("2021-03-23", "According to state media, Xi Jinping in a message to Kim Jong Un "
                + "described the ties as a \u201cshared treasure\u201d of both peoples."))
                .filteredOn(Quote::direct).extracting(QuoteFinderTest::show)
                .containsExactly("direct CHN:Xi Jinping: shared treasure");
        assertThat(quotes("2021-03-23", "North Korea's news agency said Kim Jong Un called for closer "
                + "\u201cstrategic communication\u201d with Beijing."))
                .filteredOn(Quote::direct).extracting(QuoteFinderTest::show)
                .containsExactly("direct PRK:Kim Jong Un: strategic communication");
    }

    @Test
    void wordsQuotedAfterAParticipleAreTheSentenceSubjects() {
        assertThat(quotes("2021-03-23", "North Korea rejected the offer from the United States, saying "
                + "Washington must first drop its \u201chostile policy\u201d."))
                .filteredOn(Quote::direct).extracting(QuoteFinderTest::show)
                .containsExactly("direct PRK: hostile policy");
    }

    @Test
    void wordsQuotedInsideReportedWordsAreAPartOfThemNotTheirAttribution() {
        assertThat(quotes("2019-04-01", "Wang Yi told reporters the draft, \u201ca complete text,\u201d was ready."))
                .filteredOn(Quote::direct).extracting(q -> q.provenance().rule()).containsExactly("direct-partial");
        assertThat(quotes("2019-04-01", "Wang Yi said, \u201cThe draft is ready.\u201d"))
                .extracting(QuoteFinderTest::show).containsExactly("direct CHN:Wang Yi: The draft is ready.");
    }

    @Test
    void aSpeakerBeforeTheVerbIsNotTheAttributionOfALongerClause() {
        assertThat(quotes("2019-04-01", "Xi Jinping, responding to the report, said for the first time "
                + "that the plan had failed.")).extracting(QuoteFinderTest::show)
                .containsExactly("indirect CHN:Xi Jinping: the plan had failed");
        assertThat(quotes("2019-04-01", "Seoul will host the talks in May, said Moon Jae-in."))
                .extracting(QuoteFinderTest::show)
                .containsExactly("indirect KOR:Moon Jae-in: Seoul will host the talks in May");
    }

    @Test
    void wordsReportedAfterThat() {
        List<Quote> found = quotes("2018-06-01",
                "South Korean President Moon Jae-in said on Friday that the talks had been productive.");
        assertThat(found).extracting(QuoteFinderTest::show)
                .containsExactly("indirect KOR:Moon Jae-in: the talks had been productive");
        assertThat(found.get(0).provenance().rule()).isEqualTo("indirect-that");
    }

    @Test
    void wordsReportedWithoutThatAndWithOtherVerbs() {
        assertThat(quotes("2018-06-01", "Vladimir Putin said the sanctions had failed.\n"
                + "Xi Jinping stressed that both sides must show restraint.\n"
                + "Kim Jong Un did not say whether he would attend."))
                .extracting(QuoteFinderTest::show).containsExactly(
                        "indirect RUS:Vladimir Putin: the sanctions had failed",
                        "indirect CHN:Xi Jinping: both sides must show restraint");
    }

    @Test
    void wordsReportedBeforeAClosingAttribution() {
        List<Quote> found = quotes("2022-03-25",
                "North Korea fired a ballistic missile into the sea on Thursday, Japan's defence ministry said.");
        assertThat(found).extracting(QuoteFinderTest::show).containsExactly(
                "indirect JPN: North Korea fired a ballistic missile into the sea on Thursday");
    }

    @Test
    void accordingToNamesTheSpeaker() {
        assertThat(quotes("2023-08-01", "According to the Kremlin, Vladimir Putin will travel to Beijing in October.\n"
                + "The two leaders spoke for an hour, according to Beijing."))
                .extracting(QuoteFinderTest::show).containsExactly(
                        "indirect RUS: Vladimir Putin will travel to Beijing in October",
                        "indirect CHN: The two leaders spoke for an hour");
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        assertThat(quotes("2019-04-01", "Seoul\u2019s negotiators didn\u2019t comment on Pyongyang\u2019s offer.\n"
                + "The envoys' talks in the '90s weren't public.")).isEmpty();
    }

    @Test
    void quotedWordsWithoutACueAreNotQuotes() {
        assertThat(quotes("2019-04-01", "The so-called \u201cmaximum pressure\u201d campaign continued.")).isEmpty();
        assertThat(quotes("2019-04-01", "Appearing on \"Face the Nation,\" the senator said on Sunday.")).isEmpty();
    }

    @Test
    void aQuoteWithNoActorForItsSpeakerHasNone() {
        List<Quote> found = quotes("2019-04-01", "\u201cWe are watching closely,\u201d a source said.\n"
                + "Analysts said the launch showed real progress.\n"
                + "The envoy denied the Iran report that he told Japan that the deal was off.");
        assertThat(found).extracting(QuoteFinderTest::show).containsExactly(
                "direct -: We are watching closely", "indirect -: the launch showed real progress",
                "indirect -: the deal was off");
    }

    @Test
    void aQuoteBelongsToTheMessageItWasWrittenIn() {
        Document document = analyse("2019-06-21", "Xi Jinping sent a message to Kim Jong Un on Thursday.\n"
                + "Talks on trade continued in Geneva.\n"
                + "Xi said in the message that the two countries would stay close.");
        EventMention message = document.events().stream().filter(e -> e.kind() == EventKind.MESSAGE)
                .findFirst().orElseThrow();
        assertThat(document.quotes()).hasSize(1);
        assertThat(document.quotes().get(0).eventId()).isEqualTo(message.id());
    }

    @Test
    void aQuoteBelongsToTheEventOfItsSentence() {
        Document document = analyse("2018-04-28",
                "Kim Jong Un met Moon Jae-in in Panmunjom on Friday, saying the meeting marked a new start.");
        EventMention meeting = document.events().stream().filter(e -> e.kind() == EventKind.MEETING)
                .findFirst().orElseThrow();
        assertThat(document.quotes()).extracting(QuoteFinderTest::show)
                .containsExactly("indirect PRK:Kim Jong Un: the meeting marked a new start");
        assertThat(document.quotes().get(0).eventId()).isEqualTo(meeting.id());
    }

    @Test
    void aQuoteBelongsToTheEventItsSentenceNamesWhenTheArticleTellsItElsewhere() {
        Document document = analyse("2019-06-21", "Xi Jinping sent a message to Kim Jong Un, saying the ties were strong.\n"
                + "Xi Jinping sent the message to Kim Jong Un on Thursday.");
        EventMention message = document.events().stream().filter(e -> e.kind() == EventKind.MESSAGE)
                .findFirst().orElseThrow();
        Quote quote = document.quotes().get(0);
        assertThat(message.evidence().overlaps(quote.span())).isFalse();
        assertThat(quote.eventId()).isEqualTo(message.id());
    }

    @Test
    void aQuoteWithNoEventBelongsToNone() {
        assertThat(quotes("2019-04-01", "Vladimir Putin said the weather was fine."))
                .extracting(Quote::eventId).containsExactly((String) null);
    }
}
