package org.attache.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.actors.petrarch.PetrarchDictionaries;
import org.attache.pipeline.Knowledge;
import org.attache.store.EventStore;
import org.attache.store.EventStores;
import picocli.CommandLine.Option;

/** Options every command that touches the store shares. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH|URL", defaultValue = "attache.db",
            description = "The store: a SQLite file, or a PostgreSQL database as "
                + "postgresql://user:pass@host:port/db (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "A directory of knowledge files that extend the bundled ones (docs/knowledge.md).")
    List<Path> knowledgeDirs = new ArrayList<>();

    @Option(names = "--petrarch-actors", paramLabel = "FILE",
            description = "A PETRARCH/TABARI actor dictionary: its phrases and dated codes add to the actors known.")
    Path petrarchActors;

    @Option(names = "--petrarch-agents", paramLabel = "FILE",
            description = "A PETRARCH agent dictionary: words such as 'government' that add a sector to an actor.")
    Path petrarchAgents;

    EventStore open() {
        return EventStores.open(db);
    }

    Knowledge knowledge() {
        return Knowledge.load(knowledgeDirs, PetrarchDictionaries.read(petrarchActors, petrarchAgents));
    }
}
