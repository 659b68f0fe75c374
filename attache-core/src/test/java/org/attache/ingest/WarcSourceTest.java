package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;
import org.attache.testing.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class WarcSourceTest {
    private static final String NEWS_URL = "https://harbourtimes.example.com/world/2023/05/09/norway-chile?utm=rss";
    private static final String CANONICAL = "https://harbourtimes.example.com/world/2023/05/09/"
            + "norway-chile-fisheries-accord";
    private static final String WIRE_URL = "https://wire.example.com/2021/08/03/brazil-argentina";

    @TempDir
    Path folder;

    private final WarcSource source = new WarcSource(SourceOptions.DEFAULT_MAX_BYTES);

    @Test
    void acceptsWarcFilesPlainOrGzipped() {
        assertThat(source.accepts(Path.of("crawl.warc"))).isTrue();
        assertThat(source.accepts(Path.of("crawl.warc.gz"))).isTrue();
        assertThat(source.accepts(Path.of("crawl.arc"))).isFalse();
    }

    @Test
    void everySuccessfulHtmlResponseIsAnArticleAndTheRestIsPassedOver() {
        Path warc = folder.resolve("crawl.warc");
        try (WarcFiles files = new WarcFiles(warc, WarcCompression.NONE)) {
            files.html(NEWS_URL, Resources.text("ingest/html/news-site.html"))
                    .fetch("https://harbourtimes.example.com/logo.png", 200, "image/png", new byte[] {1, 2, 3}, false)
                    .fetch("https://harbourtimes.example.com/gone", 404, "text/html", "<p>Not found</p>".getBytes(
                            StandardCharsets.UTF_8), false)
                    .fetch("https://harbourtimes.example.com/old", 301, "text/html", new byte[0], false)
                    .html(WIRE_URL, Resources.text("ingest/html/wire-page.html"));
        }

        List<Article> articles = SourceItems.articles(source, warc);

        assertThat(articles).extracting(Article::key).containsExactly(CANONICAL, WIRE_URL);
        Article news = articles.get(0);
        assertThat(news.url()).isEqualTo(CANONICAL);
        assertThat(news.title()).isEqualTo("Norway and Chile sign fisheries accord in Oslo");
        assertThat(news.published()).isEqualTo(PublishedDate.of(LocalDate.of(2023, 5, 9), DateOrigin.METADATA));
        assertThat(news.text()).startsWith("The foreign ministers of Norway and Chile signed an agreement in Oslo")
                .doesNotContain("cookies", "Most read", "seafarer42");
        Article wire = articles.get(1);
        assertThat(wire.url()).isEqualTo(WIRE_URL);
        assertThat(wire.title()).isEqualTo("Brazil and Argentina agree to restart trade talks");
        assertThat(wire.published().date()).isEqualTo(LocalDate.of(2021, 8, 3));
        assertThat(wire.text()).startsWith("BRASILIA, Aug 3 - Brazil and Argentina agreed on Tuesday");
    }

    @Test
    void readsGzippedArchivesAndGzipEncodedResponses() {
        Path warc = folder.resolve("crawl.warc.gz");
        try (WarcFiles files = new WarcFiles(warc, WarcCompression.GZIP)) {
            files.fetch(WIRE_URL, 200, "text/html", Resources.bytes("ingest/html/wire-page.html"), true);
        }

        assertThat(SourceItems.articles(source, warc)).extracting(Article::title)
                .containsExactly("Brazil and Argentina agree to restart trade talks");
    }

    @Test
    void aTruncatedArchiveKeepsTheRecordsBeforeTheBreakAndReportsIt() throws IOException {
        Path warc = folder.resolve("cut.warc");
        try (WarcFiles files = new WarcFiles(warc, WarcCompression.NONE)) {
            files.html(WIRE_URL, Resources.text("ingest/html/wire-page.html"))
                    .html(NEWS_URL, Resources.text("ingest/html/news-site.html"));
        }
        truncate(warc, Files.size(warc) - 3000);

        List<SourceItem> items = SourceItems.read(source, warc);

        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isInstanceOfSatisfying(SourceItem.Parsed.class,
                parsed -> assertThat(parsed.article().key()).isEqualTo(WIRE_URL));
        assertThat(items.get(1)).isInstanceOfSatisfying(SourceItem.Failed.class, failed -> {
            assertThat(failed.reason()).startsWith("truncated or malformed WARC");
            assertThat(failed.location().part()).startsWith("record at byte ");
        });
    }

    @Test
    void aRecordOverTheSizeLimitFailsAloneAndTheNextIsRead() {
        Path warc = folder.resolve("big.warc");
        try (WarcFiles files = new WarcFiles(warc, WarcCompression.NONE)) {
            files.html(NEWS_URL, Resources.text("ingest/html/news-site.html"))
                    .html(WIRE_URL, Resources.text("ingest/html/wire-page.html"));
        }

        List<SourceItem> items = SourceItems.read(new WarcSource(2000), warc);

        assertThat(items.get(0)).isInstanceOfSatisfying(SourceItem.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo("page over the size limit of 2000 bytes");
            assertThat(failed.location().part()).endsWith(NEWS_URL);
        });
        assertThat(items.get(1)).isInstanceOf(SourceItem.Parsed.class);
    }

    @Test
    void aPageWithoutMainTextFailsWithItsAddress() {
        Path warc = folder.resolve("login.warc");
        try (WarcFiles files = new WarcFiles(warc, WarcCompression.NONE)) {
            files.html("https://harbourtimes.example.com/login", Resources.text("ingest/html/no-main-text.html"));
        }

        List<SourceItem> items = SourceItems.read(source, warc);

        assertThat(items).singleElement().isInstanceOfSatisfying(SourceItem.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo("no main text found in the page");
            assertThat(failed.location().toString()).endsWith("https://harbourtimes.example.com/login)");
        });
    }

    @Test
    void aFileThatIsNoArchiveIsReported() throws IOException {
        Path warc = Files.writeString(folder.resolve("notes.warc"), "These are my notes, not an archive.\n");

        assertThat(SourceItems.failure(source, warc)).startsWith("truncated or malformed WARC");
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }
}
