package org.attache.actors;

import java.util.List;

/** A person the knowledge base knows: canonical name, country, other spellings and the name used alone. */
public record Person(String name, String country, List<String> variants, String shortName) {
}
