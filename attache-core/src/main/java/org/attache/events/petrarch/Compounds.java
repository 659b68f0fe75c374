package org.attache.events.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.events.TokenRange;
import org.attache.model.Token;

/**
 * Compound actors, as PETRARCH distributes an event over them: "Norvia, Ostland and Karsk", "Norvia and the
 * small Karsk", "neither A nor B". Two actors are in one list when what stands between them is a
 * comma or a coordinator with at most a few lower-case modifiers, none of them a verb of the dictionary.
 */
final class Compounds {
    private static final Set<String> JOINS = Set.of(",", "and", "or", "nor");
    private static final int MAX_BETWEEN = 4;

    private final List<Token> tokens;
    private final List<TokenRange> actors;
    private final VerbDictionary dictionary;

    Compounds(List<Token> tokens, List<TokenRange> actors, VerbDictionary dictionary) {
        this.tokens = tokens;
        this.actors = actors;
        this.dictionary = dictionary;
    }

    /** The actor and those in a list with it, in text order. */
    List<Integer> around(int actor) {
        List<Integer> list = new ArrayList<>(List.of(actor));
        for (int at = actor, next; (next = neighbour(at, true)) >= 0; at = next) {
            list.add(next);
        }
        for (int at = actor, previous; (previous = neighbour(at, false)) >= 0; at = previous) {
            list.add(0, previous);
        }
        return list;
    }

    private int neighbour(int actor, boolean after) {
        TokenRange self = actors.get(actor);
        int best = -1;
        for (int i = 0; i < actors.size(); i++) {
            TokenRange o = actors.get(i);
            boolean side = after ? o.from() >= self.to() : o.to() <= self.from();
            if (side && (best < 0 || (after ? o.from() < actors.get(best).from() : o.to() > actors.get(best).to()))) {
                best = i;
            }
        }
        if (best < 0) {
            return -1;
        }
        TokenRange other = actors.get(best);
        return joined(after ? self.to() : other.to(), after ? other.from() : self.from()) ? best : -1;
    }

    private boolean joined(int from, int to) {
        if (to - from < 1 || to - from > MAX_BETWEEN) {
            return false;
        }
        boolean join = false;
        for (int i = from; i < to; i++) {
            String word = tokens.get(i).lower();
            if (JOINS.contains(word)) {
                join = true;
            } else if (!Character.isLowerCase(tokens.get(i).text().charAt(0)) || isVerb(word)) {
                return false;
            }
        }
        return join;
    }

    private boolean isVerb(String word) {
        return dictionary.formsStartingWith(word).stream().anyMatch(f -> f.words().size() == 1);
    }
}
