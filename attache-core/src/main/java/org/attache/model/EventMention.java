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

    public EventMention withInReplyTo(String mentionId) {
        return new EventMention(id, articleKey, kind, coding, source, target, date, evidence, confidence,
                mentionId, provenance);
    }
}
