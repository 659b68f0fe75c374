package org.attache.actors;

import java.util.Set;

/** A title phrase ("prime minister") naming an office, valid for the given countries or, if empty, any. */
public record Title(String phrase, String office, Set<String> countries) {
    public boolean appliesTo(String country) {
        return countries.isEmpty() || countries.contains(country);
    }
}
