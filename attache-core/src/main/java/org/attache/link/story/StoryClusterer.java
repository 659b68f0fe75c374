package org.attache.link.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.attache.model.Article;
import org.attache.model.DateInterval;

/**
 * Puts every article of a batch into one story: the articles about the same main event. Two articles are as
 * alike as {@link EventSimilarity} says (four TF-IDF cosines: all words, the lead, names, figures; less when
 * their numbers disagree or they were published far apart); average-linkage clustering joins stories while
 * their mean similarity reaches the threshold, starting from the source groups, so reprints and rewrites
 * always share a story. Inverse document frequencies come from the batch itself: give it a window of news
 * (a day or more), not one article at a time.
 */
public final class StoryClusterer {
    /** Chosen on ECB+ as a whole; see docs/linking.md for the figures and a two-fold check. */
    public static final double THRESHOLD = 0.14;

    private StoryClusterer() {
    }

    /** The batch's stories at the standard threshold, ordered by id. */
    public static List<Story> cluster(List<Article> articles) {
        return cluster(articles, THRESHOLD);
    }

    /** The batch's stories, ordered by id; a higher threshold makes smaller, tighter stories. */
    public static List<Story> cluster(List<Article> articles, double threshold) {
        Batch batch = Batch.of(articles);
        return cluster(batch, SourceIndependence.groups(batch), threshold);
    }

    /**
     * The batch's stories at the standard threshold, ordered by id, knowing the dates of some articles' main
     * events ({@link MainEventDates}, by article key): articles whose main events fall far apart are held apart.
     */
    public static List<Story> cluster(List<Article> articles, Map<String, DateInterval> mainDates) {
        Batch batch = Batch.of(articles, mainDates);
        return cluster(batch, SourceIndependence.groups(batch), THRESHOLD);
    }

    /** The stories of a batch whose source groups are known, so that several thresholds can share them. */
    static List<Story> cluster(Batch batch, List<List<Integer>> sources, double threshold) {
        Similarities s = batch.similarities();
        List<List<Integer>> clusters = AverageLinkage.cluster(sources, edge -> {
            for (int i = 0; i < batch.size(); i++) {
                for (int j : s.laterNeighbours(i)) {
                    edge.accept(i, j, EventSimilarity.of(batch, i, j));
                }
            }
        }, batch.size(), threshold);
        int[] storyOf = new int[batch.size()];
        for (int c = 0; c < clusters.size(); c++) {
            for (int i : clusters.get(c)) {
                storyOf[i] = c;
            }
        }
        List<List<SourceGroup>> sourcesOf = new ArrayList<>();
        clusters.forEach(c -> sourcesOf.add(new ArrayList<>()));
        for (List<Integer> source : sources) {
            sourcesOf.get(storyOf[source.get(0)]).add(SourceIndependence.sourceGroup(batch, source));
        }
        List<Story> stories = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            List<SourceGroup> groups = new ArrayList<>(sourcesOf.get(c));
            groups.sort(Comparator.comparing(SourceGroup::id));
            stories.add(new Story(batch.id("story-", clusters.get(c)), batch.keys(clusters.get(c)), groups));
        }
        stories.sort(Comparator.comparing(Story::id));
        return stories;
    }
}
