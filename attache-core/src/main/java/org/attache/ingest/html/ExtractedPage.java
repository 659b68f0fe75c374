package org.attache.ingest.html;

/**
 * What a page yields: its main text as paragraphs separated by a blank line ("" when the page has none) and the
 * metadata its tags carry, each null when absent. {@code published} is the value as written, for the caller to
 * parse.
 */
public record ExtractedPage(String title, String author, String published, String canonicalUrl, String siteName,
        String text) {
}
