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

    private record Item(Entry entry, List<String> exactWords) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Item> items = new ArrayList<>();
    }

    private final Node root = new Node();
    private final Function<String, List<String>> tokenizer;

    Gazetteer(Function<String, List<String>> tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Adds a phrase; a leading "the" is dropped, since news writes both "the Kremlin" and "Kremlin's". */
    void add(String phrase, Entry entry) {
        List<String> words = new ArrayList<>(tokenizer.apply(phrase));
        if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return;
        }
        Node node = root;
        for (String word : words) {
            node = node.next.computeIfAbsent(Names.key(word), k -> new Node());
        }
        Item item = new Item(entry, Names.isAcronym(String.join("", words)) ? List.copyOf(words) : null);
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
                if (item.exactWords() == null || sameWords(item.exactWords(), tokens, from)) {
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
