package org.attache.model;

import java.util.Locale;

/** The plain kinds of the event record contract. */
public enum EventKind {
    MESSAGE, CALL, MEETING, VISIT, AGREEMENT, REQUEST, ACCUSATION, THREAT, PROTEST, MILITARY_TEST,
    MILITARY_ACTION, SANCTION, AID, STATEMENT, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** Kinds whose participants are interchangeable: a meeting of A and B is a meeting of B and A. */
    public boolean isSymmetric() {
        return this == MEETING || this == AGREEMENT || this == CALL;
    }
}
