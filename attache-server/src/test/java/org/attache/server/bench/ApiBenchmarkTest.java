package org.attache.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.attache.model.EventRecord;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import org.attache.store.SqliteEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void generatesAStoreOnceAndReportsTimelineLatency() {
        StringWriter out = new StringWriter();
        ApiBenchmark.Result first = ApiBenchmark.run(dir.resolve("bench.db").toString(), 2_000, 5, 40, new PrintWriter(out));
        ApiBenchmark.Result again = ApiBenchmark.run(dir.resolve("bench.db").toString(), 9_999, 0, 10, new PrintWriter(out));

        assertThat(first.events()).isEqualTo(2_000);
        assertThat(again.events()).isEqualTo(2_000);
        assertThat(first.p50()).isPositive().isLessThanOrEqualTo(first.p95());
        assertThat(first.p95()).isLessThanOrEqualTo(first.p99()).isLessThanOrEqualTo(first.max());
        assertThat(out.toString()).contains("generating 2,000 records", "using the 2,000 records", "p95");
    }

    @Test
    void generatedEvidenceSpansLieInTheirArticles() {
        try (EventStore store = SqliteEventStore.open(dir.resolve("small.db"))) {
            SyntheticRecords.fill(store, 50, 1);
            List<EventRecord> records = store.events(EventQuery.all());
            assertThat(records).hasSize(50);
            records.forEach(r -> r.mentions().forEach(m -> {
                String text = store.article(m.articleKey()).orElseThrow().text();
                assertThat(m.evidence().of(text)).endsWith(r.date().start() + ".");
            }));
        }
    }
}
