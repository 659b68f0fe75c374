package org.attache.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.attache.ingest.PublishedDateDetector;
import org.attache.ingest.SourceItem;
import org.attache.ingest.Sources;
import org.attache.link.EventLinker;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;

/**
 * The ingest job: reads sources, analyses each new or changed article on worker threads, stores it with its
 * mentions, then relinks the event records. An article stored unchanged is skipped, so a re-run changes
 * nothing; a bad item is reported with its reason and the batch goes on. A hook hears the keys of the articles
 * stored once their records are relinked, so that what derives from the store (the search index) follows it.
 */
public final class Ingester {
    /** Hears about each item as it is settled, for progress display. */
    public interface Listener {
        void total(int items);

        void settled(SourceItem item, Outcome outcome);
    }

    public enum Outcome { INGESTED, UNCHANGED, FAILED }

    private record Analysed(SourceItem.Parsed item, Document document, String error) {
    }

    private final Pipeline pipeline;
    private final EventStore store;
    private final int threads;
    private final Consumer<List<String>> afterStored;
    private final PublishedDateDetector dates = new PublishedDateDetector();

    public Ingester(Pipeline pipeline, EventStore store, int threads) {
        this(pipeline, store, threads, keys -> { });
    }

    /** {@code afterStored} is called with the keys of the articles an ingest stored, when it stored any. */
    public Ingester(Pipeline pipeline, EventStore store, int threads, Consumer<List<String>> afterStored) {
        this.pipeline = pipeline;
        this.store = store;
        this.threads = Math.max(1, threads);
        this.afterStored = afterStored;
    }

    public IngestReport ingest(List<Path> paths, Listener listener) {
        List<SourceItem> items = new ArrayList<>();
        new Sources().walk(paths, items::add);
        listener.total(items.size());
        int ingested = 0;
        int unchanged = 0;
        List<String> storedKeys = new ArrayList<>();
        List<SourceItem.Failed> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "attache-analysis");
            t.setDaemon(true);
            return t;
        });
        try {
            ExecutorCompletionService<Analysed> done = new ExecutorCompletionService<>(pool);
            int submitted = 0;
            for (SourceItem item : items) {
                if (item instanceof SourceItem.Failed failed) {
                    failures.add(failed);
                    listener.settled(item, Outcome.FAILED);
                } else if (item instanceof SourceItem.Parsed parsed) {
                    Article article = parsed.article().withPublished(dates.detect(parsed.article()));
                    Optional<String> stored = store.articleHash(article.key());
                    if (stored.isPresent() && stored.get().equals(article.contentHash())) {
                        unchanged++;
                        listener.settled(item, Outcome.UNCHANGED);
                    } else {
                        SourceItem.Parsed dated = new SourceItem.Parsed(article, parsed.location());
                        done.submit(() -> analyse(dated));
                        submitted++;
                    }
                }
            }
            for (int k = 0; k < submitted; k++) {
                Analysed result = done.take().get();
                if (result.error() != null) {
                    SourceItem.Failed failed = new SourceItem.Failed(result.item().location(), result.error());
                    failures.add(failed);
                    listener.settled(failed, Outcome.FAILED);
                } else {
                    store.saveDocument(result.document());
                    storedKeys.add(result.document().article().key());
                    ingested++;
                    listener.settled(result.item(), Outcome.INGESTED);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis task failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (ingested > 0) {
            store.replaceRecords(EventLinker.link(store.allMentions()));
            afterStored.accept(List.copyOf(storedKeys));
        }
        return new IngestReport(ingested, unchanged, failures, 
                Math.toIntExact(store.events(EventQuery.all(), 0, 0).total()));
    }

    private Analysed analyse(SourceItem.Parsed item) {
        try {
            return new Analysed(item, pipeline.analyse(item.article()), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Analysed(item, null, "analysis failed: " + e);
        }
    }
}
