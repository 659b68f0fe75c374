package org.attache.events;

/**
 * The extractor's own rules for where the actors of a verb stand, offered to a {@link PatternCoder} for the
 * slots its pattern leaves open. Answers are indexes into the sentence's actor list, or -1 for none.
 */
public interface ActorPlacement {
    /** The verb's subject: the nearest actor before it in its clause that no preposition governs. */
    int subjectBefore(int verbFrom);

    /** The verb's object: the actor right after it or after a preposition such as "with" or "to". */
    int objectAfter(int verbFrom, int verbTo, int source);
}
