package org.attache.events;

/** Tokens {@code [from, to)} of a sentence: where a verb or an actor stands. */
public record TokenRange(int from, int to) {
    public boolean overlaps(TokenRange other) {
        return from < other.to && other.from < to;
    }
}
