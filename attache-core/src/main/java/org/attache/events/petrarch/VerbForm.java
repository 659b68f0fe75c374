package org.attache.events.petrarch;

import java.util.List;

/**
 * A form of a verb as it is written in text (lower-case words: "sent", "called off", "cold shouldered"), its
 * code (the verb line's own, else its block's) and the block whose patterns refine it.
 */
record VerbForm(List<String> words, VerbCode code, VerbBlock block) {
}
