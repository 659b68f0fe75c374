package org.attache.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.attache.ingest.html.ExtractedPage;
import org.attache.ingest.html.PageExtractor;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;

/**
 * Turns a page's bytes into an article, for HTML files and WARC records alike: keyed and addressed by the
 * canonical URL the page declares, else by what the caller knows (the address it was fetched from, the file).
 */
final class PageArticles {
    private static final PageExtractor EXTRACTOR = new PageExtractor();

    private PageArticles() {
    }

    /**
     * @param charset    the charset the HTTP response declared, or null
     * @param fetchedUrl the address the page was fetched from, or null
     * @param fileKey    the key to use when the page has no URL at all
     */
    static Article read(byte[] bytes, String charset, String fetchedUrl, String fileKey) throws Rejected {
        String html = HtmlDecoding.decode(bytes, charset);
        ExtractedPage page;
        try {
            page = EXTRACTOR.page(html, fetchedUrl == null ? "" : fetchedUrl);
        } catch (RuntimeException | StackOverflowError e) {
            // Readability recurses over the tree; markup nested absurdly deep is a bad page, not a crash.
            throw new Rejected("cannot extract the page's text: " + e);
        }
        if (page.text().isBlank()) {
            throw new Rejected("no main text found in the page");
        }
        String url = page.canonicalUrl() != null ? page.canonicalUrl() : fetchedUrl;
        return new Article(url != null ? url : fileKey, url, page.title(), page.siteName(),
                PublishedDate.of(date(page.published()), DateOrigin.METADATA), page.text(), page.author(), false,
                null);
    }

    /** A page's date that cannot be read leaves the date unknown for the text to tell; the text is still good. */
    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return MetadataDates.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
