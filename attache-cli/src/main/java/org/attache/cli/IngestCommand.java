package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.attache.ingest.SourceItem;
import org.attache.pipeline.IngestReport;
import org.attache.pipeline.Ingester;
import org.attache.pipeline.Pipeline;
import org.attache.search.SearchIndex;
import org.attache.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attache ingest}: files and folders of articles into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles (.txt files, .jsonl files of records, or folders of them), extracts events "
            + "and stores them, then updates the search index beside the store. Re-ingesting an unchanged article "
            + "does nothing.",
            "A .jsonl line holds id, url, title, published, source and either text or file (relative path)."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore events = store.open(); SearchIndex index = store.index()) {
            IngestReport report = run(new Ingester(Pipeline.standard(store.knowledge()), events, threads,
                    keys -> index.update(events, keys)), paths);
            printSummary(report, out);
            return report.failures().isEmpty() ? 0 : 2;
        }
    }

    static IngestReport run(Ingester ingester, List<Path> paths) {
        boolean terminal = System.console() != null;
        ProgressListener listener = new ProgressListener(terminal);
        try {
            return ingester.ingest(paths, listener);
        } finally {
            listener.close();
        }
    }

    static void printSummary(IngestReport report, PrintWriter out) {
        out.printf("ingested: %d, unchanged: %d, failed: %d; event records in store: %d%n", report.ingested(),
                report.unchanged(), report.failures().size(), report.events());
        for (SourceItem.Failed f : report.failures()) {
            out.printf("  failed: %s (line %d): %s%n", f.location().file(), f.location().line(), f.reason());
        }
        out.flush();
    }

    /** A progress bar on stderr, only when it is a terminal. */
    private static final class ProgressListener implements Ingester.Listener, AutoCloseable {
        private final boolean enabled;
        private ProgressBar bar;

        ProgressListener(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public void total(int items) {
            if (enabled) {
                bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(items)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                        .build();
            }
        }

        @Override
        public void settled(SourceItem item, Ingester.Outcome outcome) {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
