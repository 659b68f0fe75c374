package org.attache.store;

import java.time.LocalDate;
import org.attache.model.EventKind;

/**
 * Filters for listing event records; null means no filter. {@code actor} matches a country code or part of a
 * person's name (case-insensitive) on either side; with {@code counterpart} as well, the record is between the
 * two: one side names the actor and the other the counterpart. Dates select records whose interval overlaps.
 * {@code text} is part of the evidence of one of the record's mentions (case-insensitive); {@code articleKey}
 * keeps records with a mention in that article; {@code inReplyTo} keeps the replies to that record.
 */
public record EventQuery(String actor, String counterpart, EventKind kind, String ploverType, LocalDate from,
        LocalDate to, String text, String articleKey, String inReplyTo) {
    private static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null, null, null);

    public EventQuery {
        if (counterpart != null && actor == null) {
            throw new IllegalArgumentException("a counterpart needs an actor");
        }
    }

    public EventQuery(String actor, EventKind kind, LocalDate from, LocalDate to) {
        this(actor, null, kind, null, from, to, null, null, null);
    }

    public static EventQuery all() {
        return ALL;
    }

    public EventQuery withActor(String value) {
        return new EventQuery(value, counterpart, kind, ploverType, from, to, text, articleKey, inReplyTo);
    }

    /** Records between the two actors, in either direction. */
    public EventQuery withDyad(String one, String other) {
        return new EventQuery(one, other, kind, ploverType, from, to, text, articleKey, inReplyTo);
    }

    public EventQuery withKind(EventKind value) {
        return new EventQuery(actor, counterpart, value, ploverType, from, to, text, articleKey, inReplyTo);
    }

    public EventQuery withPloverType(String value) {
        return new EventQuery(actor, counterpart, kind, value, from, to, text, articleKey, inReplyTo);
    }

    public EventQuery withDates(LocalDate fromDay, LocalDate toDay) {
        return new EventQuery(actor, counterpart, kind, ploverType, fromDay, toDay, text, articleKey, inReplyTo);
    }

    public EventQuery withText(String value) {
        return new EventQuery(actor, counterpart, kind, ploverType, from, to, value, articleKey, inReplyTo);
    }

    public EventQuery withArticle(String key) {
        return new EventQuery(actor, counterpart, kind, ploverType, from, to, text, key, inReplyTo);
    }

    public EventQuery withInReplyTo(String eventId) {
        return new EventQuery(actor, counterpart, kind, ploverType, from, to, text, articleKey, eventId);
    }
}
