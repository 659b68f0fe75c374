package org.attache.model;

/** The standard codes of an event: PLOVER type and mode (mode may be null) and CAMEO code (may be null). */
public record Coding(String ploverType, String ploverMode, String cameo) {
}
