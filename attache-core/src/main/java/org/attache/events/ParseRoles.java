package org.attache.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.attache.model.Dependency;
import org.attache.model.SentenceParse;
import org.attache.model.Token;

/**
 * Who did it and to whom, read from a trigger's dependency arcs: the subject of a trigger verb (shared
 * across coordinated verbs in the enhanced graph) or the possessor or "by/from" agent of a trigger noun is
 * the source; its object, or its "to/with/against..." oblique, the target. In the passive ("was attacked by
 * X") the passive subject is the target and the by-agent the source.
 */
final class ParseRoles {
    /** Roles as token positions in the sentence; {@code targets} best first, empty when the parse names none. */
    record Roles(int source, List<Integer> targets, boolean passive) {
    }

    /** The prepositions that mark a trigger's target, most telling first ("on" names a topic, not a party). */
    private static final List<String> TARGET_CASES = List.of("to", "with", "against", "toward", "towards", "into",
            "between", "for", "at", "in");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:xsubj");
    private static final Set<String> NOUN_AGENTS = Set.of("nmod:poss", "nmod:by", "nmod:agent", "nmod:from");
    /** The arcs inside a noun phrase that may carry its actor ("the leader of China", "Russia's envoy"). */
    private static final Set<String> PHRASE_ARCS = Set.of("compound", "flat", "nmod:poss", "amod", "nmod:of",
            "appos", "nmod:by");
    /** The arcs by which a noun names whose it is ("Belarus's rulers", "Iranian leaders"). */
    private static final Set<String> OWNER_ARCS = Set.of("nmod:poss", "amod");
    /**
     * Clauses that say what the trigger is about ("threatened to cut off power to Azerbaijan", "urged that Japan
     * stop"): where the trigger has no target of its own, the first party such a clause is aimed at is its target.
     */
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp");
    /** "... if the United States deploys missiles": the one a condition is set for is the one threatened. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    private static final Set<String> CONDITION_SUBJECTS = Set.of("nsubj", "nsubj:pass", "dep");
    /** Clauses followed down from the trigger in search of its target. */
    private static final int COMPLEMENT_DEPTH = 3;

    private ParseRoles() {
    }

    /**
     * The roles of the trigger at tokens {@code [from, to)} of the sentence's {@code tokens}, where {@code isActor} tells the positions inside an
     * actor mention; null when the parse gives no source that is an actor.
     */
    static Roles read(SentenceParse parse, List<Token> tokens, int from, int to, IntPredicate isActor) {
        int head = headOf(parse, from, to);
        if (head < 0) {
            return null;
        }
        Integer patient = first(parse, head, Set.of("nsubj:pass"), isActor);
        if (patient != null) {
            Integer agent = argument(parse, from, to, Set.of("obl:agent", "obl:by"), isActor);
            return agent == null ? null : new Roles(agent, List.of(patient), true);
        }
        Integer source = parse.isVerb(head) ? first(parse, head, SUBJECTS, isActor)
                : argument(parse, from, to, NOUN_AGENTS, isActor);
        if (source == null) {
            return null;
        }
        List<Integer> targets = targets(parse, from, to, source, isActor);
        if (targets.isEmpty()) {
            complementTargets(parse, tokens, head, source, isActor, COMPLEMENT_DEPTH, targets);
        }
        return new Roles(source, targets, false);
    }

