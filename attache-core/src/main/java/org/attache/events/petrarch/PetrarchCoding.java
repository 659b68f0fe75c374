package org.attache.events.petrarch;

import java.nio.file.Path;
import org.attache.events.PatternCoder;
import org.attache.pipeline.Stage;

/** A user's PETRARCH verb dictionary and discard list: the coder the extractor calls, and the discard stage. */
public final class PetrarchCoding {
    private final VerbDictionary verbs;
    private final Discards discards;

    private PetrarchCoding(VerbDictionary verbs, Discards discards) {
        this.verbs = verbs;
        this.discards = discards;
    }

    public static PetrarchCoding none() {
        return new PetrarchCoding(VerbDictionary.empty(), Discards.none());
    }

    /** Reads the files; a null path means none of that kind. A mistake stops the load with file, line and reason. */
    public static PetrarchCoding read(Path verbs, Path discards) {
        return new PetrarchCoding(verbs == null ? VerbDictionary.empty() : VerbDictionary.read(verbs),
                discards == null ? Discards.none() : Discards.read(discards));
    }

    static PetrarchCoding of(VerbDictionary verbs, Discards discards) {
        return new PetrarchCoding(verbs, discards);
    }

    public PatternCoder coder() {
        return verbs.isEmpty() ? PatternCoder.NONE : new VerbCoder(verbs);
    }

    /** The stage that marks discarded sentences and stories as noise; it changes nothing without a list. */
    public Stage discards() {
        return discards;
    }
}
