package org.attache.ingest;

import java.nio.file.Path;

/** Where an item came from: a file, and the 1-based line within it (0 for the whole file). */
public record SourceLocation(Path file, int line) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