    /** The hit's own head: its token whose heads all lie outside the hit. */
    private static int headOf(SentenceParse parse, int from, int to) {
        for (int i = from; i < to; i++) {
            boolean outside = parse.heads(i).stream().allMatch(d -> d.head() < from || d.head() >= to);
            if (outside && !parse.heads(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static List<Integer> targets(SentenceParse parse, int from, int to, int source, IntPredicate isActor) {
        List<Integer> found = new ArrayList<>();
        List<String> ranked = new ArrayList<>(List.of("obj", "iobj"));
        TARGET_CASES.forEach(c -> {
            ranked.add("obl:" + c);
            ranked.add("nmod:" + c);
        });
        for (String relation : ranked) {
            Integer t = argument(parse, from, to, Set.of(relation), isActor);
            if (t != null && t.intValue() != source && !found.contains(t)) {
                found.add(t);
            }
        }
        return found;
    }

    /**
     * Targets from the clauses below the trigger: the objects and obliques of its complement clauses, and the
     * subject of a condition set in them, down to {@code depth} clauses.
     */
    private static void complementTargets(SentenceParse parse, List<Token> tokens, int verb, int source,
            IntPredicate isActor, int depth, List<Integer> found) {
        for (Dependency d : parse.dependents(verb)) {
            int clause = d.dependent();
            if (COMPLEMENTS.contains(d.relation())) {
                targets(parse, clause, clause + 1, source, isActor).stream().filter(t -> !found.contains(t))
                        .forEach(found::add);
                if (depth > 1) {
                    complementTargets(parse, tokens, clause, source, isActor, depth - 1, found);
                }
            } else if (d.relation().equals("advcl") && isCondition(parse, tokens, clause)) {
                Integer subject = first(parse, clause, CONDITION_SUBJECTS, isActor);
                if (subject != null && subject != source && !found.contains(subject)) {
                    found.add(subject);
                }
            }
        }
    }

    private static boolean isCondition(SentenceParse parse, List<Token> tokens, int clause) {
        // A long condition is sometimes parsed with "if" itself as the clause and its subject a "dep" of it.
        return CONDITIONS.contains(tokens.get(clause).lower()) || parse.dependents(clause).stream()
                .anyMatch(d -> d.relation().equals("mark") && CONDITIONS.contains(tokens.get(d.dependent()).lower()));
    }

    /** The actor in the first argument of any of the hit's tokens by one of {@code relations}, or null. */
    private static Integer argument(SentenceParse parse, int from, int to, Set<String> relations, IntPredicate isActor) {
        for (int i = from; i < to; i++) {
            Integer found = first(parse, i, relations, isActor);
            if (found != null && (found < from || found >= to)) {
                return found;
            }
        }
        return null;
    }

    private static Integer first(SentenceParse parse, int head, Set<String> relations, IntPredicate isActor) {
        for (Dependency d : parse.dependents(head)) {
            if (relations.contains(d.relation()) && !pronounPossessor(parse, d)) {
                Integer actor = actorInPhrase(parse, d.dependent(), isActor);
                if (actor != null) {
                    return actor;
                }
            }
        }
        return null;
    }

    /**
     * "his visit": whom the pronoun stands for is the actors stage's guess, too weak to make an event of; the
     * parse-free reading does not take it either.
     */
    private static boolean pronounPossessor(SentenceParse parse, Dependency d) {
        return d.relation().equals("nmod:poss") && parse.tags().get(d.dependent()).equals("PRP$");
    }

    /**
     * The phrase's head if it is in an actor mention, else the first of its own modifiers that is ("the leader
     * of China"); deeper modifiers belong to other things ("the outcome of the Singapore talks").
     */
    private static Integer actorInPhrase(SentenceParse parse, int phraseHead, IntPredicate isActor) {
        if (isActor.test(phraseHead)) {
            return phraseHead;
        }
        List<Integer> modifiers = parse.dependents(phraseHead).stream().filter(d -> PHRASE_ARCS.contains(d.relation()))
                .map(Dependency::dependent).toList();
        for (int m : modifiers) {
            if (isActor.test(m)) {
                return m;
            }
        }
        // "calls by Belarus's rulers": the agent's own possessor or nationality, one step further.
        for (int m : modifiers) {
            Integer owner = parse.dependents(m).stream().filter(d -> OWNER_ARCS.contains(d.relation()))
                    .map(Dependency::dependent).filter(isActor::test).findFirst().orElse(null);
            if (owner != null) {
                return owner;
            }
        }
        return null;
    }
}
