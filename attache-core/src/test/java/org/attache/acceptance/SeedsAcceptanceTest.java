package org.attache.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.export.EventJsonl;
import org.attache.ingest.SourceItem;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;
import org.attache.model.Span;
import org.attache.pipeline.IngestReport;
import org.attache.pipeline.Ingester;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import org.attache.store.SqliteEventStore;
import org.attache.testing.Fixtures;
import org.attache.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation's acceptance on the five seed reports, scored by the reference scorer. */
class SeedsAcceptanceTest {
    @TempDir
    Path dir;

    @Test
    void seedsScoreAboveTheFloorAndNoEventRestsOnALinkLine() throws Exception {
        Path articles = Shared.path("corpus/seeds.articles.jsonl");
        Path gold = Shared.path("corpus/seeds.gold.jsonl");
        Path scorer = Shared.path("eval/score.py");
        Path export = dir.resolve("events.jsonl");
        try (EventStore store = SqliteEventStore.open(dir.resolve("seeds.db"))) {
            IngestReport report = new Ingester(Fixtures.pipeline(), store, 2).ingest(List.of(articles),
                    new Ingester.Listener() {
                        @Override
                        public void total(int items) {
                        }

                        @Override
                        public void settled(SourceItem item, Ingester.Outcome outcome) {
                        }
                    });
            assertThat(report.failures()).isEmpty();
            List<EventRecord> records = store.events(EventQuery.all());
            try (Writer w = Files.newBufferedWriter(export)) {
                EventJsonl.write(records, w);
            }
            for (EventRecord r : records) {
                assertThat(r.mentions()).as("evidence of %s", r.id())
                        .anySatisfy(m -> assertThat(inLinkLine(store, m)).isFalse());
            }
        }
        JsonNode score = Scorer.score(scorer, gold, export);
        System.out.println("seeds: " + score);
        assertThat(score.get("f1").asDouble()).isGreaterThanOrEqualTo(0.85);
        // Issue floors: strict F1 (the date right too) 0.7, date accuracy 0.85, person accuracy 0.9.
        assertThat(score.get("strict_f1").asDouble()).isGreaterThanOrEqualTo(0.7);
        assertThat(score.get("date_accuracy").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(score.get("person_accuracy").asDouble()).isGreaterThanOrEqualTo(0.9);
    }

    /** Whether the evidence lies inside a line that starts with a "RELATED" link label. */
    private static boolean inLinkLine(EventStore store, EventMention m) {
        String text = store.article(m.articleKey()).orElseThrow().text();
        int at = 0;
        for (String line : text.split("\n", -1)) {
            Span span = new Span(at, at + line.length());
            if (line.strip().toUpperCase(java.util.Locale.ROOT).startsWith("RELATED") && span.contains(m.evidence())) {
                return true;
            }
            at += line.length() + 1;
        }
        return false;
    }
}
