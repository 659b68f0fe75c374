package org.attache.model;

/** A stretch of text that carries no reported facts (a link line, caption, byline), with why. */
public record NoiseSpan(Span span, String reason, Provenance provenance) {
}
