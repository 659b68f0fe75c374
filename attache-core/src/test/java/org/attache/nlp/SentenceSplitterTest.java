package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = Fixtures.knowledge().splitter();

    @Test
    void tokenOffsetsPointIntoTheOriginalText() {
        String text = "Mr. Moon met Kim Jong-un at Panmunjom. They talked \u201cfor hours\u201d.";
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences).hasSize(2);
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                assertThat(t.span().of(text)).isEqualTo(t.text());
            }
        }
        assertThat(sentences.get(0).span().of(text)).isEqualTo("Mr. Moon met Kim Jong-un at Panmunjom.");
    }

    @Test
    void aLineBreakEndsASentenceEvenWithoutAFullStop() {
        String text = "Leaders Pledge Closer Ties\nThe two presidents met on Friday.";
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences).extracting(s -> s.span().of(text))
                .containsExactly("Leaders Pledge Closer Ties", "The two presidents met on Friday.");
    }

    @Test
    void tokenIndexesRunAcrossTheDocument() {
        List<Sentence> sentences = splitter.split("One two.\nThree four.");
        assertThat(sentences.get(1).tokens().get(0).index()).isEqualTo(sentences.get(0).tokens().size());
    }
}
