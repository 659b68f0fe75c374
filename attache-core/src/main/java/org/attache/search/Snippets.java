package org.attache.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.attache.model.Span;

/** Cuts a stretch of text around the first word that matches a query, re-analysing it to find the words. */
final class Snippets {
    private static final int BEFORE = 80;
    private static final int LENGTH = 240;

    private Snippets() {
    }

    /** The snippet text and the matched words in it; the text's start when nothing matches. */
    static SearchHit snippet(Analyzer analyzer, SearchHit.Type type, String id, String title, String text,
            Set<String> terms, float score) {
        List<Span> matches = matches(analyzer, text, terms);
        int from = matches.isEmpty() ? 0 : wordStart(text, Math.max(0, matches.get(0).start() - BEFORE));
        int to = wordEnd(text, Math.min(text.length(), from + LENGTH));
        List<Span> inside = new ArrayList<>();
        for (Span m : matches) {
            if (m.start() >= from && m.end() <= to) {
                inside.add(new Span(m.start() - from, m.end() - from));
            }
        }
        return new SearchHit(type, id, title, text.substring(from, to), inside, score);
    }

    private static List<Span> matches(Analyzer analyzer, String text, Set<String> terms) {
        List<Span> found = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(SearchIndex.BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (terms.contains(term.toString())) {
                    found.add(new Span(offset.startOffset(), offset.endOffset()));
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Moves back to the start of the word holding {@code index}, so a snippet does not begin mid-word. */
    private static int wordStart(String text, int index) {
        int i = index;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int index) {
        int i = index;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
