package org.attache.link.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleFeaturesTest {
    private static Map<String, Integer> terms(String text, View view) {
        return ArticleFeatures.of(Texts.article("k", null, text)).terms().get(view);
    }

    @Test
    void aNameIsARunOfCapitalisedWordsThatPunctuationEnds() {
        Map<String, Integer> names = terms("Officials met in Kermanshah. Red Crescent teams arrived on Monday.",
                View.NAMES);
        assertThat(names).containsKeys("n:red crescent", "w:kermanshah", "w:red", "w:crescent")
                .doesNotContainKeys("n:kermanshah red crescent", "w:monday");
    }

    @Test
    void aDayOfTheMonthIsOneTermWhicheverWayItIsWritten() {
        assertThat(terms("The quake struck on March 11, 2005.", View.FIGURES)).containsKeys("d:march-11", "n:2005");
        assertThat(terms("The quake struck on 11 March.", View.FIGURES)).containsKey("d:march-11");
    }

    @Test
    void stopwordsAndPossessivesDoNotMakeTerms() {
        assertThat(terms("The governor's office said that the toll rose.", View.WORDS))
                .containsOnlyKeys("governor", "office", "toll", "rose");
    }
}
