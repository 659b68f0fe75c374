package org.attache.events.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.events.TokenRange;
import org.attache.model.Token;

/**
 * Finds a dictionary's verbs in a sentence: the longest form at each token, not inside an actor's name; a
 * form after a determiner and at most two modifiers (lower-case words or an actor's name) reads as a noun
 * ("an attack", "a short private visit", "the Ostland blockade"), unless it ends in -ed ("the Norvia police
 * arrested").
 */
final class VerbSpotter {
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
            "this", "these", "those", "'s", "\u2019s");
    /** Words between a determiner and a verb form that make it a clause, not a noun phrase. */
    private static final Set<String> FUNCTION_WORDS = Set.of("to", "not", "will", "would", "can", "could", "should",
            "may", "might", "must", "shall", "has", "have", "had", "do", "does", "did", "and", "or", "that", "who",
            "which", "also", "then", "is", "are", "was", "were", "be", "been", "being");
    private static final int MODIFIER_REACH = 2;

    private final VerbDictionary dictionary;

    VerbSpotter(VerbDictionary dictionary) {
        this.dictionary = dictionary;
    }

    List<SpottedVerb> spot(List<Token> tokens, List<TokenRange> actors) {
        List<SpottedVerb> spotted = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<VerbForm> forms = formsAt(tokens, actors, i);
            if (!forms.isEmpty()) {
                TokenRange range = new TokenRange(i, i + forms.get(0).words().size());
                spotted.add(new SpottedVerb(range, forms, isNoun(tokens, actors, i)));
                i = range.to() - 1;
            }
        }
        return spotted;
    }

    /** The verb forms at token {@code i} of the greatest length, unless they lie inside an actor's name. */
    private List<VerbForm> formsAt(List<Token> tokens, List<TokenRange> actors, int i) {
        List<VerbForm> found = new ArrayList<>();
        for (VerbForm f : dictionary.formsStartingWith(tokens.get(i).lower())) {
            TokenRange range = new TokenRange(i, i + f.words().size());
            boolean longest = found.isEmpty() || found.get(0).words().size() == f.words().size();
            if (longest && range.to() <= tokens.size() && spells(f, tokens, i)
                    && actors.stream().noneMatch(range::overlaps)) {
                found.add(f);
            }
        }
        return found;
    }

    private static boolean spells(VerbForm f, List<Token> tokens, int from) {
        for (int k = 0; k < f.words().size(); k++) {
            if (!f.words().get(k).equals(tokens.get(from + k).lower())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNoun(List<Token> tokens, List<TokenRange> actors, int at) {
        if (tokens.get(at).lower().endsWith("ed")) {
            return false;
        }
        int modifiers = 0;
        for (int i = at - 1; i >= 0 && modifiers <= MODIFIER_REACH; i--, modifiers++) {
            String word = tokens.get(i).lower();
            if (DETERMINERS.contains(word)) {
                return true;
            }
            int end = i;
            TokenRange actor = actors.stream().filter(a -> a.to() == end + 1).findFirst().orElse(null);
            if (actor != null) {
                i = actor.from();
            } else if (!Character.isLowerCase(tokens.get(i).text().charAt(0))
                    || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                    || FUNCTION_WORDS.contains(word)) {
                return false;
            }
        }
        return false;
    }
}
