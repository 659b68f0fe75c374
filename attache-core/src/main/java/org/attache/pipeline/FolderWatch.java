package org.attache.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.attache.ingest.SourceItem;
import org.attache.ingest.Sources;
import org.attache.store.EventStore;

/**
 * The watch job: ingests the files that appear in a folder once they have settled ({@link SettledFiles}), each
 * file once. What was ingested is remembered in the store by the hash of the file's bytes, so a restart, a copy
 * or a touch does not ingest a file again, while a changed file is ingested anew.
 */
public final class FolderWatch {
    /** Hears what became of each settled file. */
    public interface Listener {
        void ingested(Path file, IngestReport report);

        void seenBefore(Path file);
    }

    private static final Ingester.Listener QUIET = new Ingester.Listener() {
        @Override
        public void total(int items) {
        }

        @Override
        public void settled(SourceItem item, Ingester.Outcome outcome) {
        }
    };

    private final Path folder;
    private final Ingester ingester;
    private final EventStore store;
    private final SettledFiles files;
    private final Duration poll;
    private final Clock clock;

    /**
     * @param settle how long a file must stay unchanged before it is read
     * @param poll   how often the folder is looked at
     */
    public FolderWatch(Path folder, Sources sources, Ingester ingester, EventStore store, Duration settle,
            Duration poll, Clock clock) {
        this.folder = folder;
        this.ingester = ingester;
        this.store = store;
        this.files = new SettledFiles(folder, file -> sources.forFile(file).isPresent(), settle);
        this.poll = poll;
        this.clock = clock;
    }

    /** Ingests what is in the folder, waiting for files still being written, and returns when all are done. */
    public void once(Listener listener) throws InterruptedException {
        do {
            ingestSettled(listener);
            if (files.waiting()) {
                Thread.sleep(poll.toMillis());
            }
        } while (files.waiting());
    }

    /** Ingests files as they settle until the thread is interrupted. */
    public void watch(Listener listener) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            ingestSettled(listener);
            Thread.sleep(poll.toMillis());
        }
    }

    /** One look at the folder: ingests the files that have settled since the last. */
    void ingestSettled(Listener listener) {
        for (Path file : files.poll(clock.instant())) {
            String hash;
            try {
                hash = sha256(file);
            } catch (IOException vanished) {
                // Moved or deleted since it settled: nothing to ingest; if it comes back it is seen anew.
                continue;
            }
            if (store.hasSourceFile(hash)) {
                listener.seenBefore(file);
                continue;
            }
            IngestReport report = ingester.ingest(List.of(file), QUIET);
            store.recordSourceFile(hash, folder.relativize(file).toString());
            listener.ingested(file, report);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
