package org.attache.events;

import java.util.Set;
import org.attache.model.Coding;
import org.attache.model.EventKind;

/**
 * A line of the trigger lexicon: its id, the kind it signals, context words it needs, and its coding; {@code
 * deedType} is the PLOVER type of the deed its words name, which an intent to do it is not coded as.
 */
record TriggerGroup(String id, EventKind kind, Set<String> requires, Coding coding, String deedType) {
    /** A group coded as the deed it names. */
    TriggerGroup(String id, EventKind kind, Set<String> requires, Coding coding) {
        this(id, kind, requires, coding, coding == null ? null : coding.ploverType());
    }

    boolean isReply() {
        return id.endsWith(".reply");
    }

    /** "was received by Kim": the agent follows the trigger and the one before it is the target. */
    boolean isPassive() {
        return id.endsWith(".passive");
    }

    /** "Britain said Libya must hand over the suspects": the party before the trigger is asked, by the speaker. */
    boolean isObligation() {
        return id.endsWith(".obligation");
    }

    /** "Peru and Bolivia upgraded their ties": two coordinated parties named with no one else do it with each other. */
    boolean isMutual() {
        return id.endsWith(".mutual");
    }

    /**
     * "will support", "is ready to back": a word that names a deed only when an intent to do it is stated; bare
     * ("support", "help") it is too often a noun or a wish.
     */
    boolean isIntentOnly() {
        return id.endsWith(".intended");
    }

    boolean isExchange() {
        return id.endsWith(".exchange");
    }

    /** A stated intent to do what the group's trigger names ("will support"): coded by intents.tsv. */
    boolean isIntent() {
        return id.startsWith(INTENT);
    }

    /** This deed as an intent, with the intent's kind and coding. */
    TriggerGroup asIntent(TriggerGroup intent) {
        return new TriggerGroup(INTENT + id, intent.kind(), requires, intent.coding(), deedType);
    }

    private static final String INTENT = "intent.";
}
