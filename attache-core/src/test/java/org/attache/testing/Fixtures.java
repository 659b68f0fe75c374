package org.attache.testing;

import java.time.LocalDate;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;
import org.attache.pipeline.Knowledge;
import org.attache.pipeline.Pipeline;

/** The bundled knowledge and pipeline, loaded once for all tests, and small article builders. */
public final class Fixtures {
    private static Knowledge knowledge;
    private static Pipeline pipeline;

    private Fixtures() {
    }

    public static synchronized Knowledge knowledge() {
        if (knowledge == null) {
            knowledge = Knowledge.load(List.of());
        }
        return knowledge;
    }

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard(knowledge());
        }
        return pipeline;
    }

    public static Article article(String key, String published, String text) {
        PublishedDate date = published == null ? PublishedDate.unknown()
                : PublishedDate.of(LocalDate.parse(published), DateOrigin.METADATA);
        return new Article(key, null, null, null, date, text);
    }
}
