package org.attache.link.story;

import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.model.Article;

/**
 * What stories and sources read from one article: the count of each term in each {@link View}; the hashes of
 * its word 5-grams (shingles), which reprints share; and its details (names' words and numbers) in the order
 * the text gives them, which a machine rewrite keeps.
 */
record ArticleFeatures(Map<View, Map<String, Integer>> terms, long[] shingles, List<String> details) {
    /** Words of the text that count as its lead (after the title): about the first two sentences. */
    private static final int LEAD_WORDS = 50;
    private static final int SHINGLE_WORDS = 5;

    static ArticleFeatures of(Article article) {
        List<Word> title = article.title() == null ? List.of() : Words.of(article.title());
        List<Word> text = Words.of(article.text());
        Map<View, Map<String, Integer>> terms = new EnumMap<>(View.class);
        for (View view : View.values()) {
            terms.put(view, new HashMap<>());
        }
        addTerms(title, title.size(), terms);
        addTerms(text, LEAD_WORDS, terms);
        // Unmodifiable views keep the HashMaps' iteration order, which depends only on the text: sums over
        // them come out the same in every run, where Map.copyOf's order would change from one JVM to the next.
        terms.replaceAll((view, counts) -> Collections.unmodifiableMap(counts));
        return new ArticleFeatures(Collections.unmodifiableMap(terms), shingles(text), details(text));
    }

    /** How many different terms the article has in the view. */
    int distinct(View view) {
        return terms.get(view).size();
    }

    private static void addTerms(List<Word> words, int leadWords, Map<View, Map<String, Integer>> terms) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (isContent(w)) {
                add(terms, View.WORDS, w.lower());
                if (i < leadWords) {
                    add(terms, View.LEAD, w.lower());
                }
            }
            boolean inName = isNameWord(w);
            if (!inName || !w.joined()) {
                endName(name, terms);
            }
            if (inName) {
                name.append(name.isEmpty() ? "" : " ").append(w.lower());
                add(terms, View.NAMES, "w:" + w.lower());
            }
            if (w.number()) {
                add(terms, View.FIGURES, "n:" + w.lower());
            }
            String day = dayOfMonth(words, i);
            if (day != null) {
                add(terms, View.FIGURES, "d:" + day);
            }
        }
        endName(name, terms);
    }

    /** A whole name of two words or more is a term of its own beside its words ("w:" terms). */
    private static void endName(StringBuilder name, Map<View, Map<String, Integer>> terms) {
        if (name.indexOf(" ") > 0) {
            add(terms, View.NAMES, "n:" + name);
        }
        name.setLength(0);
    }

    /** "March 11" or "11 March" at word {@code i} (the month), as "march-11"; else null. */
    private static String dayOfMonth(List<Word> words, int i) {
        Word w = words.get(i);
        Month month = w.capitalised() ? Lexicon.month(w.lower()) : null;
        if (month == null) {
            return null;
        }
        for (int j : new int[] {i + 1, i - 1}) {
            if (j >= 0 && j < words.size() && words.get(j).number() && words.get(j).lower().length() <= 2) {
                int day = Integer.parseInt(words.get(j).lower());
                if (day >= 1 && day <= 31) {
                    return month.name().toLowerCase(Locale.ROOT) + "-" + day;
                }
            }
        }
        return null;
    }

    private static void add(Map<View, Map<String, Integer>> terms, View view, String term) {
        terms.get(view).merge(term, 1, Integer::sum);
    }

    private static boolean isContent(Word w) {
        return !w.number() && w.lower().length() > 1 && !Lexicon.isStopword(w.lower());
    }

    private static boolean isNameWord(Word w) {
        return isContent(w) && w.capitalised() && !Lexicon.isCalendarWord(w.lower());
    }

    private static List<String> details(List<Word> words) {
        return words.stream().filter(w -> w.number() || isNameWord(w)).map(Word::lower).toList();
    }

    /** The distinct hashes of every run of five words (all words, stopwords too), sorted. */
    private static long[] shingles(List<Word> words) {
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            long h = 0xcbf29ce484222325L;
            for (byte b : words.get(i).lower().getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            wordHashes[i] = h;
        }
        int count = Math.max(0, words.size() - SHINGLE_WORDS + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0;
            for (int k = i; k < i + SHINGLE_WORDS; k++) {
                h = Long.rotateLeft(h, 13) * 31 + wordHashes[k];
            }
            hashes[i] = h;
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }
}
