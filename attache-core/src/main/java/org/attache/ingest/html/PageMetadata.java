package org.attache.ingest.html;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The title, author, publication date, canonical URL and site name a page declares: Open Graph and article
 * meta tags first, then its JSON-LD article, then the older meta names (Dublin Core, "date", "author") and
 * markup (the first {@code h1}, {@code <title>}). The first declaration found wins.
 */
record PageMetadata(String title, String author, String published, String canonicalUrl, String siteName) {
    private static final String DATE_NAMES = "meta[name=date], meta[name=pubdate], meta[name=publishdate], "
            + "meta[name=publish-date], meta[name=dc.date], meta[name=dc.date.issued], meta[name=dcterms.date], "
            + "meta[name=dcterms.created], meta[name=sailthru.date], meta[name=parsely-pub-date], "
            + "meta[itemprop=datePublished]";

    static PageMetadata of(Document page) {
        Optional<JsonLd> ld = JsonLd.of(page);
        String title = first(meta(page, "meta[property=og:title], meta[name=twitter:title]"),
                ld.map(JsonLd::headline).orElse(null), text(page.selectFirst("h1")), page.title());
        String author = first(person(meta(page, "meta[name=author]")), ld.map(JsonLd::author).orElse(null),
                person(meta(page, "meta[property=article:author]")),
                person(meta(page, "meta[name=dc.creator], meta[name=byl]")));
        String published = first(meta(page, "meta[property=article:published_time]"),
                ld.map(JsonLd::datePublished).orElse(null), meta(page, DATE_NAMES),
                attribute(page.selectFirst("time[itemprop=datePublished], time[pubdate]"), "datetime"));
        String canonical = first(absolute(page.selectFirst("link[rel=canonical]"), "href"),
                web(meta(page, "meta[property=og:url]")), web(ld.map(JsonLd::url).orElse(null)));
        String site = first(meta(page, "meta[property=og:site_name]"), ld.map(JsonLd::publisher).orElse(null),
                meta(page, "meta[name=application-name]"));
        return new PageMetadata(title, author, published, canonical, site);
    }

    private static String meta(Document page, String selector) {
        for (Element meta : page.select(selector)) {
            String content = meta.attr("content").strip();
            if (!content.isEmpty()) {
                return content;
            }
        }
        return null;
    }

    private static String text(Element element) {
        return element == null ? null : element.text();
    }

    private static String attribute(Element element, String name) {
        return element == null ? null : element.attr(name);
    }

    /** A link resolved against the page's address; a relative one on a page with no address is no URL. */
    private static String absolute(Element element, String name) {
        return element == null ? null : web(element.absUrl(name));
    }

    private static String web(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url : null;
    }

    /** A name, not a profile link; "By Jane Doe" is Jane Doe. */
    private static String person(String value) {
        if (value == null || web(value) != null) {
            return null;
        }
        return value.regionMatches(true, 0, "by ", 0, 3) ? value.substring(3).strip() : value;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
