package org.attache.server.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.attache.search.SearchIndex;
import org.attache.server.AttacheServer;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import org.attache.store.EventStores;

/**
 * The latency of {@code /api/timeline} for random dyads and granularities, over HTTP on loopback, against a
 * store of generated records: made when the store is empty, reused when it already holds records.
 */
public final class ApiBenchmark {
    private static final List<String> GRANULARITIES = List.of("day", "week", "month");

    /** Latency percentiles in milliseconds over the timed requests. */
    public record Result(long events, int requests, double p50, double p95, double p99, double max) {
    }

    private ApiBenchmark() {
    }

    /**
     * Fills {@code db} with {@code events} generated records if it holds none, then times {@code requests}
     * timeline requests after {@code warmup} untimed ones, printing progress and the result to {@code out}.
     */
    public static Result run(String db, int events, int warmup, int requests, PrintWriter out) {
        try (EventStore store = EventStores.open(db)) {
            long stored = store.events(EventQuery.all(), 0, 0).total();
            if (stored == 0) {
                out.printf("generating %,d records into %s ...%n", events, EventStores.describe(db));
                out.flush();
                long start = System.nanoTime();
                SyntheticRecords.fill(store, events, 42);
                stored = store.events(EventQuery.all(), 0, 0).total();
                out.printf("generated %,d records in %.1f s%n", stored, (System.nanoTime() - start) / 1e9);
            } else {
                out.printf("using the %,d records already in %s%n", stored, EventStores.describe(db));
            }
            Path indexDir = Files.createTempDirectory("attache-bench-index");
            try (SearchIndex index = SearchIndex.open(indexDir);
                 AttacheServer server = AttacheServer.start(store, index, "127.0.0.1", 0)) {
                double[] millis = time(server.port(), warmup, requests);
                Arrays.sort(millis);
                Result result = new Result(stored, requests, percentile(millis, 50), percentile(millis, 95),
                        percentile(millis, 99), millis[millis.length - 1]);
                out.printf("GET /api/timeline?dyad=A,B&by=day|week|month over %,d records, %d requests after %d "
                        + "warm-up: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", result.events(), requests,
                        warmup, result.p50(), result.p95(), result.p99(), result.max());
                out.flush();
                return result;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] time(int port, int warmup, int requests) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Random random = new Random(7);
        double[] millis = new double[requests];
        for (int i = -warmup; i < requests; i++) {
            List<String> dyad = SyntheticRecords.dyad(random);
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/timeline?dyad=" + dyad.get(0) + "," + dyad.get(1)
                    + "&by=" + GRANULARITIES.get(random.nextInt(GRANULARITIES.size())));
            long start = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (response.statusCode() != 200) {
                throw new IOException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return millis;
    }

    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
