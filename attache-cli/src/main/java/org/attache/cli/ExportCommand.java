package org.attache.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.actors.ActorKnowledge;
import org.attache.export.EventJsonl;
import org.attache.export.GdeltCsv;
import org.attache.export.PloverJson;
import org.attache.export.QuoteJsonl;
import org.attache.model.EventRecord;
import org.attache.model.Quote;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache export}: the record in formats other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store's records out: export events --format FORMAT [-o FILE], where FORMAT is",
            ExportCommand.JSONL, ExportCommand.CSV, ExportCommand.PLOVER,
            "and export quotes [--format jsonl] [-o FILE]:", ExportCommand.QUOTES},
        subcommands = {ExportCommand.Events.class, ExportCommand.Quotes.class})
final class ExportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    enum Format { jsonl, csv, plover }

    static final String JSONL = "  jsonl   one JSON object a line in the event record contract: id, kind, plover {type, mode}, "
            + "cameo, source/target [{name, country, role}], date {start, end, basis}, "
            + "mentions [{article, start, end, confidence, rule}], in_reply_to, sources (independent sources: "
            + "reprints and rewrites of one text count once).";
    static final String CSV = "  csv     GDELT event-table columns that apply: GLOBALEVENTID (our id), SQLDATE, MonthYear, "
            + "Year, FractionDate, Actor1Code/Name/CountryCode/KnownGroupCode/Type1Code, the same for Actor2, "
            + "EventCode, EventBaseCode, EventRootCode (CAMEO), QuadClass, GoldsteinScale (empty), NumMentions, "
            + "NumSources (independent sources), NumArticles, SOURCEURL. Dates are the first day of the record's interval, empty when "
            + "unknown; each side's first actor fills its columns.";
    static final String PLOVER = "  plover  one JSON object a line in PLOVER/POLECAT event form: id, date, date_end, "
            + "date_basis, event_type, mode, context, source_actor/target_actor {name, country, organization, "
            + "sector, title, cameo}, source_actors/target_actors, kind, cameo, num_mentions, num_articles, "
            + "num_sources, stories [{story_id, url, publisher, date_published, event_text, start, end}], "
            + "in_reply_to.";

    static final String QUOTES = "  quotes  one JSON object a line: id, article, start, end (offsets of the quoted or reported "
            + "words in the article's text), text, speaker {name, country, role} or null when unresolved, direct "
            + "(true between quote marks, false for reported words), cue, event (the id of the record the quote "
            + "belongs to, as in export events) or null, mention (the article's event mention), rule.";

    enum QuoteFormat { jsonl }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = {"Direct and reported quotes with their speakers and events, by article:", QUOTES})
    static final class Quotes implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(names = "--format", defaultValue = "jsonl",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        QuoteFormat format;

        @Mixin
        Output output;

        @Override
        public Integer call() throws IOException {
            try (EventStore events = store.open()) {
                List<Quote> quotes = events.quotes();
                List<EventRecord> records = events.events(EventQuery.all());
                output.write(quotes.size() + " quotes", w -> QuoteJsonl.write(quotes, records, w));
            }
            return 0;
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Event records in one of three formats:", JSONL, CSV, PLOVER})
    static final class Events implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(names = "--format", defaultValue = "jsonl",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Format format;

        @Mixin
        Output output;

        @Override
        public Integer call() throws IOException {
            try (EventStore events = store.open()) {
                List<EventRecord> records = events.events(EventQuery.all());
                output.write(records.size() + " event records", w -> write(records, events, w));
            }
            return 0;
        }

        private void write(List<EventRecord> records, EventStore events, Writer out) {
            switch (format) {
                case jsonl -> EventJsonl.write(records, out);
                case csv -> GdeltCsv.write(records, events::article, actors(), out);
                case plover -> PloverJson.write(records, events::article, actors(), out);
            }
        }

        private ActorKnowledge actors() {
            return store.knowledge().actors();
        }
    }

    /** The -o option every export takes: a file, or stdout when it is absent or "-". */
    static final class Output {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout (\"-\" is stdout).")
        Path path;

        /** Writes what {@code body} writes to the file or stdout; says on stderr what went to a file. */
        void write(String what, Body body) throws IOException {
            if (path == null || path.toString().equals("-")) {
                Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                body.write(out);
                out.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                    body.write(w);
                }
                System.err.printf("wrote %s to %s%n", what, path);
            }
        }
    }

    private interface Body {
        void write(Writer out) throws IOException;
    }
}
