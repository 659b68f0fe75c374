package org.attache.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.link.ArticleGroups;
import org.attache.link.EventLinker;
import org.attache.link.story.MainEventDates;
import org.attache.link.story.Story;
import org.attache.link.story.StoryClusterer;
import org.attache.model.Article;
import org.attache.model.DateInterval;
import org.attache.store.EventStore;
import org.attache.store.Page;

/**
 * Recomputes, over everything stored, what ties articles together: their stories and independent sources, then
 * the event records, which take stories as evidence and count sources. Computed whole rather than patched, so
 * the result is the same whatever order the articles were ingested in.
 */
public final class Relinker {
    private static final int PAGE = 1000;

    private Relinker() {
    }

    /** Replaces the store's stories and records with those of all its articles and mentions. */
    public static void relink(EventStore store) {
        List<Story> stories = StoryClusterer.cluster(allArticles(store), mainEventDates(store));
        store.replaceStories(stories);
        store.replaceRecords(EventLinker.link(store.allMentions(), ArticleGroups.of(stories)));
    }

    private static List<Article> allArticles(EventStore store) {
        List<Article> articles = new ArrayList<>();
        Page<Article> page;
        do {
            page = store.articles(articles.size(), PAGE);
            articles.addAll(page.items());
        } while (!page.items().isEmpty() && articles.size() < page.total());
        return articles;
    }

    private static Map<String, DateInterval> mainEventDates(EventStore store) {
        Map<String, DateInterval> dates = new HashMap<>();
        store.leadTimes(MainEventDates.LEAD_CHARS)
                .forEach((key, times) -> MainEventDates.of(times).ifPresent(date -> dates.put(key, date)));
        return dates;
    }
}
