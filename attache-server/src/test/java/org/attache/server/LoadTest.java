package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.pipeline.IngestReport;
import org.attache.store.EventQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load on loopback: 2,000 API requests from 8 client threads while an ingest stores more articles
 * and relinks the records. Every answer must be a 200, and every answer must show one state of the store:
 * a listing holds exactly its total, counts are those before or after the ingest, never between.
 */
class LoadTest {
    private static final int THREADS = 8;
    private static final int REQUESTS = 2_000;
    private static final List<String> ROUTES = List.of("/api/events?limit=1000", "/api/timeline?dyad=PRK,CHN&by=week",
            "/api/actors", "/api/articles?limit=100", "/api/search?q=kim", "/api/article?key=xi-visit",
            "/api/events?actor=PRK&limit=1000", "/api/timeline?by=day");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void concurrentReadsDuringAnIngestAllSucceedAndAreConsistent() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir)) {
            long eventsBefore = fixture.store.events(EventQuery.all(), 0, 0).total();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            Set<Long> totals = ConcurrentHashMap.newKeySet();
            AtomicInteger next = new AtomicInteger();
            AtomicInteger duringIngest = new AtomicInteger();
            CountDownLatch ingesting = new CountDownLatch(1);
            boolean[] ingestDone = {false};
            ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
            try {
                Future<IngestReport> ingest = pool.submit(() -> {
                    ingesting.countDown();
                    try {
                        return Corpus.ingest(fixture.store, fixture.index, dir.resolve("more"), "more", Corpus.MORE);
                    } finally {
                        synchronized (ingestDone) {
                            ingestDone[0] = true;
                        }
                    }
                });
                ingesting.await();
                List<Future<?>> clients = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    clients.add(pool.submit(() -> {
                        long lastArticles = 0;
                        for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                            String route = ROUTES.get(i % ROUTES.size());
                            ServerFixture.Answer answer = fixture.get(route);
                            synchronized (ingestDone) {
                                if (!ingestDone[0]) {
                                    duringIngest.incrementAndGet();
                                }
                            }
                            if (answer.status() != 200) {
                                problems.add(route + " -> " + answer.status() + " " + answer.json());
                                continue;
                            }
                            JsonNode json = answer.json();
                            if (route.equals(ROUTES.get(0))) {
                                totals.add(json.get("total").asLong());
                            }
                            if (route.startsWith("/api/events")) {
                                if (json.get("events").size() != json.get("total").asInt()) {
                                    problems.add(route + ": " + json.get("events").size() + " events of total "
                                            + json.get("total"));
                                }
                            } else if (route.startsWith("/api/articles")) {
                                long articles = json.get("total").asLong();
                                if (articles < lastArticles || articles != json.get("articles").size()) {
                                    problems.add(route + ": " + articles + " articles after " + lastArticles);
                                }
                                lastArticles = articles;
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> client : clients) {
                    client.get();
                }
                IngestReport report = ingest.get();
                assertThat(report.ingested()).isEqualTo(Corpus.MORE.size());
            } finally {
                pool.shutdownNow();
            }

            assertThat(problems).isEmpty();
            assertThat(next.get()).isGreaterThanOrEqualTo(REQUESTS);
            assertThat(duringIngest.get()).as("requests answered while the ingest ran").isPositive();
            long eventsAfter = fixture.store.events(EventQuery.all(), 0, 0).total();
            assertThat(eventsAfter).isGreaterThan(eventsBefore);
            JsonNode listing = fixture.get("/api/events?limit=1000").json();
            assertThat(listing.get("total").asLong()).isEqualTo(eventsAfter);
            assertThat(fixture.get("/api/search?q=dalian&type=article").json().get("total").asInt()).isEqualTo(1);
            assertThat(totals).as("record counts seen by clients").isSubsetOf(eventsBefore, eventsAfter);
        }
    }
}
