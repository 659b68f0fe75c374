package org.attache.events;

import java.util.Set;
import org.attache.model.Coding;
import org.attache.model.EventKind;

/** A line of the trigger lexicon: its id, the kind it signals, context words it needs, and its coding. */
record TriggerGroup(String id, EventKind kind, Set<String> requires, Coding coding) {
    boolean isReply() {
        return id.endsWith(".reply");
    }

    /** "was received by Kim": the agent follows the trigger and the one before it is the target. */
    boolean isPassive() {
        return id.endsWith(".passive");
    }

    boolean isExchange() {
        return id.endsWith(".exchange");
    }
}
