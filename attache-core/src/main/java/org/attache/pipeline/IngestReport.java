package org.attache.pipeline;

import java.util.List;
import org.attache.ingest.SourceItem;
import org.attache.ingest.SourceLocation;

/**
 * What an ingest run did: how many articles were analysed and stored, left as they were, skipped (with why) or
 * failed (with why), and how many event records the store then holds.
 */
public record IngestReport(int ingested, int unchanged, List<SourceItem.Failed> failures, int events,
        List<Skipped> skipped) {
    public IngestReport {
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
    }

    /**
     * An article not analysed: "duplicate of KEY" (not stored, the store has it under KEY) or
     * "skipped (language fr)" (stored without events, since extraction reads English only).
     */
    public record Skipped(SourceLocation location, String key, String reason) {
    }
}
