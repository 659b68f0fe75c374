package org.attache.model;

import java.util.List;

/**
 * One real-world event with every article mention that reports it. Its fields are the consensus of
 * its mentions; {@code inReplyTo} is the id of the record it answers, or null.
 */
public record EventRecord(String id, EventKind kind, Coding coding, List<Actor> source, List<Actor> target,
        DateInterval date, List<EventMention> mentions, String inReplyTo) {
    public EventRecord {
        source = List.copyOf(source);
        target = List.copyOf(target);
        mentions = List.copyOf(mentions);
    }

    public long articleCount() {
        return mentions.stream().map(EventMention::articleKey).distinct().count();
    }
}
