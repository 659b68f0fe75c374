package org.attache.model;

/**
 * A time expression found in the text and the interval it denotes, resolved against the publication date
 * where it is relative. {@code reportingTime} marks a time that dates a report ("KCNA said on Thursday"),
 * not an event.
 */
public record TimeExpression(Span span, DateInterval interval, boolean reportingTime, Provenance provenance) {
}
