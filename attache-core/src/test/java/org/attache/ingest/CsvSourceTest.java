package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {
    @TempDir
    Path folder;

    private final CsvSource source = new CsvSource(SourceOptions.defaults());

    @Test
    void acceptsCsvFilesPlainOrGzipped() {
        assertThat(source.accepts(Path.of("news.csv"))).isTrue();
        assertThat(source.accepts(Path.of("news.CSV.gz"))).isTrue();
        assertThat(source.accepts(Path.of("news.tsv"))).isFalse();
    }

    @Test
    void readsEveryColumnByItsDefaultName() throws IOException {
        Path csv = write("news.csv", """
                id,url,title,author,published,source,text
                n1,https://example.org/1,Talks,Ana Ruiz,2021-03-23,Example,"Line one.\r
                Line two, with a comma."
                """);

        assertThat(SourceItems.articles(source, csv)).containsExactly(new Article("n1", "https://example.org/1",
                "Talks", "Example", PublishedDate.of(LocalDate.of(2021, 3, 23), DateOrigin.METADATA),
                "Line one.\nLine two, with a comma.", "Ana Ruiz", false, null));
    }

    @Test
    void takesDateAndBodyWhenThereIsNoPublishedOrTextAndIgnoresOtherColumns() throws IOException {
        Path csv = write("news.csv", """
                "",Date,Body,Source
                "3",2019-04-10,Ministers met in Baghdad.,Guardian
                """);

        Article article = SourceItems.articles(source, csv).get(0);

        assertThat(article.text()).isEqualTo("Ministers met in Baghdad.");
        assertThat(article.published().date()).isEqualTo(LocalDate.of(2019, 4, 10));
        assertThat(article.source()).isEqualTo("Guardian");
    }

    @Test
    void rowsWithoutIdOrUrlAreKeyedByFileAndRowNumber() throws IOException {
        Path csv = write("guardian.csv", """
                date,text
                2019-04-10,First.
                2019-04-11,"Second,
                over two lines."
                2019-04-12,Third.
                """);

        List<SourceItem> items = SourceItems.read(source, csv);

        assertThat(items).extracting(item -> ((SourceItem.Parsed) item).article().key())
                .containsExactly("guardian#1", "guardian#2", "guardian#3");
        assertThat(items).extracting(item -> item.location().line()).containsExactly(2, 3, 5);
    }

    @Test
    void theFieldMapRenamesColumns() throws IOException {
        Path csv = write("wire.csv", """
                story_id,when,body,text
                r1,26-FEB-1987 16:40:00.82,The body.,Not the text.
                """);
        CsvSource mapped = new CsvSource(new SourceOptions(SourceOptions.DEFAULT_MAX_BYTES,
                FieldMap.of(Map.of("id", "story_id", "published", "when", "text", "body"))));

        Article article = SourceItems.articles(mapped, csv).get(0);

        assertThat(article.key()).isEqualTo("r1");
        assertThat(article.text()).isEqualTo("The body.");
        assertThat(article.published().date()).isEqualTo(LocalDate.of(1987, 2, 26));
    }

    @Test
    void badRowsFailAloneWithTheirLine() throws IOException {
        Path csv = write("news.csv", """
                id,published,text
                a,2021-02-30,Bad date.
                b,2021-03-01,
                c,2021-03-02,Too,many,fields
                d,2021-03-03,Fine.
                """);

        List<SourceItem> items = SourceItems.read(source, csv);

        assertThat(items).containsExactly(
                new SourceItem.Failed(new SourceLocation(csv, 2), "bad published date \"2021-02-30\""),
                new SourceItem.Failed(new SourceLocation(csv, 3), "empty text"),
                new SourceItem.Failed(new SourceLocation(csv, 4), "row has 5 fields but the header 3"),
                new SourceItem.Parsed(new Article("d", null, null, null,
                        PublishedDate.of(LocalDate.of(2021, 3, 3), DateOrigin.METADATA), "Fine."),
                        new SourceLocation(csv, 5)));
    }

    @Test
    void aHeaderWithoutATextColumnFails() throws IOException {
        Path csv = write("news.csv", "id,title\na,Headline only\n");

        assertThat(SourceItems.failure(source, csv)).isEqualTo("no text or body column in the header");
    }

    @Test
    void aValueOverTheSizeLimitFailsItsRowAndTheNextIsRead() throws IOException {
        Path csv = write("news.csv", "id,text\nbig,\"" + "x".repeat(300) + "\"\nsmall,Fine.\n");

        List<SourceItem> items = SourceItems.read(new CsvSource(new SourceOptions(100, FieldMap.defaults())), csv);

        assertThat(items.get(0)).isInstanceOfSatisfying(SourceItem.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo("row over the size limit of 100 bytes"));
        assertThat(items.get(1)).isInstanceOfSatisfying(SourceItem.Parsed.class,
                parsed -> assertThat(parsed.article().key()).isEqualTo("small"));
    }

    @Test
    void invalidUtf8EndsTheFileWithAReportAfterTheRowsBeforeIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("id,text\na,Fine.\nb,Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.write("\nc,After.\n".getBytes(StandardCharsets.UTF_8));
        Path csv = Files.write(folder.resolve("news.csv"), bytes.toByteArray());

        List<SourceItem> items = SourceItems.read(source, csv);

        assertThat(items.get(0)).isInstanceOf(SourceItem.Parsed.class);
        assertThat(items).last().isInstanceOfSatisfying(SourceItem.Failed.class,
                failed -> assertThat(failed.reason()).contains("Invalid UTF-8"));
        assertThat(items).filteredOn(SourceItem.Parsed.class::isInstance).hasSize(1);
    }

    @Test
    void readsGzippedFiles() throws IOException {
        Path csv = folder.resolve("news.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(csv))) {
            out.write("id,text\na,Fine.\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(SourceItems.articles(source, csv)).extracting(Article::key).containsExactly("a");
    }

    @Test
    void anEmptyFileIsReported() throws IOException {
        assertThat(SourceItems.failure(source, write("empty.csv", ""))).isEqualTo("empty file");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
