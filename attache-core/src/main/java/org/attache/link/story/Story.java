package org.attache.link.story;

import java.util.List;
import java.util.Objects;

/**
 * The articles that report one main event, and how many independent sources they amount to. The id comes
 * from the story's earliest article, so articles published later join a story without changing its id.
 */
public record Story(String id, List<String> articleKeys, List<SourceGroup> sources) {
    public Story {
        Objects.requireNonNull(id, "id");
        articleKeys = List.copyOf(articleKeys);
        sources = List.copyOf(sources);
    }

    /** How many independent sources report the story: reprints and rewrites of one text count once. */
    public int independentSources() {
        return sources.size();
    }
}
