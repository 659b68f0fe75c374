package org.attache.actors.petrarch;

import java.time.LocalDate;

/**
 * One code of a dictionary actor and the days it holds, both ends inclusive: {@code [HOB <950601]} has no
 * {@code from}, {@code [HOBREB >990816]} no {@code until}, {@code [HOBGOV 950601-990815]} both, and the
 * unrestricted {@code [HOB]} neither, which makes it the actor's default.
 */
public record DatedCode(String code, LocalDate from, LocalDate until) {
    public boolean restricted() {
        return from != null || until != null;
    }

    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
}
