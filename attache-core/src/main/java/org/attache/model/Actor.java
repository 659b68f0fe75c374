package org.attache.model;

import java.util.Objects;

/**
 * Who acted: a state or international body by code (ISO3 such as {@code PRK}, or {@code UN}, {@code EU}),
 * optionally a named person, and the office or role that made them an actor. {@code person} is null where
 * only the state is known; {@code role} is null for the state itself.
 */
public record Actor(String country, String person, String role) {
    public Actor {
        Objects.requireNonNull(country, "country");
    }

    public static Actor state(String country) {
        return new Actor(country, null, null);
    }

    public boolean isPerson() {
        return person != null;
    }

    @Override
    public String toString() {
        return person == null ? country : country + ":" + person;
    }
}
