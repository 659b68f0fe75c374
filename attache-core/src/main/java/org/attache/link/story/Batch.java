package org.attache.link.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.model.Article;
import org.attache.model.DateInterval;
import org.attache.model.Ids;

/**
 * A batch of articles in key order, with their features, the dates of their main events where known (else
 * unknown) and their pairwise similarities, computed once for both stories and sources. Working in key order is
 * what makes the results independent of the input's order.
 */
record Batch(List<Article> articles, List<ArticleFeatures> features, List<DateInterval> mainDates,
        Similarities similarities) {
    private static final Comparator<Article> EARLIEST_FIRST = Comparator
            .comparing((Article a) -> a.published().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::key);

    static Batch of(List<Article> articles) {
        return of(articles, Map.of());
    }

    static Batch of(List<Article> articles, Map<String, DateInterval> mainDates) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(Article::key));
        Set<String> keys = new HashSet<>();
        for (Article a : sorted) {
            if (!keys.add(a.key())) {
                throw new IllegalArgumentException("two articles have the key " + a.key());
            }
        }
        List<ArticleFeatures> features = sorted.parallelStream().map(ArticleFeatures::of).toList();
        List<DateInterval> dates = sorted.stream()
                .map(a -> mainDates.getOrDefault(a.key(), DateInterval.unknown())).toList();
        return new Batch(List.copyOf(sorted), features, dates, Similarities.of(features));
    }

    int size() {
        return articles.size();
    }

    /** The members' keys, ascending. */
    List<String> keys(List<Integer> members) {
        return members.stream().map(i -> articles.get(i).key()).sorted().toList();
    }

    /** An id from the group's earliest article (undated ones last, then by key), so later articles keep it. */
    String id(String prefix, List<Integer> members) {
        Article seed = members.stream().map(articles::get).min(EARLIEST_FIRST).orElseThrow();
        return Ids.of(prefix, seed.key());
    }
}
