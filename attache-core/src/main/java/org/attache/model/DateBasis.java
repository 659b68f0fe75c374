package org.attache.model;

import java.util.Locale;

/** How an event date was established. */
public enum DateBasis {
    EXPLICIT, RELATIVE, LINKED, PUBLICATION, INFERRED, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DateBasis fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
