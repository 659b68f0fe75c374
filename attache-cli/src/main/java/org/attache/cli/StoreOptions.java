package org.attache.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.pipeline.Knowledge;
import org.attache.search.SearchIndex;
import org.attache.store.EventStore;
import org.attache.store.SqliteEventStore;
import picocli.CommandLine.Option;

/** Options every command that touches the store shares. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH", defaultValue = "attache.db",
            description = "The embedded store file (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "A directory of knowledge files that extend the bundled ones (docs/knowledge.md).")
    List<Path> knowledgeDirs = new ArrayList<>();

    EventStore open() {
        return SqliteEventStore.open(db);
    }

    /** The search index beside the store file. */
    SearchIndex index() {
        return SearchIndex.open(SearchIndex.beside(db));
    }

    Knowledge knowledge() {
        return Knowledge.load(knowledgeDirs);
    }
}
