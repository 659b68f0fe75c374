package org.attache.model;

import java.util.List;

/** A sentence: its span, its tokens (document-wide indexes) and whether hygiene marked it as noise. */
public record Sentence(int index, Span span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public String text(String documentText) {
        return span.of(documentText);
    }
}
