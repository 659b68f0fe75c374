package org.attache.events.petrarch;

import java.util.List;
import java.util.Set;
import org.attache.events.TokenRange;
import org.attache.model.Token;

/**
 * Where actors stand around a verb when a pattern does not say, beyond the extractor's own rules: the agent of
 * a passive, a possessor that opens the subject, the first actor after the verb in its clause, and the words
 * that open another clause. Answers are actor indexes, -1 for none.
 */
final class ClauseRoles {
    private static final Set<String> CLAUSE_OPENERS = Set.of("after", "when", "while", "because", "since", "if",
            "although", "though", "before", "until", "which", "who", "whom", "where", "whose");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "--", "\u2014", "\u2013");
    private static final int PASSIVE_REACH = 3;
    private static final int OBJECT_REACH = 8;
    /** How many words may stand between a possessor and the verb of its noun: "Norvia's navy chief has". */
    private static final int POSSESSED_REACH = 4;

    private final List<Token> tokens;
    private final List<TokenRange> actors;
    private final List<SpottedVerb> verbs;

    ClauseRoles(List<Token> tokens, List<TokenRange> actors, List<SpottedVerb> verbs) {
        this.tokens = tokens;
        this.actors = actors;
        this.verbs = verbs;
    }

    /** "was opposed (fiercely) by A": a form of "be" just before the verb and "by" an actor just after. */
    int passiveAgent(TokenRange verb) {
        boolean be = false;
        for (int i = Math.max(0, verb.from() - 2); i < verb.from(); i++) {
            be |= BE.contains(tokens.get(i).lower());
        }
        for (int i = verb.to(); be && i < Math.min(tokens.size() - 1, verb.to() + PASSIVE_REACH); i++) {
            if (tokens.get(i).lower().equals("by")) {
                int agent = actorFrom(i + 1);
                return agent >= 0 || !tokens.get(i + 1).lower().equals("the") ? agent : actorFrom(i + 2);
            }
        }
        return -1;
    }

    /** "Norvia's navy chief has protested": the possessor that opens the subject, a few lower-case words back. */
    int possessorSubject(int verbFrom) {
        for (int i = verbFrom - 1; i >= Math.max(1, verbFrom - 1 - POSSESSED_REACH); i--) {
            String word = tokens.get(i).lower();
            if (word.equals("'s") || word.equals("\u2019s")) {
                return actorEndingAt(i - 1);
            }
            if (!Character.isLowerCase(tokens.get(i).text().charAt(0)) || isVerbAt(i)
                    || CLAUSE_OPENERS.contains(word)) {
                return -1;
            }
        }
        return -1;
    }

    /** The first actor within reach after {@code from}, in the same clause and before the next verb. */
    int firstActorAfter(int from, int source) {
        for (int i = from; i < Math.min(tokens.size(), from + OBJECT_REACH); i++) {
            if (BREAKS.contains(tokens.get(i).text()) || isVerbAt(i)) {
                return -1;
            }
            int actor = actorFrom(i);
            if (actor >= 0 && actor != source) {
                return actor;
            }
        }
        return -1;
    }

    /** Whether a word that opens another clause ("after", "when", "which") stands between two positions. */
    boolean clauseOpenerBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_OPENERS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A verb of the dictionary read as a verb, not as a noun, covers token {@code i}. */
    private boolean isVerbAt(int i) {
        return verbs.stream().anyMatch(v -> !v.noun() && v.range().from() <= i && i < v.range().to());
    }

    private int actorFrom(int i) {
        for (int a = 0; a < actors.size(); a++) {
            if (actors.get(a).from() == i) {
                return a;
            }
        }
        return -1;
    }

    private int actorEndingAt(int i) {
        for (int a = 0; a < actors.size(); a++) {
            if (actors.get(a).to() == i + 1) {
                return a;
            }
        }
        return -1;
    }
}
