package org.attache.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.attache.ingest.html.PageExtractor;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;

/**
 * Reads an RSS or Atom feed ({@code .xml}, {@code .rss}, {@code .atom}, or gzipped) with Rome, each item an
 * article. The text is the item's full content ({@code content:encoded}, Atom {@code content}) when it carries
 * one; else its summary, and the article is marked {@link Article#summaryOnly() summary only}. The whole feed
 * is parsed at once, so the size limit applies to the feed.
 */
final class FeedSource implements ArticleSource {
    private static final PageExtractor EXTRACTOR = new PageExtractor();

    private final long maxBytes;

    FeedSource(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean accepts(Path file) {
        return FileNames.hasExtension(file, ".xml") || FileNames.hasExtension(file, ".rss")
                || FileNames.hasExtension(file, ".atom");
    }

    @Override
    public void read(Path file, Consumer<SourceItem> sink) {
        SyndFeed feed;
        List<String> dates;
        try {
            byte[] bytes = Inputs.readAll(file, maxBytes);
            if (bytes.length == 0) {
                throw new Rejected("empty file");
            }
            org.jdom2.Document xml = FeedDocuments.parse(bytes);
            dates = FeedDocuments.itemDates(xml);
            feed = new SyndFeedInput().build(xml);
        } catch (Rejected e) {
            sink.accept(new SourceItem.Failed(new SourceLocation(file, 0), e.getMessage()));
            return;
        } catch (FeedException | RuntimeException e) {
            sink.accept(new SourceItem.Failed(new SourceLocation(file, 0), "not an RSS or Atom feed: "
                    + Inputs.brief(e.getMessage())));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.accept(new SourceItem.Failed(new SourceLocation(file, 0), "feed has no items"));
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            SourceLocation location = SourceLocation.part(file, "item " + (i + 1));
            String date = i < dates.size() ? dates.get(i) : null;
            try {
                sink.accept(new SourceItem.Parsed(article(feed, entries.get(i), date, file, i + 1), location));
            } catch (Rejected e) {
                sink.accept(new SourceItem.Failed(location, e.getMessage()));
            }
        }
    }

    private static Article article(SyndFeed feed, SyndEntry entry, String date, Path file, int number)
            throws Rejected {
        String content = entry.getContents().stream().map(FeedSource::text).filter(t -> !t.isBlank())
                .findFirst().orElse("");
        boolean summaryOnly = content.isEmpty();
        String text = summaryOnly && entry.getDescription() != null ? text(entry.getDescription()) : content;
        if (text.isBlank()) {
            throw new Rejected("item has neither content nor summary");
        }
        String url = blankToNull(entry.getLink());
        String key = blankToNull(entry.getUri());
        if (key == null) {
            key = url != null ? url : FileNames.baseName(file) + "#" + number;
        }
        return new Article(key, url, blankToNull(entry.getTitle()), blankToNull(feed.getTitle()),
                PublishedDate.of(day(date, entry.getPublishedDate()), DateOrigin.METADATA), text, author(entry),
                summaryOnly, null);
    }

    /** Plain text as it is, markup (the default in feeds) as the paragraphs of its main text. */
    private static String text(SyndContent content) {
        String value = content.getValue() == null ? "" : content.getValue();
        String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain")
                ? PlainText.normaliseLineEnds(value).strip()
                : EXTRACTOR.fragmentText(value);
    }

    private static String author(SyndEntry entry) {
        String author = blankToNull(entry.getAuthor());
        if (author == null && !entry.getAuthors().isEmpty()) {
            author = blankToNull(entry.getAuthors().stream().map(SyndPerson::getName).filter(n -> n != null)
                    .reduce((a, b) -> a + ", " + b).orElse(null));
        }
        return author;
    }

    /** The day as written in the feed; when Rome could read a date that we cannot, its day in UTC. */
    private static LocalDate day(String written, Date parsed) {
        if (written != null) {
            try {
                return MetadataDates.parse(written);
            } catch (DateTimeException e) {
                // Falls back to Rome's reading below.
            }
        }
        return parsed == null ? null : parsed.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
