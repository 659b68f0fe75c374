package org.attache.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.actors.petrarch.PetrarchDictionaries;
import org.attache.events.petrarch.PetrarchCoding;
import org.attache.pipeline.Knowledge;
import org.attache.search.SearchIndex;
import org.attache.store.EventStore;
import org.attache.store.EventStores;
import picocli.CommandLine.Option;

/** Options every command that touches the store shares. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH|URL", defaultValue = "attache.db",
            description = "The store: a SQLite file, or a PostgreSQL database as "
                + "postgresql://user:pass@host:port/db (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--index", paramLabel = "DIR",
            description = "The search index folder, for the commands that keep or read it (default: beside a "
                + "SQLite file as PATH.lucene; .attache/lucene-DBNAME for a PostgreSQL database).")
    Path indexFolder;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "A directory of knowledge files that extend the bundled ones (docs/knowledge.md).")
    List<Path> knowledgeDirs = new ArrayList<>();

    @Option(names = "--petrarch-actors", paramLabel = "FILE",
            description = "A PETRARCH/TABARI actor dictionary: its phrases and dated codes add to the actors known.")
    Path petrarchActors;

    @Option(names = "--petrarch-agents", paramLabel = "FILE",
            description = "A PETRARCH agent dictionary: words such as 'government' that add a sector to an actor.")
    Path petrarchAgents;

    @Option(names = "--petrarch-verbs", paramLabel = "FILE",
            description = "A PETRARCH/TABARI verb dictionary: its verbs and patterns code events with CAMEO codes.")
    Path petrarchVerbs;

    @Option(names = "--petrarch-discards", paramLabel = "FILE",
            description = "A PETRARCH discard list: a sentence (with +, a story) holding one of its phrases "
                + "is not coded.")
    Path petrarchDiscards;

    EventStore open() {
        return EventStores.open(db);
    }

    /** The search index: in {@code --index}, else where {@link SearchIndex#forStore} puts it for the store. */
    SearchIndex index() {
        return SearchIndex.open(indexFolder());
    }

    Path indexFolder() {
        return indexFolder != null ? indexFolder : SearchIndex.forStore(db);
    }

    /** The store for messages: a PostgreSQL URL without its password. */
    String describe() {
        return EventStores.describe(db);
    }

    Knowledge knowledge() {
        return Knowledge.load(knowledgeDirs, PetrarchDictionaries.read(petrarchActors, petrarchAgents),
                PetrarchCoding.read(petrarchVerbs, petrarchDiscards));
    }
}
