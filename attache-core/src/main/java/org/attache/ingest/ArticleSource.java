package org.attache.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads one kind of input file into articles. A bad item is reported as a failure; it never stops the file. */
public interface ArticleSource {
    /** Whether this source reads files like this one (by name). */
    boolean accepts(Path file);

    /** Reads the file, handing every article or failure to {@code sink} in file order. */
    void read(Path file, Consumer<SourceItem> sink);
}
