package org.attache.model;

/** An actor named at a span of the text, with how it was named and which rule resolved it. */
public record ActorMention(Span span, Actor actor, MentionForm form, Provenance provenance) {
}
