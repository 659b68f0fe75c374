package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.export.EventJsonlTestAccess;
import org.attache.ingest.SourceItem;
import org.attache.model.EventRecord;
import org.attache.model.EventMention;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import org.attache.store.SqliteEventStore;
import org.attache.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
    private static final Ingester.Listener QUIET = new Ingester.Listener() {
        @Override
        public void total(int items) {
        }

        @Override
        public void settled(SourceItem item, Ingester.Outcome outcome) {
        }
    };

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path articles = dir.resolve("in");
        Files.createDirectories(articles);
        Files.writeString(articles.resolve("visit.txt"),
                "Chinese President Xi Jinping visited North Korea on June 20, 2019, and met Kim Jong Un.\n");
        Files.writeString(articles.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": \"call-1\", \"published\": \"2021-11-17\", \"text\": \"Joe Biden held a video call with "
                        + "Xi Jinping on Monday.\"}",
                "this line is not JSON",
                "{\"id\": \"sanction-1\", \"published\": \"2017-12-23\", \"text\": \"The UN Security Council "
                        + "imposed new sanctions on North Korea on Friday.\"}"));
        Files.writeString(articles.resolve("empty.txt"), "");
        Files.write(articles.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        return articles;
    }

    private IngestReport ingest(EventStore store, Path path) {
        return new Ingester(Fixtures.pipeline(), store, 2).ingest(List.of(path), QUIET);
    }

    @Test
    void badItemsAreReportedWithFileLineAndReasonAndTheRestIsStored() throws IOException {
        Path in = corpus();
        try (EventStore store = SqliteEventStore.open(dir.resolve("a.db"))) {
            IngestReport report = ingest(store, in);
            assertThat(report.ingested()).isEqualTo(3);
            assertThat(report.failures()).extracting(f -> f.location().file().getFileName().toString(),
                    f -> f.location().line()).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("feed.jsonl", 2),
                    org.assertj.core.groups.Tuple.tuple("empty.txt", 0),
                    org.assertj.core.groups.Tuple.tuple("binary.txt", 0));
            assertThat(report.failures()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
            assertThat(store.articleCount()).isEqualTo(3);
            assertThat(store.article("call-1")).isPresent();
            assertThat(store.article("sanction-1")).isPresent();
            assertThat(store.article("visit")).isPresent();
        }
    }

    @Test
    void ingestingTheSameInputTwiceLeavesTheStoreUnchanged() throws IOException {
        Path in = corpus();
        try (EventStore store = SqliteEventStore.open(dir.resolve("a.db"))) {
            ingest(store, in);
            List<EventRecord> before = store.events(EventQuery.all());
            List<EventMention> mentionsBefore = store.allMentions();
            IngestReport again = ingest(store, in);
            assertThat(again.ingested()).isZero();
            assertThat(again.unchanged()).isEqualTo(3);
            assertThat(store.events(EventQuery.all())).isEqualTo(before);
            assertThat(store.allMentions()).isEqualTo(mentionsBefore);
            assertThat(before).isNotEmpty();
        }
    }

    @Test
    void theReportCountsTheSentencesAnalysedAndThoseTheDeepPassParsed() throws IOException {
        Path in = Files.createDirectories(dir.resolve("cascade"));
        Files.writeString(in.resolve("a.txt"), "Kim Jong Un called for stronger \u201cunity\u201d with China. "
                + "Kim Jong Un met Xi Jinping in Beijing. The weather was cold.");
        try (EventStore store = SqliteEventStore.open(dir.resolve("c.db"))) {
            IngestReport report = ingest(store, in);
            assertThat(report.cascade()).isEqualTo(new IngestReport.Cascade(3, 1));
            assertThat(report.cascade().share()).isCloseTo(1 / 3.0, offset(1e-9));
        }
    }

    @Test
    void theSameArticlesInAnotherOrderGiveTheSameRecords() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Files.createDirectories(first);
        Files.createDirectories(second);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // Each report words it its own way: the same text under two keys would be one article, a duplicate.
            lines.add("{\"id\": \"a" + i + "\", \"published\": \"2019-06-2" + (i % 2 + 1) + "\", \"text\": \""
                    + "Xi Jinping visited Pyongyang on June 20 and held talks with Kim Jong Un. Report " + i + ".\"}");
        }
        Files.writeString(first.resolve("x.jsonl"), String.join("\n", lines));
        java.util.Collections.reverse(lines);
        Files.writeString(second.resolve("x.jsonl"), String.join("\n", lines));
        try (EventStore a = SqliteEventStore.open(dir.resolve("a.db"));
                EventStore b = SqliteEventStore.open(dir.resolve("b.db"))) {
            ingest(a, first);
            ingest(b, second);
            assertThat(EventJsonlTestAccess.lines(a)).isEqualTo(EventJsonlTestAccess.lines(b));
            assertThat(a.events(EventQuery.all())).allSatisfy(r -> assertThat(r.articleCount()).isEqualTo(6));
        }
    }

    @Test
    void textFilesAreStoredVerbatimSoEvidenceOffsetsHold() throws IOException {
        Path in = corpus();
        try (EventStore store = SqliteEventStore.open(dir.resolve("a.db"))) {
            ingest(store, in);
            String text = Files.readString(in.resolve("visit.txt"), StandardCharsets.UTF_8);
            assertThat(store.article("visit").orElseThrow().text()).isEqualTo(text);
            for (EventRecord r : store.events(EventQuery.all())) {
                for (EventMention m : r.mentions()) {
                    String stored = store.article(m.articleKey()).orElseThrow().text();
                    assertThat(m.evidence().end()).isLessThanOrEqualTo(stored.length());
                }
            }
        }
    }

    @Test
    void aPageIsAnalysedOnItsExtractedTextAndEvidencePointsIntoIt() throws IOException {
        Path page = dir.resolve("visit.html");
        Files.writeString(page, """
                <html><head><title>Xi in Pyongyang | Example News</title>
                <meta property="article:published_time" content="2019-06-20T18:00:00+08:00"></head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Xi in Pyongyang</h1>
                <p>Chinese President Xi Jinping visited North Korea on Thursday, the first such trip in 14 years.</p>
                <figure><figcaption>Kim Jong Un met Xi Jinping at the airport. Photo: agency</figcaption></figure>
                <aside class="related"><a href="/x">Kim Jong Un met Moon Jae-in in Panmunjom</a></aside>
                <p>Xi held talks with Kim Jong Un in Pyongyang later that day, state media said.</p></article>
                <section id="comments"><p>Kim Jong Un met Donald Trump, one reader wrote.</p></section>
                </body></html>""");
        try (EventStore store = SqliteEventStore.open(dir.resolve("a.db"))) {
            IngestReport report = ingest(store, page);

            assertThat(report.ingested()).isEqualTo(1);
            String text = store.article("visit").orElseThrow().text();
            assertThat(text).isEqualTo("Chinese President Xi Jinping visited North Korea on Thursday, the first such "
                    + "trip in 14 years.\n\nXi held talks with Kim Jong Un in Pyongyang later that day, state media "
                    + "said.");
            List<EventMention> mentions = store.allMentions();
            assertThat(mentions).isNotEmpty().allSatisfy(m -> {
                assertThat(m.evidence().end()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(m.evidence().start(), m.evidence().end())).doesNotContain("Moon", "Trump");
            });
            assertThat(store.events(EventQuery.all())).anySatisfy(r ->
                    assertThat(r.date().start()).isEqualTo(LocalDate.of(2019, 6, 20)));
        }
    }

    /** Made-up reports: one summit told by a wire, its reprint and another outlet; the same kind a year later. */
    private static final List<String> SUMMIT_NEWS = List.of(
            "{\"id\": \"wire\", \"published\": \"2018-04-27\", \"title\": \"Leaders of the two Koreas meet\", "
                    + "\"text\": \"South Korean President Moon Jae-in met North Korean leader Kim Jong Un at "
                    + "Panmunjom on Friday. The two leaders held talks for two hours in the Peace House and promised "
                    + "to meet again in the autumn in Pyongyang.\"}",
            "{\"id\": \"reprint\", \"published\": \"2018-04-28\", \"title\": \"Moon and Kim hold talks\", "
                    + "\"text\": \"South Korean President Moon Jae-in met North Korean leader Kim Jong Un at "
                    + "Panmunjom on Friday. The two leaders held talks for two hours in the Peace House and promised "
                    + "to meet again in the autumn in Pyongyang, officials said.\"}",
            "{\"id\": \"own\", \"published\": \"2018-04-28\", \"title\": \"A handshake at the border\", "
                    + "\"text\": \"Crowds in Seoul watched on giant screens as Kim Jong Un crossed the line at "
                    + "Panmunjom. Moon Jae-in met Kim Jong Un in the Peace House, and the two talked about the "
                    + "autumn visit to Pyongyang.\"}",
            "{\"id\": \"later\", \"published\": \"2019-03-02\", \"title\": \"Talks in Hanoi end early\", "
                    + "\"text\": \"U.S. President Donald Trump met North Korean leader Kim Jong Un in Hanoi on "
                    + "Thursday, but the talks ended without a deal.\"}");

    @Test
    void shuffledIngestOrderGivesTheSameRecordsAndStories() throws IOException {
        List<String> lines = new ArrayList<>(SUMMIT_NEWS);
        List<List<EventRecord>> records = new ArrayList<>();
        List<Object> stories = new ArrayList<>();
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 3; round++) {
            java.util.Collections.shuffle(lines, random);
            Path file = dir.resolve("news-" + round + ".jsonl");
            Files.write(file, lines, StandardCharsets.UTF_8);
            try (EventStore store = SqliteEventStore.open(dir.resolve("order-" + round + ".db"))) {
                // two batches, so that the second relinks over what the first stored
                Path first = dir.resolve("first-" + round + ".jsonl");
                Files.write(first, lines.subList(0, 2), StandardCharsets.UTF_8);
                ingest(store, first);
                ingest(store, file);
                records.add(store.events(EventQuery.all()));
                stories.add(store.stories(0, 100));
            }
        }
        assertThat(records.get(0)).isNotEmpty();
        assertThat(records).allSatisfy(r -> assertThat(r).isEqualTo(records.get(0)));
        assertThat(stories).allSatisfy(s -> assertThat(s).isEqualTo(stories.get(0)));
        org.attache.store.Page<?> page = (org.attache.store.Page<?>) stories.get(0);
        assertThat(page.total()).isEqualTo(2);
        assertThat(records.get(0)).anySatisfy(r -> {
            assertThat(r.articleCount()).isEqualTo(3);
            assertThat(r.sources()).isEqualTo(2);
        });
    }
}
