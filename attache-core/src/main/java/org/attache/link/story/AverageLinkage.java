package org.attache.link.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: the two clusters whose mean
 * pairwise similarity is highest merge, until no pair reaches the threshold; a missing edge counts as 0.
 * It starts from given groups that must stay together. Equal similarities merge in the order of the
 * clusters' first members, so the result is the same whatever order the items came in.
 */
final class AverageLinkage {
    /** The graph: hands each pair of items i &lt; j that has a similarity to the consumer, once. */
    interface Edges {
        void forEach(EdgeConsumer consumer);
    }

    /** Receives one edge of the graph. */
    interface EdgeConsumer {
        void accept(int i, int j, double similarity);
    }

    private record Candidate(double average, int a, int b, int versionA, int versionB) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::average)
            .reversed().thenComparingInt(Candidate::a).thenComparingInt(Candidate::b);

    private AverageLinkage() {
    }

    /**
     * Clusters of item indices. {@code groups} must partition the items, each group ascending and the groups
     * ordered by their first item; so are the clusters returned.
     */
    static List<List<Integer>> cluster(List<List<Integer>> groups, Edges edges, int items, double threshold) {
        int n = groups.size();
        int[] clusterOf = new int[items];
        List<List<Integer>> members = new ArrayList<>();
        List<Map<Integer, Double>> links = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            members.add(new ArrayList<>(groups.get(c)));
            links.add(new HashMap<>());
            for (int item : groups.get(c)) {
                clusterOf[item] = c;
            }
        }
        edges.forEach((i, j, similarity) -> {
            int a = clusterOf[i];
            int b = clusterOf[j];
            if (a != b) {
                links.get(a).merge(b, similarity, Double::sum);
                links.get(b).merge(a, similarity, Double::sum);
            }
        });
        int[] version = new int[n];
        PriorityQueue<Candidate> queue = new PriorityQueue<>(BEST_FIRST);
        for (int a = 0; a < n; a++) {
            for (Map.Entry<Integer, Double> link : links.get(a).entrySet()) {
                if (a < link.getKey()) {
                    queue.add(candidate(a, link.getKey(), link.getValue(), members, version));
                }
            }
        }
        while (!queue.isEmpty() && queue.peek().average() >= threshold) {
            Candidate best = queue.poll();
            if (best.versionA() != version[best.a()] || best.versionB() != version[best.b()]) {
                continue;
            }
            merge(best.a(), best.b(), members, links);
            version[best.a()]++;
            version[best.b()]++;
            for (Map.Entry<Integer, Double> link : links.get(best.a()).entrySet()) {
                queue.add(candidate(best.a(), link.getKey(), link.getValue(), members, version));
            }
        }
        List<List<Integer>> clusters = new ArrayList<>();
        for (List<Integer> cluster : members) {
            if (cluster != null) {
                cluster.sort(null);
                clusters.add(List.copyOf(cluster));
            }
        }
        return clusters;
    }

    /** Cluster b joins cluster a (a &lt; b): a keeps its place, b's links are added to a's. */
    private static void merge(int a, int b, List<List<Integer>> members, List<Map<Integer, Double>> links) {
        members.get(a).addAll(members.get(b));
        members.set(b, null);
        links.get(a).remove(b);
        for (Map.Entry<Integer, Double> link : links.get(b).entrySet()) {
            int c = link.getKey();
            if (c != a) {
                links.get(a).merge(c, link.getValue(), Double::sum);
                Map<Integer, Double> other = links.get(c);
                double toB = other.remove(b);
                other.merge(a, toB, Double::sum);
            }
        }
        links.set(b, null);
    }

    private static Candidate candidate(int a, int c, double sum, List<List<Integer>> members, int[] version) {
        int low = Math.min(a, c);
        int high = Math.max(a, c);
        double average = sum / ((double) members.get(a).size() * members.get(c).size());
        return new Candidate(average, low, high, version[low], version[high]);
    }
}
