package org.attache.model;

/** One token: its position in the document, its text as written, and its span. */
public record Token(int index, String text, Span span) {
    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
