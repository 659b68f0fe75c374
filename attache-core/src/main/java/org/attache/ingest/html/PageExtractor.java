package org.attache.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads news pages and fragments of them. Stateless, so one extractor serves any number of threads. */
public final class PageExtractor {
    /**
     * The page's metadata and main text.
     *
     * @param baseUri the address the page was fetched from, to resolve relative links; "" when unknown
     */
    public ExtractedPage page(String html, String baseUri) {
        Document document = Jsoup.parse(html, baseUri);
        PageMetadata metadata = PageMetadata.of(document);
        String text = MainText.of(document, baseUri);
        return new ExtractedPage(metadata.title(), metadata.author(), metadata.published(), metadata.canonicalUrl(),
                metadata.siteName(), text);
    }

    /** The text of markup that is itself the story, such as a feed item's content; "" when it has none. */
    public String fragmentText(String html) {
        return MainText.ofFragment(Jsoup.parseBodyFragment(html).body());
    }
}
