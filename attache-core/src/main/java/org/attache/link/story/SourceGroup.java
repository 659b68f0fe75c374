package org.attache.link.story;

import java.util.List;
import java.util.Objects;

/**
 * Articles that are one source: a text and its reprints and machine rewrites. The id comes from the group's
 * earliest article, most likely the original.
 */
public record SourceGroup(String id, List<String> articleKeys) {
    public SourceGroup {
        Objects.requireNonNull(id, "id");
        articleKeys = List.copyOf(articleKeys);
    }
}
