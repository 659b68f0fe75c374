package org.attache.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** What the sources read from a file's name: its type, and the base name that keys an article. */
final class FileNames {
    private FileNames() {
    }

    /** Whether the name ends in {@code extension} (such as ".txt"), in any letter case. */
    static boolean hasExtension(Path file, String extension) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(extension);
    }

    /** The name without its last extension; a leading dot does not start an extension. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
