package org.attache.store;

/**
 * How many records name an actor. With {@code person} null the count is of records naming the country or body
 * in any way (as itself or through one of its people); otherwise of records naming that person.
 */
public record ActorCount(String country, String person, long events) {
}
