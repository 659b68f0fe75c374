package org.attache.events;

import java.util.Set;

/**
 * A word that, within {@code window} words before a trigger, means the event did not happen as told; except for
 * triggers of the PLOVER types it {@code spares}, which code the intent itself ("will cooperate": AGREE). A cue
 * that states an {@link Effect#INTENT} ("will", "is ready to") tells what its subject means to do, which intents.tsv
 * codes; a {@link Effect#FACTUAL} phrase ("continued to send") says the deed happened and blocks nothing.
 */
record FactualityCue(int window, String reason, Set<String> spares, Effect effect) {
    enum Effect {
        BLOCKS, INTENT, FACTUAL,
        /** Blocks, but after an intent cue states an intent not to do it ("will not accept"). */
        NEGATION,
        /** An infinitive's "to": blocks, unless a factual cue before it says the deed was done ("voted to impose"). */
        INFINITIVE
    }
}
