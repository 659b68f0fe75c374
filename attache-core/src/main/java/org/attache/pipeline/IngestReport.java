package org.attache.pipeline;

import java.util.List;
import org.attache.ingest.SourceItem;

/** What an ingest run did: how many articles were stored, left as they were, or failed, and why. */
public record IngestReport(int ingested, int unchanged, List<SourceItem.Failed> failures, int events) {
    public IngestReport {
        failures = List.copyOf(failures);
    }
}
