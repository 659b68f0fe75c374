package org.attache.events;

/** A word that, within {@code window} words before a trigger, means the event did not happen as told. */
record FactualityCue(int window, String reason) {
}
