package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
    @TempDir
    Path folder;

    private final Sources sources = new Sources(SourceOptions.defaults());

    @Test
    void picksTheSourceByFileName() {
        assertThat(sources.forFile(Path.of("a.txt"))).containsInstanceOf(TextFileSource.class);
        assertThat(sources.forFile(Path.of("a.jsonl"))).containsInstanceOf(JsonlSource.class);
        assertThat(sources.forFile(Path.of("a.pdf"))).isEmpty();
    }

    @Test
    void picksTheSourceOfEveryFormatPlainOrGzipped() {
        assertThat(sources.forFile(Path.of("a.csv"))).containsInstanceOf(CsvSource.class);
        assertThat(sources.forFile(Path.of("a.html"))).containsInstanceOf(HtmlFileSource.class);
        assertThat(sources.forFile(Path.of("a.htm.gz"))).containsInstanceOf(HtmlFileSource.class);
        assertThat(sources.forFile(Path.of("a.rss"))).containsInstanceOf(FeedSource.class);
        assertThat(sources.forFile(Path.of("a.xml.gz"))).containsInstanceOf(FeedSource.class);
        assertThat(sources.forFile(Path.of("a.warc.gz"))).containsInstanceOf(WarcSource.class);
        assertThat(sources.forFile(Path.of("a.jsonl.gz"))).containsInstanceOf(JsonlSource.class);
        assertThat(sources.forFile(Path.of("a.txt.gz"))).containsInstanceOf(TextFileSource.class);
        assertThat(sources.forFile(Path.of("a.gz"))).isEmpty();
    }

    @Test
    void aGzippedFileIsKeyedByItsNameWithoutEitherExtension() throws IOException {
        Path file = folder.resolve("story.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("One.".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(walk(file)).containsExactly("story");
    }

    @Test
    void walksFoldersRecursivelyInPathOrderSkippingOtherFiles() throws IOException {
        write("b.txt", "B");
        write("a.txt", "A");
        write("sub/c.txt", "C");
        write("notes.md", "skipped");
        write("sub/image.png", "skipped");

        assertThat(walk(folder)).containsExactly("a", "b", "c");
    }

    @Test
    void readsFilesGivenDirectlyInTheGivenOrder() throws IOException {
        Path b = write("b.txt", "B");
        Path a = write("a.txt", "A");

        assertThat(walk(b, a)).containsExactly("b", "a");
    }

    @Test
    void reportsAnUnsupportedFileGivenDirectly() throws IOException {
        Path pdf = write("paper.pdf", "%PDF");

        assertThat(items(List.of(pdf)))
                .containsExactly(new SourceItem.Failed(new SourceLocation(pdf, 0), "unsupported file type"));
    }

    @Test
    void reportsAMissingPath() {
        Path missing = folder.resolve("missing");

        assertThat(items(List.of(missing)))
                .containsExactly(new SourceItem.Failed(new SourceLocation(missing, 0), "no such file"));
    }

    @Test
    void textFilesThatAFeedNamesAreReadOnlyThroughTheFeed() throws IOException {
        write("texts/one.txt", "One.");
        write("texts/two.txt", "Two.");
        write("z-index.jsonl", """
                {"id": "from-feed", "file": "texts/one.txt"}
                """);

        assertThat(walk(folder)).containsExactly("from-feed", "two");
    }

    @Test
    void aNamedTextFileGivenDirectlyIsStillRead() throws IOException {
        Path one = write("texts/one.txt", "One.");
        Path feed = write("index.jsonl", """
                {"id": "from-feed", "file": "texts/one.txt"}
                """);

        assertThat(walk(feed, one)).containsExactly("from-feed", "one");
    }

    @Test
    void failuresInsideFoldersAreReportedAndTheWalkGoesOn() throws IOException {
        Path empty = write("a.txt", "");
        write("b.txt", "B");

        List<SourceItem> items = items(List.of(folder));

        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isEqualTo(new SourceItem.Failed(new SourceLocation(empty, 0), "empty file"));
        assertThat(items.get(1)).isInstanceOf(SourceItem.Parsed.class);
    }

    private List<String> walk(Path... paths) {
        return items(List.of(paths)).stream().map(item -> ((SourceItem.Parsed) item).article().key()).toList();
    }

    private List<SourceItem> items(List<Path> paths) {
        List<SourceItem> items = new ArrayList<>();
        sources.walk(paths, items::add);
        return items;
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
