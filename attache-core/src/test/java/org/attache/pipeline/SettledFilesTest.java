package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettledFilesTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path folder;

    private SettledFiles files() {
        return new SettledFiles(folder, file -> !file.toString().endsWith(".md"), Duration.ofSeconds(2));
    }

    @Test
    void aFileUnchangedSinceLongAgoSettlesOnTheSecondLookAndIsHandedOutOnce() throws IOException {
        SettledFiles files = files();
        Path old = write("old.html", "<p>x</p>", T0.minusSeconds(60));

        assertThat(files.poll(T0)).isEmpty();
        assertThat(files.waiting()).isTrue();
        assertThat(files.poll(T0.plusMillis(100))).containsExactly(old);
        assertThat(files.poll(T0.plusSeconds(10))).isEmpty();
        assertThat(files.waiting()).isFalse();
    }

    @Test
    void aFileBeingWrittenSettlesOnlyOnceItHasStoppedChangingForTheSettleTime() throws IOException {
        SettledFiles files = files();
        Path growing = write("feed.jsonl", "{\"id\": 1}\n", T0);

        assertThat(files.poll(T0)).isEmpty();
        append(growing, "{\"id\": 2}\n", T0.plusSeconds(1));
        assertThat(files.poll(T0.plusSeconds(1))).isEmpty();
        assertThat(files.poll(T0.plusMillis(2900))).isEmpty();
        assertThat(files.poll(T0.plusSeconds(3))).containsExactly(growing);
    }

    @Test
    void aChangeSeenBetweenLooksCountsFromWhenItWasSeenIfTheClockIsBehind() throws IOException {
        SettledFiles files = files();
        Path file = write("a.html", "<p>x</p>", T0.minusSeconds(60));
        files.poll(T0);

        // Rewritten with an old modification time, as a copy that keeps times would.
        append(file, "<p>more</p>", T0.minusSeconds(30));

        assertThat(files.poll(T0.plusSeconds(1))).isEmpty();
        assertThat(files.poll(T0.plusMillis(2500))).isEmpty();
        assertThat(files.poll(T0.plusSeconds(3))).containsExactly(file);
    }

    @Test
    void aFileThatChangesAfterBeingHandedOutIsHandedOutAgain() throws IOException {
        SettledFiles files = files();
        Path file = write("a.html", "<p>x</p>", T0.minusSeconds(60));
        files.poll(T0);
        files.poll(T0.plusSeconds(1));

        append(file, "<p>updated</p>", T0.plusSeconds(5));

        assertThat(files.poll(T0.plusSeconds(5))).isEmpty();
        assertThat(files.poll(T0.plusSeconds(8))).containsExactly(file);
    }

    @Test
    void hiddenPartialTemporaryAndUnreadableFilesAreNeverHandedOut() throws IOException {
        SettledFiles files = files();
        write(".hidden.html", "x", T0.minusSeconds(60));
        write(".git/objects/a.html", "x", T0.minusSeconds(60));
        write("download.html.part", "x", T0.minusSeconds(60));
        write("draft.TMP", "x", T0.minusSeconds(60));
        write("notes.md", "x", T0.minusSeconds(60));
        Path wanted = write("sub/story.html", "x", T0.minusSeconds(60));

        files.poll(T0);

        assertThat(files.poll(T0.plusSeconds(1))).containsExactly(wanted);
    }

    @Test
    void aFileThatDisappearsIsForgotten() throws IOException {
        SettledFiles files = files();
        Path file = write("a.html", "x", T0);
        files.poll(T0);

        Files.delete(file);

        assertThat(files.poll(T0.plusSeconds(5))).isEmpty();
        assertThat(files.waiting()).isFalse();
    }

    private Path write(String name, String content, Instant modified) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static void append(Path file, String content, Instant modified) throws IOException {
        Files.writeString(file, content, StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
