package org.attache.ingest;

import java.nio.file.Path;

/**
 * Where an item came from: a file, the 1-based line within it (0 when lines do not apply), and for formats
 * without lines the part of the file, such as "item 3" of a feed or "record at byte 5120" of a WARC.
 */
public record SourceLocation(Path file, int line, String part) {
    public SourceLocation(Path file, int line) {
        this(file, line, null);
    }

    /** A part of a file that has no meaningful line number. */
    public static SourceLocation part(Path file, String part) {
        return new SourceLocation(file, 0, part);
    }

    @Override
    public String toString() {
        if (part != null) {
            return file + " (" + part + ")";
        }
        return line > 0 ? file + ":" + line : file.toString();
    }
}
