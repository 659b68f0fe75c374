package org.attache.events.petrarch;

/**
 * One element of a verb pattern: a word, a synset, an actor slot or a skip. {@code joined} says it must stand
 * right next to its neighbour on the verb's side ({@code _} in the dictionary); else words may come between.
 */
record Element(Type type, String value, boolean joined) {
    enum Type {
        WORD, SYNSET, SOURCE, TARGET, COMPOUND, SKIP
    }

    boolean isSlot() {
        return type == Type.SOURCE || type == Type.TARGET || type == Type.COMPOUND;
    }
}
