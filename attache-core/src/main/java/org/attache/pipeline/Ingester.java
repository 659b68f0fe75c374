package org.attache.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.attache.ingest.LanguageDetector;
import java.util.function.Consumer;
import org.attache.ingest.PublishedDateDetector;
import org.attache.ingest.SourceItem;
import org.attache.ingest.SourceOptions;
import org.attache.ingest.Sources;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;

/**
 * The ingest job: reads sources, analyses each new or changed article on worker threads, stores it with its
 * mentions, then relinks the event records. An article stored unchanged is left alone, so a re-run changes
 * nothing; a copy of a stored article under another key is not stored again; an article not in English is
 * stored without events, since the extraction stages read English only; a bad item is reported with its reason
 * and the batch goes on. After a batch, stories and records are recomputed over the whole store ({@link
 * Relinker}). A hook hears the keys of the articles stored once their records are relinked, so that what
 * derives from the store (the search index) follows it.
 */
public final class Ingester {
    /** Hears about each item as it is settled, for progress display. */
    public interface Listener {
        void total(int items);

        void settled(SourceItem item, Outcome outcome);
    }

    public enum Outcome { INGESTED, UNCHANGED, SKIPPED, FAILED }

    /** A worker's result: the analysed document, or the language that kept the article from analysis, or an error. */
    private record Analysed(SourceItem.Parsed item, Document document, String language, String error) {
    }

    private final Pipeline pipeline;
    private final EventStore store;
    private final int threads;
    private final SourceOptions options;
    private final Consumer<List<String>> afterStored;
    private final PublishedDateDetector dates = new PublishedDateDetector();
    private final LanguageDetector languages = new LanguageDetector();

    public Ingester(Pipeline pipeline, EventStore store, int threads) {
        this(pipeline, store, threads, SourceOptions.defaults());
    }

    public Ingester(Pipeline pipeline, EventStore store, int threads, SourceOptions options) {
        this(pipeline, store, threads, options, keys -> { });
    }

    /**
     * {@code options} bound what the sources read; {@code afterStored} is called with the keys of the articles
     * an ingest stored, when it stored any.
     */
    public Ingester(Pipeline pipeline, EventStore store, int threads, SourceOptions options,
            Consumer<List<String>> afterStored) {
        this.pipeline = pipeline;
        this.store = store;
        this.threads = Math.max(1, threads);
        this.options = options;
        this.afterStored = afterStored;
    }

    public IngestReport ingest(List<Path> paths, Listener listener) {
        List<SourceItem> items = new ArrayList<>();
        new Sources(options).walk(paths, items::add);
        listener.total(items.size());
        int ingested = 0;
        int unchanged = 0;
        int storedUnanalysed = 0;
        IngestReport.Cascade cascade = IngestReport.Cascade.NONE;
        List<String> storedKeys = new ArrayList<>();
        List<SourceItem.Failed> failures = new ArrayList<>();
        List<IngestReport.Skipped> skipped = new ArrayList<>();
        Duplicates duplicates = new Duplicates(store);
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
                    Optional<String> original = duplicates.originalOf(article);
                    if (stored.isPresent() && stored.get().equals(article.contentHash())) {
                        unchanged++;
                        listener.settled(item, Outcome.UNCHANGED);
                    } else if (original.isPresent()) {
                        skipped.add(new IngestReport.Skipped(parsed.location(), article.key(),
                                "duplicate of " + original.get()));
                        listener.settled(item, Outcome.SKIPPED);
                    } else {
                        duplicates.claim(article);
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
                } else if (result.document() == null) {
                    Article article = result.item().article().withLanguage(result.language());
                    store.saveArticle(article, List.of());
                    storedUnanalysed++;
                    storedKeys.add(article.key());
                    skipped.add(new IngestReport.Skipped(result.item().location(), article.key(),
                            "skipped (language " + result.language() + ")"));
                    listener.settled(result.item(), Outcome.SKIPPED);
                } else {
                    cascade = cascade.plus(result.document());
                    store.saveDocument(result.document().withArticle(
                            result.document().article().withLanguage(result.language())));
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
        // An article stored without events may replace a version that had some, so it too calls for relinking.
        if (ingested + storedUnanalysed > 0) {
            Relinker.relink(store);
            afterStored.accept(List.copyOf(storedKeys));
        }
        return new IngestReport(ingested, unchanged, failures,
                Math.toIntExact(store.events(EventQuery.all(), 0, 0).total()), skipped, cascade);
    }

    private Analysed analyse(SourceItem.Parsed item) {
        try {
            String language = languages.detect(item.article().text()).orElse(null);
            if (language != null && !language.equals(LanguageDetector.ENGLISH)) {
                return new Analysed(item, null, language, null);
            }
            return new Analysed(item, pipeline.analyse(item.article()), language, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Analysed(item, null, null, "analysis failed: " + e);
        }
    }
}
