package org.attache.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.attache.server.bench.ApiBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attache bench-api}: dyad timeline latency of the API over a store of generated records. */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
        description = {"Measures GET /api/timeline for random dyads and day/week/month periods over HTTP on "
            + "loopback: p50, p95, p99 and max latency in ms (target: p95 at most 100 ms over 100,000 records).",
            "The store is filled with generated records when empty and reused as it is otherwise."})
final class BenchApiCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "PATH|URL", defaultValue = ".attache/bench-api.db",
            description = "Store to measure, generated when empty: a SQLite file, or a PostgreSQL database as "
                + "postgresql://user:pass@host:port/db (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--events", defaultValue = "100000",
            description = "Records to generate into an empty store (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--requests", defaultValue = "500", description = "Timed requests (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", defaultValue = "100", description = "Untimed requests first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (events < 1 || requests < 1 || warmup < 0) {
            throw new IllegalArgumentException("--events and --requests must be positive, --warmup not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        ApiBenchmark.run(db, events, warmup, requests, out);
        return 0;
    }
}
