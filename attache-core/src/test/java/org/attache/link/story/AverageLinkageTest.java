package org.attache.link.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {
    private static List<List<Integer>> singletons(int n) {
        return IntStream.range(0, n).mapToObj(List::of).toList();
    }

    @Test
    void equalSimilaritiesMergeInTheOrderOfTheClustersFirstMembers() {
        AverageLinkage.Edges chain = edge -> {
            edge.accept(0, 1, 0.5);
            edge.accept(1, 2, 0.5);
        };
        assertThat(AverageLinkage.cluster(singletons(3), chain, 3, 0.3))
                .containsExactly(List.of(0, 1), List.of(2));
    }

    @Test
    void aClusterJoinsOnlyWhenItsMeanSimilarityReachesTheThreshold() {
        AverageLinkage.Edges edges = edge -> {
            edge.accept(0, 1, 0.9);
            edge.accept(0, 2, 0.4);
            edge.accept(1, 2, 0.3);
        };
        assertThat(AverageLinkage.cluster(singletons(3), edges, 3, 0.36)).containsExactly(List.of(0, 1), List.of(2));
        assertThat(AverageLinkage.cluster(singletons(3), edges, 3, 0.34)).containsExactly(List.of(0, 1, 2));
    }

    @Test
    void givenGroupsStayTogetherWithoutAnyEdge() {
        AverageLinkage.Edges none = edge -> {
        };
        assertThat(AverageLinkage.cluster(List.of(List.of(0, 2), List.of(1)), none, 3, 0.1))
                .containsExactly(List.of(0, 2), List.of(1));
    }
}
