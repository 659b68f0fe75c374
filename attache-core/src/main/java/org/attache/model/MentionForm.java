package org.attache.model;

/** How an actor was named in the text, which tells how much the resolution can be trusted. */
public enum MentionForm {
    FULL_NAME, SHORT_NAME, TITLE, STATE_NAME, METONYM, ADJECTIVE, PRONOUN, ROLE_PHRASE,
    /**
     * A phrase of a user's coded dictionary (PETRARCH actors and agents), coded as the analyst wrote it, or a
     * state with a sector noun of sectors.tsv ("Iraqi police").
     */
    DICTIONARY
}
