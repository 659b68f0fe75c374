package org.attache.link.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.attache.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stories against the gold event clusters of ECB+ (982 documents, 43 topics, each topic two similar but
 * distinct events), scored by B³. Skips when {@code ../shared} is absent.
 */
class StoryClustererEcbPlusTest {
    private static List<EcbPlus> docs;
    private static Map<String, String> gold;
    private static List<Story> stories;
    private static long firstCallMs;

    @BeforeAll
    static void clusterOnce() {
        docs = EcbPlus.load();
        gold = docs.stream().collect(Collectors.toMap(d -> d.article().key(), EcbPlus::gold));
        long start = System.nanoTime();
        stories = StoryClusterer.cluster(articles(docs));
        firstCallMs = (System.nanoTime() - start) / 1_000_000;
    }

    private static List<Article> articles(List<EcbPlus> some) {
        return some.stream().map(EcbPlus::article).toList();
    }

    @Test
    void storiesMatchTheGoldEventClustersQuickly() {
        BCubed score = BCubed.score(stories, gold);
        System.out.printf("ECB+ stories at threshold %.2f: %s; %d stories for %d gold clusters; %d documents in "
                + "%d ms (first call in this JVM)%n", StoryClusterer.THRESHOLD, score, stories.size(),
                gold.values().stream().distinct().count(), docs.size(), firstCallMs);
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.91);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.89);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.92);
        assertThat(firstCallMs).isLessThan(30_000);
    }

    @Test
    void aThresholdChosenOnHalfTheTopicsHoldsOnTheOtherHalf() {
        List<EcbPlus> odd = docs.stream().filter(d -> d.topic() % 2 == 1).toList();
        List<EcbPlus> even = docs.stream().filter(d -> d.topic() % 2 == 0).toList();
        BCubed oddTested = tuneThenTest(even, odd);
        BCubed evenTested = tuneThenTest(odd, even);
        double meanF1 = (oddTested.f1() + evenTested.f1()) / 2;
        System.out.printf("ECB+ two-fold: mean F1 of the held-out halves %.3f%n", meanF1);
        assertThat(oddTested.f1()).isGreaterThanOrEqualTo(0.88);
        assertThat(evenTested.f1()).isGreaterThanOrEqualTo(0.88);
    }

    /** The threshold with the best F1 on {@code tune}, then the score of {@code test} at that threshold. */
    private static BCubed tuneThenTest(List<EcbPlus> tune, List<EcbPlus> test) {
        Batch tuning = Batch.of(articles(tune));
        List<List<Integer>> sources = SourceIndependence.groups(tuning);
        double best = 0;
        double bestF1 = -1;
        for (int hundredths = 8; hundredths <= 30; hundredths++) {
            double f1 = BCubed.score(StoryClusterer.cluster(tuning, sources, hundredths / 100.0), gold).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = hundredths / 100.0;
            }
        }
        BCubed score = BCubed.score(StoryClusterer.cluster(articles(test), best), gold);
        System.out.printf("ECB+ two-fold: threshold %.2f (F1 %.3f on %d tuning documents) gives %s on the %d "
                + "held-out documents%n", best, bestF1, tune.size(), score, test.size());
        return score;
    }

    @Test
    void shuffledInputGivesTheSameStories() {
        List<Article> shuffled = new ArrayList<>(articles(docs));
        Collections.shuffle(shuffled, new Random(3));
        assertThat(StoryClusterer.cluster(shuffled)).isEqualTo(stories);
    }

    @Test
    void reprintsAreFoundAndNeverJoinDifferentEvents() {
        List<SourceGroup> sources = SourceIndependence.group(articles(docs));
        long shared = sources.stream().filter(s -> s.articleKeys().size() > 1).count();
        System.out.printf("ECB+ sources: %d independent sources for %d documents, %d of them with more than "
                + "one document%n", sources.size(), docs.size(), shared);
        assertThat(sources).allSatisfy(s -> assertThat(s.articleKeys().stream().map(gold::get).distinct())
                .hasSize(1));
        assertThat(shared).isGreaterThanOrEqualTo(40);
    }
}
