package org.attache.actors;

import java.util.List;

/** A state: its code, names, metonyms (capital, seats of government), adjectives, and which office leads it. */
public record State(String code, String name, List<String> variants, List<String> metonyms,
        List<String> adjectives, String leaderOffice) {
}
