package org.attache.ingest;

import org.attache.model.Document;
import org.attache.pipeline.Stage;

/** Gives the article the publication date found by {@link PublishedDateDetector}, with where it came from. */
public final class PublicationDating implements Stage {
    private final PublishedDateDetector detector = new PublishedDateDetector();

    @Override
    public Document apply(Document document) {
        return document.withArticle(document.article().withPublished(detector.detect(document.article())));
    }
}
