package org.attache.events;

/** How a cue of {@code anchors.tsv} ties an undated event to another event's date. */
enum AnchorRelation {
    /** The events after the cue happened in the week before the event named before it. */
    PRECEDES,
    /** The events of the clause happened within the event the cue names. */
    DURING
}
