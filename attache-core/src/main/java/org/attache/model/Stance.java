package org.attache.model;

import java.util.Locale;
import java.util.Set;

/**
 * Whether an event is cooperation or conflict, read from its PLOVER type: AGREE, CONSULT, SUPPORT, CONCEDE,
 * COOPERATE, AID and RETREAT cooperate, every other type is conflict, and an event with no type is uncoded.
 */
public enum Stance {
    COOPERATION, CONFLICT, UNCODED;

    private static final Set<String> COOPERATIVE =
            Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT");

    public static Stance of(String ploverType) {
        if (ploverType == null || ploverType.isBlank()) {
            return UNCODED;
        }
        return COOPERATIVE.contains(ploverType.strip().toUpperCase(Locale.ROOT)) ? COOPERATION : CONFLICT;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
