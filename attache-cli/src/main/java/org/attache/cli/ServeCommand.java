package org.attache.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.attache.search.SearchIndex;
import org.attache.server.AttacheServer;
import org.attache.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attache serve}: the JSON API and the web UI over the store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web UI and the JSON API (under /api, described at /openapi.json) over the store "
            + "and its search index, until stopped with Ctrl-C.",
            "An ingest in another process shows up at once; an empty search index is built first."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    String bind;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (EventStore events = store.open(); SearchIndex index = store.index()) {
            if (index.isEmpty() && events.articleCount() > 0) {
                out.println("building the search index (first serve of this store)...");
                out.flush();
                index.rebuild(events);
            }
            try (AttacheServer server = AttacheServer.start(events, index, bind, port)) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    stopped.countDown();
                }, "attache-serve-stop"));
                out.printf("Attaché is serving %s at http://%s:%d/ (API under /api, description at /openapi.json); "
                        + "Ctrl-C stops%n", store.describe(), bind, server.port());
                out.flush();
                stopped.await();
            }
        }
        return 0;
    }
}
