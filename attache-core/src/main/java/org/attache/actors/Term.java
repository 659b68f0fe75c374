package org.attache.actors;

import java.time.LocalDate;

/** A person's term in an office, inclusive; {@code end} is null while the term runs. */
public record Term(String country, String office, String person, LocalDate start, LocalDate end) {
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
}
