package org.attache.nlp;

import org.attache.model.Sentence;
import org.attache.model.SentenceParse;

/**
 * The cascade's deep pass: a dependency parse of one sentence, asked for only where the cheap reading of a
 * candidate sentence (a trigger word among actors) found no event, so its cost follows the hard sentences
 * rather than the whole text. The models load on first use and are shared by all threads.
 */
public final class DeepParser {
    /** A longer "sentence" is a list or a run-on line; parsing it costs much and reads little. */
    public static final int MAX_TOKENS = 120;

    /** The sentence's parse, or null when it is too long to be worth one. */
    public SentenceParse parse(Sentence sentence) {
        return sentence.tokens().size() > MAX_TOKENS ? null : DependencyModels.shared().parse(sentence);
    }
}
