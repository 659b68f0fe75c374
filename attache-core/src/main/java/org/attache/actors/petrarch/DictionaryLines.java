package org.attache.actors.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.knowledge.KnowledgeException;

/**
 * The lines of a PETRARCH dictionary with comments taken out: {@code #} to the end of the line (but not inside
 * a bracketed code such as {@code [###]}), and
 * {@code <!-- ... -->} (or TABARI's looser {@code <! ... -->}), which may span lines. Blank lines are dropped.
 */
public final class DictionaryLines {
    /** A line's content without comments, trimmed, and where it stands for error messages. */
    public record Line(String source, int number, String text) {
        public KnowledgeException error(String message) {
            return new KnowledgeException(source + ":" + number + ": " + message);
        }
    }

    private DictionaryLines() {
    }

    /** The lines of a dictionary file; {@code kind} names the dictionary in error messages. */
    public static List<Line> read(Path file, String kind) {
        if (!Files.isRegularFile(file)) {
            throw new KnowledgeException(kind + " not found: " + file);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), reader);
        } catch (IOException e) {
            throw new KnowledgeException("cannot read " + kind + " " + file + ": " + e, e);
        }
    }

    public static List<Line> read(String source, Reader reader) {
        List<Line> lines = new ArrayList<>();
        boolean inComment = false;
        try {
            BufferedReader in = new BufferedReader(reader);
            String raw;
            int number = 0;
            while ((raw = in.readLine()) != null) {
                number++;
                StringBuilder kept = new StringBuilder();
                String rest = raw;
                while (!rest.isEmpty()) {
                    if (inComment) {
                        int close = rest.indexOf("-->");
                        inComment = close < 0;
                        rest = close < 0 ? "" : rest.substring(close + 3);
                    } else {
                        int open = rest.indexOf("<!");
                        kept.append(open < 0 ? rest : rest.substring(0, open));
                        inComment = open >= 0;
                        rest = open < 0 ? "" : rest.substring(open + 2);
                    }
                }
                int hash = commentStart(kept);
                String text = (hash < 0 ? kept.toString() : kept.substring(0, hash)).strip();
                if (!text.isEmpty()) {
                    lines.add(new Line(source, number, text));
                }
            }
        } catch (IOException e) {
            throw new KnowledgeException("cannot read dictionary " + source + ": " + e.getMessage(), e);
        }
        return lines;
    }

    /** Where a {@code #} comment begins, or -1: a {@code #} between brackets is part of a code ({@code [###]}). */
    private static int commentStart(CharSequence text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '#' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A dictionary phrase as stored: words in capitals, one space apart; {@code _} joins words as a space does. */
    static String phrase(String written) {
        String words = written.replace('_', ' ').strip().replaceAll("\\s+", " ");
        return words.toUpperCase(Locale.ROOT);
    }
}
