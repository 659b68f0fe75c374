package org.attache.pipeline;

import org.attache.model.Document;

/** One step of the analysis chain: reads a Document and returns it with its own layer added. */
@FunctionalInterface
public interface Stage {
    Document apply(Document document);
}
