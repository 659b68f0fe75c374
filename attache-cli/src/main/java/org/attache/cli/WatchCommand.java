package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.attache.ingest.SourceOptions;
import org.attache.ingest.Sources;
import org.attache.pipeline.FolderWatch;
import org.attache.pipeline.IngestReport;
import org.attache.pipeline.Ingester;
import org.attache.pipeline.Pipeline;
import org.attache.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attache watch}: ingests files as they appear in a folder. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Ingests the files that appear in a folder (and its subfolders), each once: a file is read "
            + "when its size and modification time have not changed for the settle time, so one still being written "
            + "is not read half done. Hidden files and *.part and *.tmp files are ignored: write there, then rename.",
            "Ingested files are remembered in the store by the hash of their bytes, so a restart does not read "
            + "them again and a changed file is read anew. Runs until interrupted, or with --once until the files "
            + "present are done."})
final class WatchCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    InputOptions inputs;

    @Parameters(paramLabel = "DIR", description = "The folder to watch.")
    Path folder;

    @Option(names = "--once", description = "Ingest the files present (waiting for those still being written) and "
        + "exit.")
    boolean once;

    @Option(names = "--settle-ms", defaultValue = "2000", paramLabel = "MILLIS",
            description = "How long a file must stay unchanged before it is read (default: ${DEFAULT-VALUE}).")
    long settleMillis;

    @Option(names = "--poll-ms", defaultValue = "1000", paramLabel = "MILLIS",
            description = "How often the folder is looked at (default: ${DEFAULT-VALUE}).")
    long pollMillis;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        PrintWriter out = spec.commandLine().getOut();
        SourceOptions options = inputs.sourceOptions();
        try (EventStore events = store.open()) {
            Ingester ingester = new Ingester(Pipeline.standard(store.knowledge()), events, threads, options);
            FolderWatch watch = new FolderWatch(folder, new Sources(options), ingester, events,
                    Duration.ofMillis(settleMillis), Duration.ofMillis(pollMillis), Clock.systemUTC());
            FolderWatch.Listener printer = new Printer(out);
            if (once) {
                watch.once(printer);
            } else {
                out.printf("watching %s (Ctrl-C to stop)%n", folder);
                out.flush();
                watch.watch(printer);
            }
        }
        return 0;
    }

    /** One line a file, then its report's skipped and failed items. */
    private record Printer(PrintWriter out) implements FolderWatch.Listener {
        @Override
        public void ingested(Path file, IngestReport report) {
            out.printf("%s: ", file);
            IngestCommand.printSummary(report, out);
        }

        @Override
        public void seenBefore(Path file) {
            out.printf("%s: ingested before, unchanged since%n", file);
            out.flush();
        }
    }
}
