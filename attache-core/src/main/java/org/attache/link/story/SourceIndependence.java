package org.attache.link.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.attache.model.Article;

/**
 * Groups articles into independent sources. Two articles are one source when one reprints the other (at
 * least {@value #REPRINT_CONTAINMENT} of the shorter text's word 5-grams are in the longer, whatever the
 * headline and small edits; MinHash finds the candidates), or when one is a machine rewrite of the other:
 * other words, but the same main event (alike enough to be one story on their own) told with the same names
 * and numbers in the same order. Independent reports of one event share names and numbers too, but each
 * picks and orders them its own way. Groups are closed under both relations: a reprint of a rewrite is the
 * same source too.
 */
public final class SourceIndependence {
    private static final double REPRINT_CONTAINMENT = 0.6;
    /** A rewrite keeps this share of the longer text's details (names' words, numbers) in the same order. */
    private static final double REWRITE_DETAILS_IN_ORDER = 0.7;
    /** Fewer details than this could line up by chance. */
    private static final int REWRITE_MIN_DETAILS = 8;

    private SourceIndependence() {
    }

    /** The batch's source groups, ordered by id; every article is in exactly one. */
    public static List<SourceGroup> group(List<Article> articles) {
        Batch batch = Batch.of(articles);
        return groups(batch).stream().map(g -> sourceGroup(batch, g))
                .sorted(Comparator.comparing(SourceGroup::id)).toList();
    }

    static SourceGroup sourceGroup(Batch batch, List<Integer> members) {
        return new SourceGroup(batch.id("source-", members), batch.keys(members));
    }

    /** Source groups as article indices, each ascending, ordered by their first index. */
    static List<List<Integer>> groups(Batch batch) {
        int[] parent = new int[batch.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<long[]> shingles = batch.features().stream().map(ArticleFeatures::shingles).toList();
        for (int[] pair : MinHash.candidatePairs(shingles)) {
            if (MinHash.containment(shingles.get(pair[0]), shingles.get(pair[1])) >= REPRINT_CONTAINMENT) {
                union(parent, pair[0], pair[1]);
            }
        }
        Similarities similarities = batch.similarities();
        for (int i = 0; i < batch.size(); i++) {
            for (int j : similarities.laterNeighbours(i)) {
                if (rewrite(batch, i, j)) {
                    union(parent, i, j);
                }
            }
        }
        TreeMap<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int i = 0; i < parent.length; i++) {
            byRoot.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
        }
        return List.copyOf(byRoot.values());
    }

    private static boolean rewrite(Batch batch, int i, int j) {
        List<String> a = batch.features().get(i).details();
        List<String> b = batch.features().get(j).details();
        int shorter = Math.min(a.size(), b.size());
        double needed = REWRITE_DETAILS_IN_ORDER * Math.max(a.size(), b.size());
        return shorter >= REWRITE_MIN_DETAILS && shorter >= needed
                && EventSimilarity.of(batch, i, j) >= StoryClusterer.THRESHOLD
                && longestCommonSubsequence(a, b) >= needed;
    }

    private static int longestCommonSubsequence(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int k = 1; k <= b.size(); k++) {
                current[k] = x.equals(b.get(k - 1)) ? previous[k - 1] + 1 : Math.max(previous[k], current[k - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    /** Joins the two trees under the smaller root, so each root is its group's first index. */
    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
