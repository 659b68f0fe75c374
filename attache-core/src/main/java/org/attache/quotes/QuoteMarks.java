package org.attache.quotes;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.Span;

/**
 * Finds text between quote marks, line by line: curly double marks, straight double marks (paired in order), and
 * curly single marks where they stand at a word's edge. A straight single mark is never read as a quote mark,
 * nor a curly one inside a word: both are apostrophes far more often ("Korea's", "don’t", "’90s").
 */
final class QuoteMarks {
    private static final char OPEN_DOUBLE = '\u201c';
    private static final char CLOSE_DOUBLE = '\u201d';
    private static final char OPEN_SINGLE = '\u2018';
    private static final char CLOSE_SINGLE = '\u2019';
    private static final char STRAIGHT = '"';
    /** A stop is left out: "… my life." On the third day, Kim said … starts a new sentence, not an attribution. */
    private static final String CLAUSE_ENDS = ",?!\u2026";

    /**
     * Quoted text: {@code marks} from the opening mark to past the closing one (or to the line's end), and
     * {@code inner} the words between, trimmed of spaces and of a trailing comma. {@code open} is true when the
     * line ended before a closing mark: in news style the quote goes on in the next paragraph. {@code ended} is
     * true when the quoted words end a clause, with a comma, question or exclamation mark inside the closing
     * mark or a comma right after it ("…," Kim said), unlike words quoted inside a sentence (the "peace" talks).
     */
    record Quoted(Span marks, Span inner, boolean open, boolean ended) {
    }

    private QuoteMarks() {
    }

    static List<Quoted> find(String text) {
        List<Quoted> found = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            inLine(text, lineStart, lineEnd, found);
            lineStart = lineEnd + 1;
        }
        return found;
    }

    private static void inLine(String text, int from, int to, List<Quoted> found) {
        int open = -1;
        char opener = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == OPEN_DOUBLE || c == STRAIGHT || (c == OPEN_SINGLE && atWordStart(text, i, from, to))) {
                    open = i;
                    opener = c;
                }
            } else if (closes(opener, c) && (c != CLOSE_SINGLE || atWordEnd(text, i, to))) {
                add(text, open, i + 1, true, found);
                open = -1;
            }
        }
        if (open >= 0) {
            add(text, open, to, false, found);
        }
    }

    private static boolean closes(char opener, char c) {
        return switch (opener) {
            case OPEN_DOUBLE, STRAIGHT -> c == CLOSE_DOUBLE || c == STRAIGHT;
            case OPEN_SINGLE -> c == CLOSE_SINGLE;
            default -> false;
        };
    }

    /** A curly single mark opens a quote after a space or the line's start and before a letter or digit. */
    private static boolean atWordStart(String text, int i, int from, int to) {
        boolean before = i == from || !Character.isLetterOrDigit(text.charAt(i - 1));
        return before && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** A curly single mark closes a quote where no letter follows, unlike the apostrophe of "Korea’s". */
    private static boolean atWordEnd(String text, int i, int to) {
        return i + 1 >= to || !Character.isLetter(text.charAt(i + 1));
    }

    private static boolean endsClause(String text, int markEnd) {
        int before = markEnd - 2;
        while (before > 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        boolean inside = before >= 0 && CLAUSE_ENDS.indexOf(text.charAt(before)) >= 0;
        return inside || (markEnd < text.length() && text.charAt(markEnd) == ',');
    }

    private static void add(String text, int markStart, int markEnd, boolean closed, List<Quoted> found) {
        int start = markStart + 1;
        int end = closed ? markEnd - 1 : markEnd;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (end > start) {
            found.add(new Quoted(new Span(markStart, markEnd), new Span(start, end), !closed,
                    closed && endsClause(text, markEnd)));
        }
    }
}
