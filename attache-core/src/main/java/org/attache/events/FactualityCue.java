package org.attache.events;

import java.util.Set;

/**
 * A word that, within {@code window} words before a trigger, means the event did not happen as told; except for
 * triggers of the PLOVER types it {@code spares}, which code the intent itself ("will cooperate": AGREE).
 */
record FactualityCue(int window, String reason, Set<String> spares) {
}
