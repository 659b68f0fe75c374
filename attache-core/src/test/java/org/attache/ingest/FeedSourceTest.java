package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;
import org.attache.testing.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourceTest {
    @TempDir
    Path folder;

    private final FeedSource source = new FeedSource(SourceOptions.DEFAULT_MAX_BYTES);

    @Test
    void acceptsXmlRssAndAtomFilesPlainOrGzipped() {
        assertThat(source.accepts(Path.of("feed.xml"))).isTrue();
        assertThat(source.accepts(Path.of("feed.rss"))).isTrue();
        assertThat(source.accepts(Path.of("feed.atom"))).isTrue();
        assertThat(source.accepts(Path.of("feed.xml.gz"))).isTrue();
        assertThat(source.accepts(Path.of("feed.json"))).isFalse();
    }

    @Test
    void anRssItemWithFullContentIsAFullArticle() {
        Path feed = Resources.copy("ingest/feeds/rss-full.xml", folder, "world.xml");

        Article article = SourceItems.articles(source, feed).get(0);

        assertThat(article.key()).isEqualTo("meridian-2024-03-12-0042");
        assertThat(article.url()).isEqualTo("https://meridianwire.example.org/world/2024/03/12/japan-vietnam-maritime");
        assertThat(article.title()).isEqualTo("Japan and Vietnam agree to deepen maritime cooperation");
        assertThat(article.source()).isEqualTo("Meridian Wire: World");
        assertThat(article.author()).isEqualTo("Minh Tran");
        assertThat(article.text()).isEqualTo("""
                The prime ministers of Japan and Vietnam agreed in Hanoi on Tuesday to deepen cooperation between \
                their coast guards, including joint exercises in the South China Sea later this year.

                Japan will also provide two patrol vessels under a loan agreement signed during the visit, \
                officials from both sides said.""");
        assertThat(article.summaryOnly()).isFalse();
    }

    @Test
    void theDateIsTheDayAsWrittenNotMovedToUtc() {
        Path feed = Resources.copy("ingest/feeds/rss-full.xml", folder, "world.xml");

        // 23:30 at UTC-5 on the 12th is already the 13th in UTC; the writer's day is the 12th.
        assertThat(SourceItems.articles(source, feed)).extracting(Article::published).containsExactly(
                PublishedDate.of(LocalDate.of(2024, 3, 12), DateOrigin.METADATA),
                PublishedDate.of(LocalDate.of(2024, 3, 11), DateOrigin.METADATA));
    }

    @Test
    void anItemWithOnlyASummaryIsMarkedAsSuch() {
        Path feed = Resources.copy("ingest/feeds/rss-full.xml", folder, "world.xml");

        Article article = SourceItems.articles(source, feed).get(1);

        assertThat(article.key()).isEqualTo("https://meridianwire.example.org/world/2024/03/11/caspian-shipping");
        assertThat(article.text())
                .isEqualTo("Officials from five Caspian states met in Aktau on Monday to discuss shipping rules and "
                        + "port fees.");
        assertThat(article.summaryOnly()).isTrue();
    }

    @Test
    void atomEntriesGiveContentOrSummaryWithTheirDates() {
        Path feed = Resources.copy("ingest/feeds/atom.xml", folder, "baltic.atom");

        List<Article> articles = SourceItems.articles(source, feed);

        assertThat(articles).extracting(Article::key).containsExactly("tag:balticcourier.example.eu,2024:article-9031",
                "tag:balticcourier.example.eu,2024:article-9030");
        Article full = articles.get(0);
        assertThat(full.url()).isEqualTo("https://balticcourier.example.eu/2024/06/04/cable-pact");
        assertThat(full.title()).isEqualTo("Estonia and Finland sign undersea cable protection pact");
        assertThat(full.author()).isEqualTo("Liis Kask");
        assertThat(full.source()).isEqualTo("The Baltic Courier");
        assertThat(full.published().date()).isEqualTo(LocalDate.of(2024, 6, 4));
        assertThat(full.text()).startsWith("The defence ministers of Estonia and Finland signed an agreement")
                .contains("Gulf of Finland.\n\nUnder the pact");
        assertThat(full.summaryOnly()).isFalse();
        Article summary = articles.get(1);
        assertThat(summary.summaryOnly()).isTrue();
        assertThat(summary.text()).startsWith("The Latvian president arrived in Vilnius on Monday");
        assertThat(summary.published().date()).isEqualTo(LocalDate.of(2024, 6, 3));
    }

    @Test
    void readsGzippedFeeds() throws IOException {
        Path feed = folder.resolve("world.xml.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(feed))) {
            out.write(Resources.bytes("ingest/feeds/rss-full.xml"));
        }

        assertThat(SourceItems.articles(source, feed)).hasSize(2);
    }

    @Test
    void anEntityBombIsRefusedWithoutExpandingIt() {
        Path feed = Resources.copy("ingest/feeds/entity-bomb.xml", folder, "bomb.xml");

        assertThat(SourceItems.failure(source, feed)).startsWith("not well-formed XML: ").containsIgnoringCase("DOCTYPE");
    }

    @Test
    void anExternalEntityIsNeverFetched() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "do not read me");
        Path feed = Files.writeString(folder.resolve("xxe.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "%s">]>
                <rss version="2.0"><channel><title>t</title><link>https://example.org/</link><description>d\
                </description><item><title>x</title><description>&secret;</description></item></channel></rss>
                """.formatted(secret.toUri()));

        assertThat(SourceItems.failure(source, feed)).startsWith("not well-formed XML: ");
    }

    @Test
    void aFeedWithoutItemsIsReported() {
        Path feed = Resources.copy("ingest/feeds/empty.xml", folder, "empty.xml");

        assertThat(SourceItems.failure(source, feed)).isEqualTo("feed has no items");
    }

    @Test
    void xmlThatIsNoFeedIsReported() throws IOException {
        Path feed = Files.writeString(folder.resolve("sitemap.xml"), "<urlset><url><loc>https://example.org/</loc>"
                + "</url></urlset>");

        assertThat(SourceItems.failure(source, feed)).startsWith("not an RSS or Atom feed");
    }

    @Test
    void malformedXmlIsReported() throws IOException {
        Path feed = Files.writeString(folder.resolve("cut.xml"), "<rss version=\"2.0\"><channel><title>Cut off");

        assertThat(SourceItems.failure(source, feed)).startsWith("not well-formed XML: ");
    }

    @Test
    void anItemWithoutTextFailsAloneAndTheOthersStillYield() throws IOException {
        Path feed = Files.writeString(folder.resolve("mixed.xml"), """
                <rss version="2.0"><channel><title>Mixed</title><link>https://example.org/</link>
                <description>d</description>
                <item><title>Only a title</title><link>https://example.org/1</link></item>
                <item><title>Fine</title><link>https://example.org/2</link><description>Ministers met in Rome.\
                </description></item>
                </channel></rss>""");

        List<SourceItem> items = SourceItems.read(source, feed);

        assertThat(items.get(0)).isEqualTo(new SourceItem.Failed(SourceLocation.part(feed, "item 1"),
                "item has neither content nor summary"));
        assertThat(items.get(1)).isInstanceOf(SourceItem.Parsed.class);
    }
}
