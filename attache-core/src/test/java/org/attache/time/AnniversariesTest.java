package org.attache.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attache.knowledge.KnowledgeFiles;
import org.attache.model.Span;
import org.junit.jupiter.api.Test;

class AnniversariesTest {
    private static final Anniversaries ANNIVERSARIES = Anniversaries.load(KnowledgeFiles.bundled());

    private static LocalDate marked(String text) {
        return ANNIVERSARIES.find(text, new Span(0, text.length())).stream()
                .map(Anniversaries.Marked::day).findFirst().orElse(null);
    }

    @Test
    void anOrdinalAnniversaryOfAFoundingNamesItsDay() {
        assertThat(marked("Crowds filled the square for the 100th anniversary of the founding of the Communist "
                + "Party of China.")).isEqualTo(LocalDate.of(2021, 7, 1));
    }

    @Test
    void aPossessiveBeforeTheNameIsSkippedAndTheLongestNameWins() {
        // "North Korea" alone would name the state's founding; the party named after it is the occasion.
        assertThat(marked("Guests came to the 75th anniversary celebrations of North Korea\u2019s ruling Workers\u2019 "
                + "Party of Korea.")).isEqualTo(LocalDate.of(2020, 10, 10));
    }

    @Test
    void aNameInsideALongerPhraseIsNotTheOccasion() {
        assertThat(marked("The ministers marked the 30th anniversary of China-ASEAN dialogue relations.")).isNull();
        assertThat(marked("He spoke of the anniversary of the United Nations.")).isNull();
    }
}
