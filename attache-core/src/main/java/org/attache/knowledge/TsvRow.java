package org.attache.knowledge;

import java.util.Arrays;
import java.util.List;

/** One data line of a knowledge file: its cells and where it stands, for error messages. */
public record TsvRow(String file, int line, List<String> cells) {
    /** The cell trimmed, or "" where the line has fewer cells. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column).trim() : "";
    }

    /** The cell's {@code |}-separated alternatives, trimmed, empty ones dropped. */
    public List<String> alternatives(int column) {
        String cell = cell(column);
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public KnowledgeException error(String message) {
        return new KnowledgeException(file + ":" + line + ": " + message);
    }
}
