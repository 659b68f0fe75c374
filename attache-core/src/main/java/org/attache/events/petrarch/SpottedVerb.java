package org.attache.events.petrarch;

import java.util.List;
import org.attache.events.TokenRange;

/** A verb of the dictionary found in a sentence: where, its forms there (of one block or more), if it is a noun. */
record SpottedVerb(TokenRange range, List<VerbForm> forms, boolean noun) {
}
