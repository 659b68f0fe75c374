package org.attache.pipeline;

import java.util.List;
import org.attache.ingest.SourceItem;
import org.attache.ingest.SourceLocation;
import org.attache.model.Document;

/**
 * What an ingest run did: how many articles were analysed and stored, left as they were, skipped (with why) or
 * failed (with why), how many event records the store then holds, and how many of the analysed sentences the
 * cascade's deep pass parsed.
 */
public record IngestReport(int ingested, int unchanged, List<SourceItem.Failed> failures, int events,
        List<Skipped> skipped, Cascade cascade) {
    public IngestReport {
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
    }

    /** The sentences of the analysed articles, and how many of them reached the deep pass. */
    public record Cascade(long sentences, long parsed) {
        public static final Cascade NONE = new Cascade(0, 0);

        /** This count with one more document's sentences and parses. */
        public Cascade plus(Document document) {
            return new Cascade(sentences + document.sentences().size(), parsed + document.parses().size());
        }

        /** The share of sentences parsed, 0 when there were none. */
        public double share() {
            return sentences == 0 ? 0 : (double) parsed / sentences;
        }
    }

    /**
     * An article not analysed: "duplicate of KEY" (not stored, the store has it under KEY) or
     * "skipped (language fr)" (stored without events, since extraction reads English only).
     */
    public record Skipped(SourceLocation location, String key, String reason) {
    }
}
