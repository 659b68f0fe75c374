package org.attache.ingest;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What the sources read from a file's name: its type, and the base name that keys an article. A trailing
 * {@code .gz} only says the file is compressed, so it is looked through: {@code a.html.gz} is an HTML file.
 */
final class FileNames {
    private static final String GZIP = ".gz";

    private FileNames() {
    }

    /** Whether the name, less any {@code .gz}, ends in {@code extension} (such as ".txt"), in any letter case. */
    static boolean hasExtension(Path file, String extension) {
        Path name = file.getFileName();
        return name != null && withoutGzip(name.toString()).toLowerCase(Locale.ROOT).endsWith(extension);
    }

    static boolean isGzip(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(GZIP);
    }

    /** The name without any {@code .gz} and its last extension; a leading dot does not start an extension. */
    static String baseName(Path file) {
        String name = withoutGzip(file.getFileName().toString());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String withoutGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(GZIP) ? name.substring(0, name.length() - GZIP.length()) : name;
    }
}
