package org.attache.events;

import java.util.List;
import org.attache.model.Token;

/**
 * Codes a sentence from a user's verb patterns (a PETRARCH verb dictionary, say), beside the bundled trigger
 * lexicon: the extractor gives it the sentence's tokens, its actors and its own placement rules.
 */
public interface PatternCoder {
    PatternCoder NONE = (tokens, actors, placement) -> PatternReading.NONE;

    PatternReading read(List<Token> tokens, List<TokenRange> actors, ActorPlacement placement);
}
