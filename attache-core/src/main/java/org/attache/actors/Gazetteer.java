package org.attache.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.attache.model.Token;

/**
 * A word trie over every name, metonym, adjective and title in the knowledge base, for longest-match lookup
 * over a sentence's tokens. Keys are folded ({@link Names#key}); acronyms must also match in capitals.
 */
final class Gazetteer {
    /** A longest match: the tokens {@code [from, to)} of the list searched, and what they name. */
    record Match(int from, int to, List<Entry> entries) {
    }

    /** An entry at a trie node; {@code exactWords} if it must match as written, and whether it needs a capital. */
    private record Item(Entry entry, List<String> exactWords, boolean capitalised) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Item> items = new ArrayList<>();
    }

    private static final int SHORT_ACRONYM = 3;

    private final Node root = new Node();
    private final Function<String, List<String>> tokenizer;

    Gazetteer(Function<String, List<String>> tokenizer) {
        this.tokenizer = tokenizer;
    }

    /**
     * Adds a phrase; a leading "the" is dropped, since news writes both "the Kremlin" and "Kremlin's". A phrase
     * written with a capital matches only text that starts with one: "Male" is the Maldives, "male" is not.
     */
    void add(String phrase, Entry entry) {
        List<String> words = words(phrase);
        boolean capitalised = !words.isEmpty() && Character.isUpperCase(words.get(0).charAt(0));
        insert(words, entry, Names.isAcronym(String.join("", words)), capitalised);
    }

    /**
     * Adds a phrase of a dictionary written all in capitals, as PETRARCH's are: it matches in any case, but a
     * single word of up to three letters must be in capitals in the text too ("UN", "AU": "un", "au" are words).
     */
    void addAnyCase(String phrase, Entry entry) {
        List<String> words = words(phrase);
        insert(words, entry, words.size() == 1 && words.get(0).replace(".", "").length() <= SHORT_ACRONYM, false);
    }

    private List<String> words(String phrase) {
        List<String> words = new ArrayList<>(tokenizer.apply(phrase));
        if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        return words;
    }

    private void insert(List<String> words, Entry entry, boolean exact, boolean capitalised) {
        if (words.isEmpty()) {
            return;
        }
        Node node = root;
        for (String word : words) {
            node = node.next.computeIfAbsent(Names.key(word), k -> new Node());
        }
        Item item = new Item(entry, exact ? List.copyOf(words) : null, capitalised);
        if (!node.items.contains(item)) {
            node.items.add(item);
        }
    }

    /** The longest match starting at token {@code from}, or null. */
    Match longest(List<Token> tokens, int from) {
        Node node = root;
        Match best = null;
        for (int i = from; i < tokens.size(); i++) {
            node = node.next.get(Names.key(tokens.get(i).text()));
            if (node == null) {
                break;
            }
            List<Entry> usable = new ArrayList<>();
            for (Item item : node.items) {
                if ((item.exactWords() == null || sameWords(item.exactWords(), tokens, from))
                        && (!item.capitalised() || Character.isUpperCase(tokens.get(from).text().charAt(0)))) {
                    usable.add(item.entry());
                }
            }
            if (!usable.isEmpty()) {
                best = new Match(from, i + 1, usable);
            }
        }
        return best;
    }

    private static boolean sameWords(List<String> words, List<Token> tokens, int from) {
        for (int k = 0; k < words.size(); k++) {
            if (!words.get(k).equals(tokens.get(from + k).text())) {
                return false;
            }
        }
        return true;
    }
}
