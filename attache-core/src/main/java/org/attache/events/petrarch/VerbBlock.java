package org.attache.events.petrarch;

import java.util.List;

/** A {@code --- VERB [code] ---} block: its name, its code, and the patterns that refine it for all its verbs. */
record VerbBlock(String name, VerbCode code, List<VerbPattern> patterns) {
}
