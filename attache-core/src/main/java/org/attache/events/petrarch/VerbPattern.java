package org.attache.events.petrarch;

import java.util.List;

/**
 * A pattern of a verb block: the elements before the verb, nearest first, and those after it, in order; its
 * code; and where it was read ({@code file:line}), which becomes the event's rule.
 */
record VerbPattern(List<Element> before, List<Element> after, VerbCode code, String id) {
    VerbPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** How much of the sentence the pattern pins down: the more elements, the more specific. */
    int weight() {
        return before.size() + after.size();
    }
}
