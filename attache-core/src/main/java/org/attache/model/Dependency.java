package org.attache.model;

/**
 * One arc of a dependency parse: {@code head} governs {@code dependent} by {@code relation} (a Universal
 * Dependencies name, enhanced with the preposition: "nsubj", "obj", "obl:with", "obl:agent", "nmod:poss").
 * Both are token positions within the sentence (0 for its first token); the root's head is {@link #ROOT}.
 */
public record Dependency(int head, int dependent, String relation) {
    public static final int ROOT = -1;

    /** Whether the relation is {@code name} or one of its subtypes ("obl" matches "obl:with"). */
    public boolean is(String name) {
        return relation.equals(name) || relation.startsWith(name + ":");
    }
}
