package org.attache.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.attache.link.story.SourceGroup;
import org.attache.link.story.Story;
import org.attache.model.Actor;
import org.attache.model.Coding;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;
import org.attache.model.Provenance;
import org.attache.model.Span;
import org.junit.jupiter.api.Test;

class EventLinkerTest {
    private static final Actor XI = new Actor("CHN", "Xi Jinping", null);
    private static final Actor KIM = new Actor("PRK", "Kim Jong Un", null);

    private static EventMention mention(String id, String article, EventKind kind, Actor source, Actor target,
            DateInterval date) {
        return new EventMention(id, article, kind, new Coding("CONSULT", null, "040"), List.of(source),
                List.of(target), date, new Span(0, 10), 0.8, null, Provenance.of("events", "test"));
    }

    private static DateInterval day(String iso) {
        return DateInterval.day(LocalDate.parse(iso), DateBasis.EXPLICIT);
    }

    @Test
    void reportsOfOneEventInSeveralArticlesBecomeOneRecord() {
        List<EventRecord> records = EventLinker.link(List.of(
                mention("m1", "a1", EventKind.VISIT, XI, KIM, day("2019-06-20")),
                mention("m2", "a2", EventKind.VISIT, XI, Actor.state("PRK"), day("2019-06-21")),
                mention("m3", "a3", EventKind.VISIT, Actor.state("CHN"), KIM, day("2019-06-20"))));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).mentions()).extracting(EventMention::articleKey).containsExactly("a1", "a2", "a3");
        assertThat(records.get(0).source()).containsExactly(XI);
    }

    @Test
    void theSameKindOnAnotherOccasionStaysApart() {
        List<EventRecord> records = EventLinker.link(List.of(
                mention("m1", "a1", EventKind.MESSAGE, XI, KIM, day("2017-11-01")),
                mention("m2", "a2", EventKind.MESSAGE, XI, KIM, day("2021-03-22"))));
        assertThat(records).hasSize(2);
    }

    @Test
    void aMeetingMatchesInEitherDirection() {
        List<EventRecord> records = EventLinker.link(List.of(
                mention("m1", "a1", EventKind.MEETING, XI, KIM, day("2018-03-26")),
                mention("m2", "a2", EventKind.MEETING, KIM, XI, day("2018-03-26"))));
        assertThat(records).hasSize(1);
    }

    @Test
    void undatedMentionsAreNotMergedOnAGuess() {
        List<EventRecord> records = EventLinker.link(List.of(
                mention("m1", "a1", EventKind.MESSAGE, XI, KIM, DateInterval.unknown()),
                mention("m2", "a2", EventKind.MESSAGE, XI, KIM, DateInterval.unknown())));
        assertThat(records).hasSize(2);
    }

    @Test
    void ingestOrderDoesNotChangeTheRecordsAndNoMentionIsLost() {
        List<EventMention> mentions = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String date = "2019-0" + (1 + i % 3) + "-1" + (i % 2);
            mentions.add(mention("m" + i, "a" + i, i % 2 == 0 ? EventKind.MESSAGE : EventKind.MEETING,
                    i % 3 == 0 ? XI : KIM, i % 3 == 0 ? KIM : XI, day(date)));
        }
        List<EventRecord> expected = EventLinker.link(mentions);
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            List<EventMention> shuffled = new ArrayList<>(mentions);
            Collections.shuffle(shuffled, random);
            assertThat(EventLinker.link(shuffled)).isEqualTo(expected);
        }
        assertThat(expected.stream().mapToInt(r -> r.mentions().size()).sum()).isEqualTo(mentions.size());
    }

    @Test
    void aReplyPointsAtTheRecordOfTheMessageItAnswers() {
        EventMention message = mention("m1", "a1", EventKind.MESSAGE, KIM, XI, day("2017-10-25"));
        EventMention reply = mention("m2", "a1", EventKind.MESSAGE, XI, KIM, day("2017-11-01")).withInReplyTo("m1");
        List<EventRecord> records = EventLinker.link(List.of(message, reply));
        EventRecord answered = records.stream().filter(r -> r.source().equals(List.of(KIM))).findFirst().orElseThrow();
        EventRecord replying = records.stream().filter(r -> r.source().equals(List.of(XI))).findFirst().orElseThrow();
        assertThat(replying.inReplyTo()).isEqualTo(answered.id());
    }

    private static DateInterval month(String isoMonth) {
        return DateInterval.month(java.time.YearMonth.parse(isoMonth), DateBasis.EXPLICIT);
    }

    @Test
    void aVaguelyDatedReportJoinsTheOneRecordItFits() {
        List<EventRecord> records = EventLinker.link(List.of(
                mention("m1", "a1", EventKind.VISIT, KIM, Actor.state("CHN"), day("2018-03-26")),
                mention("m2", "a2", EventKind.VISIT, KIM, Actor.state("CHN"), month("2018-03")),
                mention("m3", "a3", EventKind.VISIT, KIM, Actor.state("CHN"), day("2018-06-19"))));
        assertThat(records).hasSize(2);
        EventRecord march = records.stream().filter(r -> r.date().start().getMonthValue() == 3).findFirst()
                .orElseThrow();
        assertThat(march.mentions()).extracting(EventMention::articleKey).containsExactly("a1", "a2");
        assertThat(march.date()).isEqualTo(day("2018-03-26"));
    }

    @Test
    void aVaguelyDatedReportThatFitsTwoRecordsStaysApart() {
        List<EventRecord> records = EventLinker.link(List.of(
                mention("m1", "a1", EventKind.VISIT, KIM, Actor.state("CHN"), day("2018-03-26")),
                mention("m2", "a2", EventKind.VISIT, KIM, Actor.state("CHN"), day("2018-06-19")),
                mention("m3", "a3", EventKind.VISIT, KIM, Actor.state("CHN"), DateInterval.year(2018, DateBasis.EXPLICIT))));
        assertThat(records).hasSize(3);
    }

    /** Stories given as lists of article keys, each article its own source unless a group names it. */
    private static ArticleGroups stories(List<List<String>> stories, List<List<String>> sharedSources) {
        List<Story> out = new ArrayList<>();
        for (List<String> keys : stories) {
            List<SourceGroup> sources = new ArrayList<>();
            for (String key : keys) {
                List<String> shared = sharedSources.stream().filter(g -> g.contains(key)).findFirst()
                        .orElse(List.of(key));
                if (shared.get(0).equals(key)) {
                    sources.add(new SourceGroup("source-" + key, shared));
                }
            }
            out.add(new Story("story-" + keys.get(0), keys, sources));
        }
        return ArticleGroups.of(out);
    }

    @Test
    void anUndatedReportJoinsTheRecordItsStoryDatesAndTakesItsDateAsLinked() {
        EventMention dated = mention("m1", "a1", EventKind.MEETING, Actor.state("USA"), KIM, day("2018-06-12"));
        EventMention undated = mention("m2", "a2", EventKind.MEETING, KIM, Actor.state("USA"),
                DateInterval.unknown());
        List<EventRecord> records = EventLinker.link(List.of(dated, undated),
                stories(List.of(List.of("a1", "a2")), List.of()));
        assertThat(records).hasSize(1);
        EventRecord record = records.get(0);
        assertThat(record.date()).isEqualTo(day("2018-06-12"));
        assertThat(record.mentions()).extracting(EventMention::id).containsExactly("m1", "m2");
        assertThat(record.mentions().get(1).date())
                .isEqualTo(DateInterval.day(LocalDate.parse("2018-06-12"), DateBasis.LINKED));
        assertThat(record.mentions().get(0).date()).isEqualTo(day("2018-06-12"));
    }

    @Test
    void anUndatedReportOfARecurringEventInAnUnrelatedStoryStaysAlone() {
        List<EventRecord> records = EventLinker.link(List.of(
                mention("m1", "a1", EventKind.MESSAGE, KIM, XI, day("2019-01-01")),
                mention("m2", "a2", EventKind.MESSAGE, KIM, XI, DateInterval.unknown())),
                stories(List.of(List.of("a1"), List.of("a2")), List.of()));
        assertThat(records).hasSize(2);
        assertThat(records).allSatisfy(r -> assertThat(r.mentions()).hasSize(1));
    }

    @Test
    void anUndatedReportThatItsStoryTiesToTwoRecordsStaysAlone() {
        List<EventRecord> records = EventLinker.link(List.of(
                mention("m1", "a1", EventKind.MESSAGE, KIM, XI, day("2017-10-25")),
                mention("m2", "a2", EventKind.MESSAGE, KIM, XI, day("2021-03-22")),
                mention("m3", "a3", EventKind.MESSAGE, KIM, XI, DateInterval.unknown())),
                stories(List.of(List.of("a1", "a2", "a3")), List.of()));
        assertThat(records).hasSize(3);
        assertThat(records).noneSatisfy(r -> assertThat(r.date().basis()).isEqualTo(DateBasis.LINKED));
    }

    @Test
    void aRecordCountsAReprintAndItsOriginalAsOneSource() {
        List<EventRecord> records = EventLinker.link(List.of(
                mention("m1", "wire", EventKind.VISIT, XI, KIM, day("2019-06-20")),
                mention("m2", "reprint", EventKind.VISIT, XI, KIM, day("2019-06-20")),
                mention("m3", "own", EventKind.VISIT, XI, KIM, day("2019-06-20"))),
                stories(List.of(List.of("own", "reprint", "wire")), List.of(List.of("reprint", "wire"))));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.articleCount()).isEqualTo(3);
            assertThat(r.sources()).isEqualTo(2);
        });
    }

    @Test
    void withStoriesNoMentionIsLostAndOrderChangesNothing() {
        List<EventMention> mentions = new ArrayList<>();
        List<String> story = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            DateInterval date = i % 4 == 0 ? DateInterval.unknown() : day("2019-0" + (1 + i % 3) + "-10");
            mentions.add(mention("m" + i, "a" + i, i % 2 == 0 ? EventKind.MESSAGE : EventKind.MEETING, KIM, XI,
                    date));
            story.add("a" + i);
        }
        ArticleGroups groups = stories(List.of(story), List.of());
        List<EventRecord> expected = EventLinker.link(mentions, groups);
        Random random = new Random(11);
        for (int round = 0; round < 5; round++) {
            List<EventMention> shuffled = new ArrayList<>(mentions);
            Collections.shuffle(shuffled, random);
            assertThat(EventLinker.link(shuffled, groups)).isEqualTo(expected);
        }
        assertThat(expected.stream().flatMap(r -> r.mentions().stream()).map(EventMention::id).sorted())
                .containsExactlyInAnyOrderElementsOf(mentions.stream().map(EventMention::id).toList());
    }
}
