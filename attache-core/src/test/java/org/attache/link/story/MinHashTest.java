package org.attache.link.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {
    private static long[] shingles(String text) {
        return ArticleFeatures.of(Texts.article("k", null, text)).shingles();
    }

    @Test
    void aReprintIsACandidateAndAnUnrelatedTextIsNot() {
        List<long[]> texts = List.of(shingles(Texts.QUAKE), shingles(Texts.TREATY), shingles(Texts.QUAKE_REPRINT));
        assertThat(MinHash.candidatePairs(texts)).containsExactly(new int[] {0, 2});
    }

    @Test
    void containmentIsTheShareOfTheShorterTextFoundInTheLonger() {
        long[] full = shingles(Texts.QUAKE);
        long[] firstParagraph = shingles(Texts.QUAKE.substring(0, Texts.QUAKE.indexOf('\n')));
        assertThat(MinHash.containment(firstParagraph, full)).isEqualTo(1.0);
        assertThat(MinHash.containment(full, firstParagraph)).isEqualTo(1.0);
        assertThat(MinHash.containment(full, shingles(Texts.QUAKE_REWRITE))).isLessThan(0.1);
        assertThat(MinHash.containment(full, new long[0])).isZero();
    }
}
