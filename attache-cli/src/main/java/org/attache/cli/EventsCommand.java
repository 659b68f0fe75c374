package org.attache.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.attache.model.Actor;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attache events}: the event record as a readable timeline table. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Lists event records by date: kind, source -> target, reporting articles, independent sources, "
            + "evidence excerpt.")
final class EventsCommand implements Callable<Integer> {
    private static final int EXCERPT = 70;

    @Mixin
    StoreOptions store;

    @Option(names = "--actor", description = "A country code (PRK) or part of a person's name.")
    String actor;

    @Option(names = "--kind", description = "One kind: ${COMPLETION-CANDIDATES}.", converter = KindConverter.class)
    EventKind kind;

    @Option(names = "--from", description = "Events on or after this date (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", description = "Events on or before this date (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--id", description = "Show one event with all its mentions and their evidence.")
    String id;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (EventStore events = store.open()) {
            if (id != null) {
                return printOne(events, id, spec.commandLine().getOut());
            }
            print(events, new EventQuery(actor, kind, from, to), spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(EventStore events, EventQuery query, PrintWriter out) {
        List<EventRecord> records = events.events(query);
        out.printf("%-23s %-15s %-40s %4s %4s  %s%n", "date", "kind", "source -> target", "arts", "srcs",
                "evidence");
        for (EventRecord r : records) {
            String who = side(r.source()) + " -> " + side(r.target());
            out.printf("%-23s %-15s %-40s %4d %4d  %s%n", date(r), r.kind().code(), clip(who, 40),
                    r.articleCount(), r.sources(), excerpt(events, r));
        }
        out.printf("%d event records%n", records.size());
        out.flush();
    }

    /** One record in full: its coding, date and every mention with its evidence. */
    static int printOne(EventStore events, String id, PrintWriter out) {
        var found = events.event(id);
        if (found.isEmpty()) {
            out.printf("no event with id %s%n", id);
            out.flush();
            return 1;
        }
        EventRecord r = found.get();
        out.printf("event %s: %s, %s -> %s%n", r.id(), r.kind().code(), side(r.source()), side(r.target()));
        out.printf("  date: %s (%s)%n", date(r), r.date().basis().code());
        out.printf("  PLOVER %s%s, CAMEO %s%n", r.coding().ploverType(),
                r.coding().ploverMode() == null ? "" : "/" + r.coding().ploverMode(), r.coding().cameo());
        if (r.inReplyTo() != null) {
            out.printf("  in reply to: %s%n", r.inReplyTo());
        }
        out.printf("  %d mention(s) in %d article(s) from %d independent source(s):%n", r.mentions().size(),
                r.articleCount(), r.sources());
        for (EventMention m : r.mentions()) {
            String evidence = events.article(m.articleKey())
                    .map(a -> m.evidence().of(a.text()).replaceAll("\\s+", " ")).orElse("(article missing)");
            out.printf("  - %s [%d, %d) %s, confidence %.2f, date %s%n    \"%s\"%n", m.articleKey(),
                    m.evidence().start(), m.evidence().end(), m.provenance(), m.confidence(), m.date(), evidence);
        }
        out.flush();
        return 0;
    }

    private static String date(EventRecord r) {
        if (!r.date().isKnown()) {
            return "unknown";
        }
        String d = r.date().start().equals(r.date().end()) ? r.date().start().toString()
                : r.date().start() + ".." + r.date().end().toString().substring(5);
        return d;
    }

    private static String side(List<Actor> actors) {
        return actors.isEmpty() ? "-" : actors.stream().map(Actor::toString).collect(Collectors.joining("+"));
    }

    private static String excerpt(EventStore events, EventRecord r) {
        EventMention m = r.mentions().get(0);
        return events.article(m.articleKey())
                .map(a -> clip(m.evidence().of(a.text()).replaceAll("\\s+", " "), EXCERPT)).orElse("");
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    /** Reads kinds by their lower-case codes, as the export writes them. */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<EventKind> {
        @Override
        public EventKind convert(String value) {
            return EventKind.fromCode(value);
        }
    }
}
