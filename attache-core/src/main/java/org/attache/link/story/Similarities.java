package org.attache.link.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The TF-IDF cosine of every pair of articles in a batch that share a term, view by view. Weights are
 * (1 + ln tf) · ln((n + 1) / df), so a name or number few articles carry outweighs a topic word many carry.
 * A batch of fewer than {@value #MIN_ARTICLES} articles counts as that many, as if padded with unrelated
 * ones: otherwise the one or two events a small batch is about would make their own words look common.
 * Dot products run over an inverted index: pairs that share no term cost nothing. A pair whose cosines
 * average below {@value #UNRELATED_BELOW} (a few common words in common) is kept as unrelated, which keeps the
 * graph of related pairs sparse.
 */
final class Similarities {
    private static final double UNRELATED_BELOW = 0.02;
    private static final int MIN_ARTICLES = 100;
    private static final int VIEWS = View.values().length;

    /** For each article i, the later articles j &gt; i related to it, ascending. */
    private final int[][] others;
    /** For each article i, the cosines with {@code others[i]}: VIEWS values per other, in {@link View} order. */
    private final double[][] cosines;

    private Similarities(int[][] others, double[][] cosines) {
        this.others = others;
        this.cosines = cosines;
    }

    static Similarities of(List<ArticleFeatures> features) {
        int n = features.size();
        List<Postings> postings = new ArrayList<>();
        for (View view : View.values()) {
            postings.add(Postings.of(features, view));
        }
        int[][] others = new int[n][];
        double[][] cosines = new double[n][];
        Row row = new Row(n);
        for (int i = 0; i < n; i++) {
            for (int v = 0; v < VIEWS; v++) {
                postings.get(v).accumulate(i, v, row);
            }
            others[i] = row.neighbours();
            cosines[i] = row.drain(others[i]);
        }
        return new Similarities(others, cosines);
    }

    /** The articles after {@code i} related to it. */
    int[] laterNeighbours(int i) {
        return others[i];
    }

    double cosine(int i, int j, View view) {
        int a = Math.min(i, j);
        int k = Arrays.binarySearch(others[a], Math.max(i, j));
        return k < 0 ? 0 : cosines[a][k * VIEWS + view.ordinal()];
    }

    /** Scratch space for one article's dot products with the later ones, reset by {@link #drain}. */
    private static final class Row {
        private final double[][] dots;
        private final boolean[] touched;
        private final int[] list;
        private int size;

        Row(int n) {
            dots = new double[VIEWS][n];
            touched = new boolean[n];
            list = new int[n];
        }

        void add(int j, int view, double value) {
            if (!touched[j]) {
                touched[j] = true;
                list[size++] = j;
            }
            dots[view][j] += value;
        }

        /** The touched articles whose cosines average at least {@link #UNRELATED_BELOW}, ascending. */
        int[] neighbours() {
            int[] related = new int[size];
            int count = 0;
            for (int k = 0; k < size; k++) {
                int j = list[k];
                double sum = 0;
                for (int v = 0; v < VIEWS; v++) {
                    sum += dots[v][j];
                }
                if (sum / VIEWS >= UNRELATED_BELOW) {
                    related[count++] = j;
                }
            }
            int[] sorted = Arrays.copyOf(related, count);
            Arrays.sort(sorted);
            return sorted;
        }

        /** The cosines with {@code neighbours}, VIEWS per neighbour; then clears the row for the next article. */
        double[] drain(int[] neighbours) {
            double[] values = new double[neighbours.length * VIEWS];
            for (int k = 0; k < neighbours.length; k++) {
                for (int v = 0; v < VIEWS; v++) {
                    values[k * VIEWS + v] = dots[v][neighbours[k]];
                }
            }
            for (int k = 0; k < size; k++) {
                for (int v = 0; v < VIEWS; v++) {
                    dots[v][list[k]] = 0;
                }
                touched[list[k]] = false;
            }
            size = 0;
            return values;
        }
    }

    /** The unit-length TF-IDF vectors of one view as an inverted index: for each term, its articles and weights. */
    private record Postings(int[][] vectorTerms, double[][] vectorWeights, int[][] termDocs, double[][] termWeights) {
        static Postings of(List<ArticleFeatures> features, View view) {
            int n = features.size();
            double articles = Math.max(n, MIN_ARTICLES) + 1.0;
            Map<String, Integer> df = new HashMap<>();
            for (ArticleFeatures f : features) {
                f.terms().get(view).keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            }
            Map<String, Integer> ids = new HashMap<>();
            for (String term : new TreeSet<>(df.keySet())) {
                ids.put(term, ids.size());
            }
            int[][] vectorTerms = new int[n][];
            double[][] vectorWeights = new double[n][];
            int[] postingCounts = new int[ids.size()];
            for (int i = 0; i < n; i++) {
                Map<String, Integer> tf = features.get(i).terms().get(view);
                int[] terms = new int[tf.size()];
                double[] weights = new double[tf.size()];
                double norm = 0;
                int k = 0;
                for (Map.Entry<String, Integer> e : tf.entrySet()) {
                    terms[k] = ids.get(e.getKey());
                    weights[k] = (1 + Math.log(e.getValue())) * Math.log(articles / df.get(e.getKey()));
                    norm += weights[k] * weights[k];
                    postingCounts[terms[k]]++;
                    k++;
                }
                double length = Math.sqrt(norm);
                for (int m = 0; m < k; m++) {
                    weights[m] /= length;
                }
                vectorTerms[i] = terms;
                vectorWeights[i] = weights;
            }
            int[][] termDocs = new int[ids.size()][];
            double[][] termWeights = new double[ids.size()][];
            for (int t = 0; t < ids.size(); t++) {
                termDocs[t] = new int[postingCounts[t]];
                termWeights[t] = new double[postingCounts[t]];
                postingCounts[t] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < vectorTerms[i].length; k++) {
                    int t = vectorTerms[i][k];
                    termDocs[t][postingCounts[t]] = i;
                    termWeights[t][postingCounts[t]++] = vectorWeights[i][k];
                }
            }
            return new Postings(vectorTerms, vectorWeights, termDocs, termWeights);
        }

        /** Adds article i's dot product with every later article into the row's values for view v. */
        void accumulate(int i, int v, Row row) {
            for (int k = 0; k < vectorTerms[i].length; k++) {
                int t = vectorTerms[i][k];
                double w = vectorWeights[i][k];
                int[] docs = termDocs[t];
                double[] weights = termWeights[t];
                for (int p = Arrays.binarySearch(docs, i) + 1; p < docs.length; p++) {
                    row.add(docs[p], v, w * weights[p]);
                }
            }
        }
    }
}
