package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.attache.ingest.SourceOptions;
import org.attache.ingest.Sources;
import org.attache.store.EventStore;
import org.attache.store.SqliteEventStore;
import org.attache.testing.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatchTest {
    private static final String STORY = "Ministers of Chile and Peru met in Lima.";

    @TempDir
    Path dir;

    private Path inbox;
    private EventStore store;
    private final List<String> ingested = new ArrayList<>();
    private final List<String> seenBefore = new ArrayList<>();
    private final FolderWatch.Listener listener = new FolderWatch.Listener() {
        @Override
        public void ingested(Path file, IngestReport report) {
            ingested.add(file.getFileName() + ": " + report.ingested());
        }

        @Override
        public void seenBefore(Path file) {
            seenBefore.add(file.getFileName().toString());
        }
    };

    @BeforeEach
    void open() throws IOException {
        inbox = Files.createDirectories(dir.resolve("inbox"));
        store = SqliteEventStore.open(dir.resolve("a.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private FolderWatch watch() {
        return watch(Duration.ofMillis(300));
    }

    private FolderWatch watch(Duration settle) {
        SourceOptions options = SourceOptions.defaults();
        Ingester ingester = new Ingester(new Pipeline(List.of()), store, 1, options);
        return new FolderWatch(inbox, new Sources(options), ingester, store, settle, Duration.ofMillis(50),
                Clock.systemUTC());
    }

    @Test
    void onceIngestsWhatIsInTheFolderAndReturns() throws Exception {
        old(Resources.copy("ingest/html/wire-page.html", inbox, "wire.html"));
        old(Files.writeString(inbox.resolve("feed.jsonl"), "{\"id\": \"j1\", \"text\": \"" + STORY + "\"}\n"));
        old(Files.writeString(inbox.resolve("half.html.part"), "<p>still downloading"));
        old(Files.writeString(inbox.resolve(".notes.txt"), "private"));

        watch().once(listener);

        assertThat(ingested).containsExactly("feed.jsonl: 1", "wire.html: 1");
        assertThat(store.articleCount()).isEqualTo(2);
    }

    @Test
    void aFileIsIngestedOnceEvenAcrossRestartsAndAgainWhenItChanges() throws Exception {
        Path feed = old(Files.writeString(inbox.resolve("feed.jsonl"), "{\"id\": \"j1\", \"text\": \"" + STORY
                + "\"}\n"));
        watch().once(listener);

        Path copy = old(Files.copy(feed, inbox.resolve("copy.jsonl")));
        watch().once(listener);

        assertThat(ingested).containsExactly("feed.jsonl: 1");
        assertThat(seenBefore).containsExactly("copy.jsonl", "feed.jsonl");

        Files.writeString(copy, "{\"id\": \"j2\", \"text\": \"Ministers of Chile and Peru met again.\"}\n",
                StandardOpenOption.APPEND);
        old(copy);
        watch().once(listener);

        assertThat(ingested).containsExactly("feed.jsonl: 1", "copy.jsonl: 1");
        assertThat(store.articleCount()).isEqualTo(2);
    }

    @Test
    void aFileStillBeingWrittenIsReadOnlyWhenComplete() throws Exception {
        Path feed = inbox.resolve("feed.jsonl");
        Files.writeString(feed, line(0));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 1; i < 5; i++) {
                    Thread.sleep(100);
                    Files.writeString(feed, line(i), StandardOpenOption.APPEND);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        // Writes come every 100 ms; a settle time ten times that leaves room for a slow machine.
        watch(Duration.ofSeconds(1)).once(listener);
        writer.join();

        assertThat(ingested).containsExactly("feed.jsonl: 5");
    }

    private static String line(int i) {
        return "{\"id\": \"n" + i + "\", \"text\": \"Story number " + i + " about talks in Lima.\"}\n";
    }

    /** Backdates the file, as one copied in long ago, so the test need not wait for it to settle. */
    private static Path old(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        return file;
    }
}
