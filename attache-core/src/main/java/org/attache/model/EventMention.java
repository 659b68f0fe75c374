package org.attache.model;

import java.util.List;

/**
 * One article's report of an event: what, who, when, and the evidence span that says so.
 * {@code id} is stable from content; {@code inReplyTo} is the id of another mention in the same article
 * that this one answers, or null.
 */
public record EventMention(String id, String articleKey, EventKind kind, Coding coding, List<Actor> source,
        List<Actor> target, DateInterval date, Span evidence, double confidence, String inReplyTo,
        Provenance provenance) {
    public EventMention {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    /**
     * Whether the two tell of the same parties: the same countries on each side (in either order for
     * symmetric kinds), and no two different persons named for one country.
     */
    public boolean sameParties(EventMention other) {
        boolean direct = sameSide(source, other.source) && sameSide(target, other.target);
        boolean crossed = sameSide(source, other.target) && sameSide(target, other.source);
        return direct || (kind.isSymmetric() && crossed);
    }

    private static boolean sameSide(List<Actor> x, List<Actor> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            Actor a = x.get(i);
            Actor b = y.get(i);
            if (!a.country().equals(b.country())
                    || (a.person() != null && b.person() != null && !a.person().equals(b.person()))) {
                return false;
            }
        }
        return true;
    }

    /** The same report dated otherwise, as when it takes the date of the record it was linked to. */
    public EventMention withDate(DateInterval newDate) {
        return new EventMention(id, articleKey, kind, coding, source, target, newDate, evidence, confidence,
                inReplyTo, provenance);
    }

    public EventMention withInReplyTo(String mentionId) {
        return new EventMention(id, articleKey, kind, coding, source, target, date, evidence, confidence,
                mentionId, provenance);
    }
}
