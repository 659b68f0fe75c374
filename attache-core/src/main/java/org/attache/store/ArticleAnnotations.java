package org.attache.store;

import java.util.List;
import org.attache.model.ActorMention;
import org.attache.model.TimeExpression;

/** The actor mentions and time expressions the pipeline found in a stored article, in text order. */
public record ArticleAnnotations(List<ActorMention> actors, List<TimeExpression> times) {
    public ArticleAnnotations {
        actors = List.copyOf(actors);
        times = List.copyOf(times);
    }

    public static ArticleAnnotations none() {
        return new ArticleAnnotations(List.of(), List.of());
    }
}
