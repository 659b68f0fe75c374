package org.attache.testing;

import org.attache.ingest.SourceItem;
import org.attache.pipeline.Ingester;

/** An ingest listener that ignores progress. */
public final class Quiet implements Ingester.Listener {
    public static final Quiet LISTENER = new Quiet();

    private Quiet() {
    }

    @Override
    public void total(int items) {
    }

    @Override
    public void settled(SourceItem item, Ingester.Outcome outcome) {
    }
}
