package org.attache.model;

import java.util.Objects;

/**
 * Words an article reports someone said: the quoted or reported text at {@code span} (offsets into the article's
 * text, quote marks left out), who said it ({@code speaker}, null when no actor could be resolved), whether the
 * words are quoted directly or reported, the cue that introduced them ("said", "according to"), and the id of the
 * article's {@link EventMention} they belong to, or null.
 */
public record Quote(String id, String articleKey, Span span, String text, Actor speaker, boolean direct, String cue,
        String eventId, Provenance provenance) {
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleKey, "articleKey");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cue, "cue");
    }

    /** The same quote belonging to the event mention with this id (null for none). */
    public Quote withEventId(String mentionId) {
        return new Quote(id, articleKey, span, text, speaker, direct, cue, mentionId, provenance);
    }
}
