package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.ingest.SourceOptions;
import org.attache.pipeline.IngestReport;
import org.attache.pipeline.Ingester;
import org.attache.pipeline.Knowledge;
import org.attache.pipeline.Pipeline;
import org.attache.search.SearchIndex;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import org.attache.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attache demo}: the bundled example corpus into a fresh store, then its timeline. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the bundled example corpus (examples/) into a fresh embedded store and prints "
            + "the event timeline.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "PATH", defaultValue = ".attache/demo.db",
            description = "The demo's store, recreated on every run (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--examples", paramLabel = "PATH", description = "The example corpus (default: examples/ "
        + "of the Attaché checkout).")
    Path examples;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path corpus = examples != null ? examples : home().resolve("examples").resolve("articles.jsonl");
        if (!Files.exists(corpus)) {
            throw new IllegalArgumentException("example corpus not found: " + corpus);
        }
        Files.deleteIfExists(db);
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore store = SqliteEventStore.open(db); SearchIndex index = SearchIndex.open(SearchIndex.beside(db))) {
            out.printf("Ingesting %s into a fresh store at %s%n", corpus, db);
            out.flush();
            index.rebuild(store); // the store is new: this empties an index left by an earlier demo
            Ingester ingester = new Ingester(Pipeline.standard(Knowledge.load(List.of())), store, 2,
                    SourceOptions.defaults(), keys -> index.update(store, keys));
            IngestReport report = IngestCommand.run(ingester, List.of(corpus));
            IngestCommand.printSummary(report, out);
            out.println();
            EventsCommand.print(store, EventQuery.all(), out);
        }
        return 0;
    }

    /** The checkout the launcher runs from; the working directory when started otherwise. */
    private static Path home() {
        String home = System.getProperty("attache.home");
        return Path.of(home == null ? "." : home);
    }
}
