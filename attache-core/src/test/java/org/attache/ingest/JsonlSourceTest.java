package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlSourceTest {
    @TempDir
    Path folder;

    private final JsonlSource source = new JsonlSource(SourceOptions.defaults());

    @Test
    void acceptsJsonlFilesOnly() {
        assertThat(source.accepts(Path.of("feed.jsonl"))).isTrue();
        assertThat(source.accepts(Path.of("FEED.JSONL"))).isTrue();
        assertThat(source.accepts(Path.of("feed.json"))).isFalse();
    }

    @Test
    void readsAllFieldsWithThePublicationDateFromMetadata() throws IOException {
        Path feed = write("""
                {"id": "n1", "url": "https://example.org/1", "title": "Talks", "source": "Example", \
                "published": "2021-03-23", "text": "Line one.\\r\\nLine two."}
                """);

        assertThat(articles(feed)).containsExactly(new Article("n1", "https://example.org/1", "Talks", "Example",
                PublishedDate.of(LocalDate.of(2021, 3, 23), DateOrigin.METADATA), "Line one.\nLine two."));
    }

    @Test
    void takesTheDatePartOfADateTime() throws IOException {
        Path feed = write("""
                {"id": "a", "published": "2021-03-23T23:30:00-05:00", "text": "x"}
                {"id": "b", "published": "2021-03-24T08:00:00Z", "text": "x"}
                {"id": "c", "published": "2021-03-25 08:00:00", "text": "x"}
                {"id": "d", "published": "2021-03-26T08:00", "text": "x"}
                """);

        assertThat(articles(feed)).extracting(a -> a.published().date()).containsExactly(
                LocalDate.of(2021, 3, 23), LocalDate.of(2021, 3, 24), LocalDate.of(2021, 3, 25),
                LocalDate.of(2021, 3, 26));
    }

    @Test
    void absentOrNullPublicationDateIsUnknown() throws IOException {
        Path feed = write("""
                {"id": "a", "text": "x"}
                {"id": "b", "published": null, "text": "x"}
                """);

        assertThat(articles(feed)).extracting(Article::published)
                .containsExactly(PublishedDate.unknown(), PublishedDate.unknown());
    }

    @Test
    void reportsABadDateWithItsLine() throws IOException {
        Path feed = write("""
                {"id": "a", "published": "2021-02-30", "text": "x"}
                {"id": "b", "published": "23/03/2021", "text": "x"}
                """);

        assertThat(read(feed)).containsExactly(
                new SourceItem.Failed(new SourceLocation(feed, 1), "bad published date \"2021-02-30\""),
                new SourceItem.Failed(new SourceLocation(feed, 2), "bad published date \"23/03/2021\""));
    }

    @Test
    void keysByIdThenUrlThenFileName() throws IOException {
        Files.writeString(folder.resolve("story.txt"), "From a file.");
        Path feed = write("""
                {"id": "n1", "url": "https://example.org/1", "file": "story.txt"}
                {"id": 42, "text": "x"}
                {"id": " ", "url": "https://example.org/2", "file": "story.txt"}
                {"file": "story.txt"}
                """);

        assertThat(articles(feed)).extracting(Article::key)
                .containsExactly("n1", "42", "https://example.org/2", "story");
    }

    @Test
    void reportsALineWithNoKey() throws IOException {
        Path feed = write("{\"title\": \"t\", \"text\": \"x\"}\n");

        assertThat(read(feed)).containsExactly(
                new SourceItem.Failed(new SourceLocation(feed, 1), "no id, url or file to key the article"));
    }

    @Test
    void readsTextFromAFileBesideTheFeedUnderTheTextFileRules() throws IOException {
        Files.createDirectories(folder.resolve("texts"));
        Files.writeString(folder.resolve("texts/one.txt"), "First.\r\nSecond.");
        Path feed = write("{\"id\": \"n1\", \"file\": \"texts/one.txt\"}\n");

        assertThat(articles(feed)).extracting(Article::text).containsExactly("First.\nSecond.");
    }

    @Test
    void reportsUnusableFilesWithTheirLine() throws IOException {
        Files.writeString(folder.resolve("empty.txt"), "  \n");
        Files.write(folder.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Path feed = write("""
                {"id": "a", "file": "missing.txt"}
                {"id": "b", "file": "empty.txt"}
                {"id": "c", "file": "binary.txt"}
                """);

        assertThat(read(feed)).containsExactly(
                new SourceItem.Failed(new SourceLocation(feed, 1), "file missing.txt: no such file"),
                new SourceItem.Failed(new SourceLocation(feed, 2), "file empty.txt: empty file"),
                new SourceItem.Failed(new SourceLocation(feed, 3), "file binary.txt: binary file, not text"));
    }

    @Test
    void reportsALineWithNeitherTextNorFile() throws IOException {
        Path feed = write("{\"id\": \"a\", \"title\": \"No body\"}\n");

        assertThat(read(feed)).containsExactly(
                new SourceItem.Failed(new SourceLocation(feed, 1), "neither text nor file"));
    }

    @Test
    void reportsEmptyText() throws IOException {
        Path feed = write("{\"id\": \"a\", \"text\": \" \\n \"}\n");

        assertThat(read(feed)).containsExactly(new SourceItem.Failed(new SourceLocation(feed, 1), "empty text"));
    }

    @Test
    void aLineThatIsNotJsonFailsAloneWithItsNumber() throws IOException {
        Path feed = write("""
                {"id": "a", "text": "first"}

                this is not json
                {"id": "b", "text": "second"}
                """);

        List<SourceItem> items = read(feed);

        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isEqualTo(parsedAt(feed, 1, "a", "first"));
        assertThat(items.get(1)).isInstanceOfSatisfying(SourceItem.Failed.class, failed -> {
            assertThat(failed.location()).isEqualTo(new SourceLocation(feed, 3));
            assertThat(failed.reason()).startsWith("not JSON: Unrecognized token 'this'").doesNotContain("\n");
        });
        assertThat(items.get(2)).isEqualTo(parsedAt(feed, 4, "b", "second"));
    }

    @Test
    void rejectsJsonThatIsNotOneObject() throws IOException {
        Path feed = write("""
                ["a", "b"]
                {"id": "a", "text": "x"} {"id": "b", "text": "y"}
                """);

        List<SourceItem> items = read(feed);

        assertThat(items.get(0)).isEqualTo(new SourceItem.Failed(new SourceLocation(feed, 1), "not a JSON object"));
        assertThat(items.get(1)).isInstanceOfSatisfying(SourceItem.Failed.class,
                failed -> assertThat(failed.reason()).startsWith("not JSON: "));
    }

    @Test
    void aBadlyEncodedLineDoesNotStopTheFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("{\"id\": \"a\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.write("\"}\r\n{\"id\": \"b\", \"text\": \"fine\"}".getBytes(StandardCharsets.UTF_8));
        Path feed = Files.write(folder.resolve("feed.jsonl"), bytes.toByteArray());

        List<SourceItem> items = read(feed);

        assertThat(items.get(0)).isInstanceOfSatisfying(SourceItem.Failed.class,
                failed -> assertThat(failed.reason()).startsWith("not JSON: Invalid UTF-8"));
        assertThat(items.get(1)).isEqualTo(parsedAt(feed, 2, "b", "fine"));
    }

    @Test
    void reportsAMissingFeed() {
        Path feed = folder.resolve("missing.jsonl");

        assertThat(read(feed)).containsExactly(new SourceItem.Failed(new SourceLocation(feed, 0), "no such file"));
    }

    @Test
    void tellsWhichFilesTheLinesName() throws IOException {
        Path feed = write("""
                {"id": "a", "file": "texts/../a.txt"}
                {"id": "b", "text": "x"}
                """);
        List<Path> referenced = new ArrayList<>();

        source.read(feed, item -> { }, referenced::add);

        assertThat(referenced).containsExactly(folder.toAbsolutePath().resolve("a.txt"));
    }

    @Test
    void theFieldMapNamesTheFieldsAndBodyAndDateAreReadByDefault() throws IOException {
        Path feed = write("""
                {"newid": "107", "date": "26-FEB-1987 16:40:00.82", "title": "TALKS", "body": "Iran said..."}
                """);
        JsonlSource mapped = new JsonlSource(new SourceOptions(SourceOptions.DEFAULT_MAX_BYTES,
                FieldMap.of(Map.of("id", "newid"))));

        List<SourceItem> items = new ArrayList<>();
        mapped.read(feed, items::add);

        assertThat(items).containsExactly(new SourceItem.Parsed(new Article("107", null, "TALKS", null,
                PublishedDate.of(LocalDate.of(1987, 2, 26), DateOrigin.METADATA), "Iran said..."),
                new SourceLocation(feed, 1)));
    }

    @Test
    void aLineOverTheSizeLimitFailsAloneWithoutBeingHeld() throws IOException {
        Path feed = write("{\"id\": \"big\", \"text\": \"" + "x".repeat(500) + "\"}\n{\"id\": \"small\", \"text\": \"y\"}\n");
        JsonlSource limited = new JsonlSource(new SourceOptions(100, FieldMap.defaults()));

        List<SourceItem> items = new ArrayList<>();
        limited.read(feed, items::add);

        assertThat(items).containsExactly(
                new SourceItem.Failed(new SourceLocation(feed, 1), "line over the size limit of 100 bytes"),
                parsedAt(feed, 2, "small", "y"));
    }

    @Test
    void readsGzippedFiles() throws IOException {
        Path feed = folder.resolve("feed.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(feed))) {
            out.write("{\"id\": \"a\", \"text\": \"first\"}\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(articles(feed)).extracting(Article::key).containsExactly("a");
    }

    @Test
    void aTruncatedGzipKeepsTheLinesBeforeTheBreakAndReportsIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 2000; i++) {
                out.write(("{\"id\": \"a" + i + "\", \"text\": \"line " + i + " " + Math.sqrt(i) + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = bytes.toByteArray();
        Path feed = Files.write(folder.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));

        List<SourceItem> items = read(feed);

        assertThat(items.get(0)).isInstanceOf(SourceItem.Parsed.class);
        assertThat(items).last().isInstanceOfSatisfying(SourceItem.Failed.class,
                failed -> assertThat(failed.reason()).startsWith("truncated or corrupt gzip data"));
    }

    private static SourceItem parsedAt(Path feed, int line, String key, String text) {
        return new SourceItem.Parsed(new Article(key, null, null, null, PublishedDate.unknown(), text),
                new SourceLocation(feed, line));
    }

    private List<Article> articles(Path feed) {
        List<SourceItem> items = read(feed);
        assertThat(items).allSatisfy(item -> assertThat(item).isInstanceOf(SourceItem.Parsed.class));
        return items.stream().map(item -> ((SourceItem.Parsed) item).article()).toList();
    }

    private List<SourceItem> read(Path feed) {
        List<SourceItem> items = new ArrayList<>();
        source.read(feed, items::add);
        return items;
    }

    private Path write(String lines) throws IOException {
        return Files.writeString(folder.resolve("feed.jsonl"), lines);
    }
}
