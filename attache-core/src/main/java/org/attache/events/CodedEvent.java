package org.attache.events;

/** An event a user's verb pattern codes: the verb, the CAMEO code, source and target (actor indexes), the rule. */
public record CodedEvent(TokenRange verb, String cameo, int source, int target, String rule) {
}
