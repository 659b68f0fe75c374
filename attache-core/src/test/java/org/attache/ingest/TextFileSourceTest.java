package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.PublishedDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileSourceTest {
    @TempDir
    Path folder;

    private final TextFileSource source = new TextFileSource(SourceOptions.DEFAULT_MAX_BYTES);

    @Test
    void acceptsTxtFilesInAnyCase() {
        assertThat(source.accepts(Path.of("a.txt"))).isTrue();
        assertThat(source.accepts(Path.of("A.TXT"))).isTrue();
        assertThat(source.accepts(Path.of("a.jsonl"))).isFalse();
        assertThat(source.accepts(Path.of("txt"))).isFalse();
    }

    @Test
    void readsTheFileAsOneArticleKeyedByItsName() throws IOException {
        Path file = write("kcna.2021-03-23.txt", "Pyongyang, March 23 — Über alles.  \n\n\tIndented.\n");

        Article article = parsed(file);

        assertThat(article).isEqualTo(new Article("kcna.2021-03-23", null, null, null, PublishedDate.unknown(),
                "Pyongyang, March 23 — Über alles.  \n\n\tIndented.\n"));
    }

    @Test
    void readsTextThatIsMostlyNonAscii() throws IOException {
        Path file = write("a.txt", "조선중앙통신 보도. Москва заявила.");

        assertThat(parsed(file).text()).isEqualTo("조선중앙통신 보도. Москва заявила.");
    }

    @Test
    void turnsCrlfIntoLfAndKeepsLoneCarriageReturns() throws IOException {
        Path file = write("a.txt", "one\r\ntwo\rthree\r\n");

        assertThat(parsed(file).text()).isEqualTo("one\ntwo\rthree\n");
    }

    @Test
    void dropsAByteOrderMark() throws IOException {
        Path file = write("a.txt", "\uFEFFText.");

        assertThat(parsed(file).text()).isEqualTo("Text.");
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        assertThat(failure(write("a.txt", ""))).isEqualTo("empty file");
    }

    @Test
    void rejectsAWhitespaceOnlyFile() throws IOException {
        assertThat(failure(write("a.txt", " \r\n\t\n  "))).isEqualTo("empty file");
    }

    @Test
    void rejectsAFileWithANulByte() throws IOException {
        assertThat(failure(writeBytes("a.txt", "text\0more".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("binary file, not text");
    }

    @Test
    void rejectsAFileOfMostlyControlCharacters() throws IOException {
        assertThat(failure(writeBytes("a.txt", new byte[] {1, 2, 3, 'a', 4, 5, 6, 'b', 0x7F, 0x1B})))
                .isEqualTo("binary file, not text");
    }

    @Test
    void reportsTheOffsetOfInvalidUtf8() throws IOException {
        byte[] latin1 = "abcé".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(failure(writeBytes("a.txt", latin1))).isEqualTo("invalid UTF-8 at byte 3");
    }

    @Test
    void reportsATruncatedSequenceAtTheEnd() throws IOException {
        byte[] bytes = {'o', 'k', (byte) 0xE2, (byte) 0x80};

        assertThat(failure(writeBytes("a.txt", bytes))).isEqualTo("invalid UTF-8 at byte 2");
    }

    @Test
    void reportsAMissingFile() {
        assertThat(failure(folder.resolve("missing.txt"))).isEqualTo("no such file");
    }

    private Article parsed(Path file) {
        List<SourceItem> items = read(file);
        assertThat(items).singleElement().isInstanceOf(SourceItem.Parsed.class);
        assertThat(items.get(0).location()).isEqualTo(new SourceLocation(file, 0));
        return ((SourceItem.Parsed) items.get(0)).article();
    }

    private String failure(Path file) {
        List<SourceItem> items = read(file);
        assertThat(items).singleElement().isInstanceOf(SourceItem.Failed.class);
        assertThat(items.get(0).location()).isEqualTo(new SourceLocation(file, 0));
        return ((SourceItem.Failed) items.get(0)).reason();
    }

    private List<SourceItem> read(Path file) {
        List<SourceItem> items = new ArrayList<>();
        source.read(file, items::add);
        return items;
    }

    private Path write(String name, String content) throws IOException {
        return writeBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBytes(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }
}
