package org.attache.events;

import java.util.List;

/**
 * What a user's verb dictionary reads in a sentence: every verb of it found there, coded or not (the bundled
 * trigger lexicon leaves those words to the dictionary), and the events its patterns code.
 */
public record PatternReading(List<TokenRange> verbs, List<CodedEvent> events) {
    public static final PatternReading NONE = new PatternReading(List.of(), List.of());

    public PatternReading {
        verbs = List.copyOf(verbs);
        events = List.copyOf(events);
    }

    public boolean covers(TokenRange range) {
        return verbs.stream().anyMatch(v -> v.overlaps(range));
    }
}
