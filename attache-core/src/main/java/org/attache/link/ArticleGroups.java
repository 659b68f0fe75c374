package org.attache.link;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.link.story.SourceGroup;
import org.attache.link.story.Story;

/**
 * Which story and which independent source each article belongs to, as the linker needs them: whether two
 * articles are about the same main event, and how many independent sources a set of articles amounts to.
 * An article in no story is a story and a source of its own.
 */
public final class ArticleGroups {
    private static final ArticleGroups NONE = new ArticleGroups(Map.of(), Map.of());

    private final Map<String, String> storyOf;
    private final Map<String, String> sourceOf;

    private ArticleGroups(Map<String, String> storyOf, Map<String, String> sourceOf) {
        this.storyOf = storyOf;
        this.sourceOf = sourceOf;
    }

    /** No article grouped with any other. */
    public static ArticleGroups none() {
        return NONE;
    }

    public static ArticleGroups of(List<Story> stories) {
        Map<String, String> storyOf = new HashMap<>();
        Map<String, String> sourceOf = new HashMap<>();
        for (Story story : stories) {
            story.articleKeys().forEach(key -> storyOf.put(key, story.id()));
            for (SourceGroup source : story.sources()) {
                source.articleKeys().forEach(key -> sourceOf.put(key, source.id()));
            }
        }
        return new ArticleGroups(Map.copyOf(storyOf), Map.copyOf(sourceOf));
    }

    /** Whether two different articles are in one story. */
    boolean sameStory(String article, String other) {
        String story = storyOf.get(article);
        return !article.equals(other) && story != null && story.equals(storyOf.get(other));
    }

    /** How many independent sources these articles are. */
    int sources(Collection<String> articles) {
        return (int) articles.stream().distinct().map(key -> sourceOf.getOrDefault(key, "article " + key))
                .distinct().count();
    }
}
