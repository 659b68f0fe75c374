package org.attache.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.model.Token;

/** Finds multi-word phrases in a token list, longest first, matching case-folded whole words. */
public final class PhraseMatcher<T> {
    /** A phrase found at tokens {@code [from, to)} of the list. */
    public record Hit<T>(int from, int to, T value) {
    }

    private record Phrase<T>(List<String> words, T value) {
    }

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();

    public void add(String phrase, T value) {
        List<String> words = List.of(phrase.trim().toLowerCase(Locale.ROOT).split("\\s+"));
        List<Phrase<T>> list = byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
        list.add(new Phrase<>(words, value));
        list.sort(Comparator.comparingInt((Phrase<T> p) -> -p.words().size()));
    }

    /** The longest phrase starting at {@code from}, or null. */
    public Hit<T> at(List<Token> tokens, int from) {
        for (Phrase<T> p : byFirstWord.getOrDefault(fold(tokens.get(from)), List.of())) {
            if (from + p.words().size() <= tokens.size() && matches(p.words(), tokens, from)) {
                return new Hit<>(from, from + p.words().size(), p.value());
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

    private static boolean matches(List<String> words, List<Token> tokens, int from) {
        for (int k = 0; k < words.size(); k++) {
            if (!words.get(k).equals(fold(tokens.get(from + k)))) {
                return false;
            }
        }
        return true;
    }

    static String fold(Token token) {
        return token.lower().replace('\u2019', '\'');
    }
}
