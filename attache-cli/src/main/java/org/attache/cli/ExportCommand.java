package org.attache.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attache.export.EventJsonl;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache export}: the record in formats other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes the store's records out.",
        subcommands = {ExportCommand.Events.class})
final class ExportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    enum Format { jsonl }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Event records, one JSON object a line, in the event record contract "
                + "(id, kind, plover {type, mode}, cameo, source/target [{name, country, role}], "
                + "date {start, end, basis}, mentions [{article, start, end, confidence, rule}], in_reply_to)."})
    static final class Events implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(names = "--format", defaultValue = "jsonl", description = "Output format: ${COMPLETION-CANDIDATES}.")
        Format format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
        Path output;

        @Override
        public Integer call() throws IOException {
            try (EventStore events = store.open()) {
                var records = events.events(EventQuery.all());
                if (output == null) {
                    EventJsonl.write(records, new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                } else {
                    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                        EventJsonl.write(records, w);
                    }
                    System.err.printf("wrote %d event records to %s%n", records.size(), output);
                }
            }
            return 0;
        }
    }
}
