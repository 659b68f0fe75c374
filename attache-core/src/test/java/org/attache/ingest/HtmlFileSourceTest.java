package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;
import org.attache.testing.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFileSourceTest {
    private static final String STORY = "<p>The foreign minister of Peru met her Colombian counterpart in Lima on "
            + "Friday to discuss river trade and border security along the Amazon.</p>";

    @TempDir
    Path folder;

    private final HtmlFileSource source = new HtmlFileSource(SourceOptions.DEFAULT_MAX_BYTES);

    @Test
    void acceptsHtmlAndHtmFilesPlainOrGzipped() {
        assertThat(source.accepts(Path.of("a.html"))).isTrue();
        assertThat(source.accepts(Path.of("a.HTM"))).isTrue();
        assertThat(source.accepts(Path.of("a.html.gz"))).isTrue();
        assertThat(source.accepts(Path.of("a.xml"))).isFalse();
    }

    @Test
    void aSavedPageIsOneArticleKeyedByItsCanonicalUrl() {
        Path page = Resources.copy("ingest/html/news-site.html", folder, "saved.html");

        Article article = SourceItems.articles(source, page).get(0);

        String url = "https://harbourtimes.example.com/world/2023/05/09/norway-chile-fisheries-accord";
        assertThat(article.key()).isEqualTo(url);
        assertThat(article.url()).isEqualTo(url);
        assertThat(article.title()).isEqualTo("Norway and Chile sign fisheries accord in Oslo");
        assertThat(article.author()).isEqualTo("Ingrid Solberg");
        assertThat(article.source()).isEqualTo("The Harbour Times");
        assertThat(article.published()).isEqualTo(PublishedDate.of(LocalDate.of(2023, 5, 9), DateOrigin.METADATA));
        assertThat(article.text()).startsWith("The foreign ministers of Norway and Chile signed an agreement")
                .endsWith("before the end of the year.");
        assertThat(article.summaryOnly()).isFalse();
    }

    @Test
    void aPageWithoutUrlIsKeyedByItsFileName() {
        Path page = Resources.copy("ingest/html/wire-page.html", folder, "brazil-argentina.htm");

        Article article = SourceItems.articles(source, page).get(0);

        assertThat(article.key()).isEqualTo("brazil-argentina");
        assertThat(article.url()).isNull();
        assertThat(article.published().date()).isEqualTo(LocalDate.of(2021, 8, 3));
    }

    @Test
    void readsGzippedPages() throws IOException {
        Path page = folder.resolve("story.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
            out.write(Resources.bytes("ingest/html/wire-page.html"));
        }

        assertThat(SourceItems.articles(source, page)).extracting(Article::key).containsExactly("story");
    }

    @Test
    void readsThePageInTheCharsetItDeclares() throws IOException {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Café talks</title></head><body>"
                + STORY.replace("Lima", "Lima’s old town") + "</body></html>";
        Path page = Files.write(folder.resolve("latin.html"), html.getBytes(Charset.forName("windows-1252")));

        Article article = SourceItems.articles(source, page).get(0);

        assertThat(article.title()).isEqualTo("Café talks");
        assertThat(article.text()).contains("Lima’s old town");
    }

    @Test
    void aPageWithoutMainTextFails() {
        Path page = Resources.copy("ingest/html/no-main-text.html", folder, "login.html");

        assertThat(SourceItems.failure(source, page)).isEqualTo("no main text found in the page");
    }

    @Test
    void aPageThatIsNotValidUtf8Fails() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("<html><body><p>Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.write((" " + STORY + "</body></html>").getBytes(StandardCharsets.UTF_8));
        Path page = Files.write(folder.resolve("bad.html"), bytes.toByteArray());

        assertThat(SourceItems.failure(source, page)).isEqualTo("invalid UTF-8 at byte 18");
    }

    @Test
    void aBinaryFileFails() throws IOException {
        Path page = Files.write(folder.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertThat(SourceItems.failure(source, page)).isEqualTo("binary file, not HTML");
    }

    @Test
    void aPageOverTheLimitFailsWithoutBeingRead() throws IOException {
        Path page = Files.writeString(folder.resolve("big.html"), "<html><body>" + STORY.repeat(20));

        assertThat(SourceItems.failure(new HtmlFileSource(1000), page)).isEqualTo("over the size limit of 1000 bytes");
    }

    @Test
    void brokenMarkupIsReadAsBrowsersWould() throws IOException {
        Path page = Files.writeString(folder.resolve("broken.html"), "<html><body><div><p>" + STORY
                + "<p>Unclosed <b>bold and <i>italic</div></span></table>");

        assertThat(SourceItems.articles(source, page).get(0).text()).contains("river trade")
                .contains("Unclosed bold and italic");
    }
}
