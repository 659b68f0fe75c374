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
        description = {"Reads articles, extracts events and stores them: .txt files, .jsonl and .csv files of "
            + "records, saved web pages (.html, .htm), RSS and Atom feeds (.xml, .rss, .atom), web archives (.warc), "
            + "any of them gzipped (.gz), or folders of them.",
            "Stored articles are added to the search index beside the store. Re-ingesting an unchanged article does nothing; a copy of a stored article (same URL or text) is "
            + "reported as a duplicate and not stored; an article not in English is stored without events.",
            "A .jsonl line holds id, url, title, author, published, source and either text or file (relative "
            + "path); a .csv file has a header naming the same columns. See docs/inputs.md."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    InputOptions inputs;

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
            Ingester ingester = new Ingester(Pipeline.standard(store.knowledge()), events, threads,
                    inputs.sourceOptions(), keys -> index.update(events, keys));
            IngestReport report = run(ingester, paths);
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
        out.printf("ingested: %d, unchanged: %d, skipped: %d, failed: %d; event records in store: %d%n",
                report.ingested(), report.unchanged(), report.skipped().size(), report.failures().size(),
                report.events());
        IngestReport.Cascade cascade = report.cascade();
        if (cascade.sentences() > 0) {
            out.printf("deep pass: %d of %d sentences parsed (%.1f%%)%n", cascade.parsed(), cascade.sentences(),
                    100 * cascade.share());
        }
        for (IngestReport.Skipped s : report.skipped()) {
            out.printf("  skipped: %s: %s: %s%n", s.location(), s.key(), s.reason());
        }
        for (SourceItem.Failed f : report.failures()) {
            out.printf("  failed: %s: %s%n", f.location(), f.reason());
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
