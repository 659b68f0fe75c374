package org.attache.search;

import java.util.List;
import org.attache.model.Span;

/**
 * One match: an article (id = its key) or an event record (id = its id), a title to show, and a stretch of the
 * indexed text around the first match with the matched words' spans in that stretch.
 */
public record SearchHit(SearchHit.Type type, String id, String title, String snippet, List<Span> matches,
        float score) {
    public enum Type { ARTICLE, EVENT }

    public SearchHit {
        matches = List.copyOf(matches);
    }
}
