package org.attache.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.model.Token;

/**
 * Finds multi-word phrases in a token list, longest first, matching case-folded whole words. A matcher made
 * with fillers lets one of them stand between two words of a phrase, so that "upgraded diplomatic ties" also
 * matches "upgraded their diplomatic ties".
 */
public final class PhraseMatcher<T> {
    /** A phrase found at tokens {@code [from, to)} of the list. */
    public record Hit<T>(int from, int to, T value) {
    }

    private record Phrase<T>(List<String> words, T value) {
    }

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();
    private final Set<String> fillers;

    public PhraseMatcher() {
        this(Set.of());
    }

    /** A matcher that reads past one of {@code fillers} (lower case) between two words of a phrase. */
    public PhraseMatcher(Set<String> fillers) {
        this.fillers = Set.copyOf(fillers);
    }

    public void add(String phrase, T value) {
        List<String> words = List.of(phrase.trim().toLowerCase(Locale.ROOT).split("\\s+"));
        List<Phrase<T>> list = byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
        list.add(new Phrase<>(words, value));
        list.sort(Comparator.comparingInt((Phrase<T> p) -> -p.words().size()));
    }

    /** The longest phrase starting at {@code from}, or null. */
    public Hit<T> at(List<Token> tokens, int from) {
        for (Phrase<T> p : byFirstWord.getOrDefault(fold(tokens.get(from)), List.of())) {
            int end = end(p.words(), tokens, from);
            if (end > 0) {
                return new Hit<>(from, end, p.value());
            }
        }
        return null;
    }

    /** All non-overlapping hits, left to right. */
    public List<Hit<T>> findAll(List<Token> tokens) {
        List<Hit<T>> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Hit<T> hit = at(tokens, i);
            if (hit != null) {
                hits.add(hit);
                i = hit.to() - 1;
            }
        }
        return hits;
    }

    /** The end of the phrase's match at {@code from}, or -1. */
    private int end(List<String> words, List<Token> tokens, int from) {
        int i = from;
        for (int k = 0; k < words.size(); k++, i++) {
            if (i >= tokens.size()) {
                return -1;
            }
            String word = fold(tokens.get(i));
            if (k > 0 && !word.equals(words.get(k)) && fillers.contains(word) && i + 1 < tokens.size()) {
                word = fold(tokens.get(++i));
            }
            if (!word.equals(words.get(k))) {
                return -1;
            }
        }
        return i;
    }

    static String fold(Token token) {
        return token.lower().replace('\u2019', '\'');
    }
}
