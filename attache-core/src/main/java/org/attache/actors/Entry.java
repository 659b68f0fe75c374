package org.attache.actors;

/**
 * What a gazetteer phrase names: a state (by name, metonym or adjective), a body, a person, a title, or a
 * word that makes a preceding state name a mere modifier ("a North Korea expert"), a phrase naming two parties
 * already named ("the two leaders", {@code value} "persons" or "states"); an agent word, a sector noun of
 * sectors.tsv or a user's PETRARCH agent; a user's PETRARCH coded actor phrase; a named group of a state's society
 * (groups.tsv: "Hamas", "UNITA"). {@code code} is the state or body code, the person's or group's country, or
 * the phrase; {@code value} is the person's canonical name, the office, or a sector noun's or group's sector.
 */
record Entry(Type type, String code, String value) {
    enum Type { STATE_NAME, METONYM, ADJECTIVE, BODY, PERSON, TITLE, HONORIFIC, MODIFIED_NOUN, PAIR, CODED, AGENT, GROUP }

    boolean namesState() {
        return type == Type.STATE_NAME || type == Type.METONYM || type == Type.ADJECTIVE || type == Type.BODY
                || type == Type.CODED || type == Type.GROUP;
    }
}
