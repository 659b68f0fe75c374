package org.attache.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.attache.search.SearchIndex;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code attache reindex}: the search index made anew from the store. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the search index (--index; by default beside a SQLite store as PATH.lucene, "
            + "or .attache/lucene-DBNAME for PostgreSQL) from all the store's articles and event records. Ingest "
            + "keeps the index up to date; this repairs or recreates it.")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        try (EventStore events = store.open(); SearchIndex index = store.index()) {
            index.rebuild(events);
            out.printf("indexed %d articles and %d event records into %s in %.1f s%n", events.articleCount(),
                    events.events(EventQuery.all(), 0, 0).total(), store.indexFolder(),
                    (System.nanoTime() - start) / 1e9);
        }
        out.flush();
        return 0;
    }
}
