package org.attache.store;

import java.time.LocalDate;
import org.attache.model.EventKind;

/**
 * Filters for listing event records; null means no filter. {@code actor} matches a country code or a
 * person's name (case-insensitive) on either side. Dates select records whose interval overlaps.
 */
public record EventQuery(String actor, EventKind kind, LocalDate from, LocalDate to) {
    public static EventQuery all() {
        return new EventQuery(null, null, null, null);
    }
}
