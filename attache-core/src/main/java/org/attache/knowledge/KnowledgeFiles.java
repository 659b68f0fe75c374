package org.attache.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and reads a knowledge table: the bundled file of that name, then the file of the same name in each
 * user directory, so users extend the bundled knowledge by adding lines in their own files.
 */
public final class KnowledgeFiles {
    private static final String BUNDLED = "/org/attache/knowledge/";

    private final List<Path> userDirs;

    public KnowledgeFiles(List<Path> userDirs) {
        this.userDirs = List.copyOf(userDirs);
    }

    public static KnowledgeFiles bundled() {
        return new KnowledgeFiles(List.of());
    }

    /** All data rows of the named table, bundled rows first. */
    public List<TsvRow> rows(String name) {
        List<TsvRow> rows = new ArrayList<>();
        try (InputStream in = KnowledgeFiles.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new KnowledgeException("bundled knowledge file missing: " + name);
            }
            read(name, new InputStreamReader(in, StandardCharsets.UTF_8), rows);
            for (Path dir : userDirs) {
                Path file = dir.resolve(name);
                if (Files.isRegularFile(file)) {
                    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        read(file.toString(), reader, rows);
                    }
                }
            }
        } catch (IOException e) {
            throw new KnowledgeException("cannot read knowledge file " + name + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static void read(String file, Reader reader, List<TsvRow> rows) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            rows.add(new TsvRow(file, number, List.of(line.split("\t", -1))));
        }
    }
}
