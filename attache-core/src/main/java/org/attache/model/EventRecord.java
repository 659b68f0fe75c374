package org.attache.model;

import java.util.List;

/**
 * One real-world event with every article mention that reports it. Its fields are the consensus of
 * its mentions; {@code inReplyTo} is the id of the record it answers, or null; {@code sources} is how many
 * independent sources report it (a wire story and its reprints or rewrites count once).
 */
public record EventRecord(String id, EventKind kind, Coding coding, List<Actor> source, List<Actor> target,
        DateInterval date, List<EventMention> mentions, String inReplyTo, int sources) {
    public EventRecord {
        source = List.copyOf(source);
        target = List.copyOf(target);
        mentions = List.copyOf(mentions);
    }

    /** A record whose articles are not known to share a source: each counts as one. */
    public EventRecord(String id, EventKind kind, Coding coding, List<Actor> source, List<Actor> target,
            DateInterval date, List<EventMention> mentions, String inReplyTo) {
        this(id, kind, coding, source, target, date, mentions, inReplyTo,
                (int) mentions.stream().map(EventMention::articleKey).distinct().count());
    }

    public long articleCount() {
        return mentions.stream().map(EventMention::articleKey).distinct().count();
    }
}
