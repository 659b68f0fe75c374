package org.attache.quotes;

/** What a phrase of {@code quote-cues.tsv} does around quoted or reported words. */
enum CueType {
    /** A verb of saying that the reported words may follow directly. */
    SAY,
    /** A verb of saying whose reported words follow "that". */
    VERB,
    /** A phrase with the speaker after it: "according to". */
    SOURCE,
    /** A word that may stand between a speaker and the verb. */
    BETWEEN,
    /** A word right before a verb that means nothing was said. */
    BLOCK,
    /** A word that ends the search for a speaker before a verb: a pronoun or relative word. */
    STOP,
    /** A word that, right after a verb, starts an adjunct rather than the reported words. */
    ADJUNCT,
    /** A verb whose clause may quote a few of its subject's words: described ties as a "valuable asset". */
    PARTIAL;

    /** Whether the cue introduces words someone said. */
    boolean introduces() {
        return this == SAY || this == VERB || this == SOURCE;
    }
}
