package org.attache.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.attache.model.Actor;
import org.attache.model.Article;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import org.attache.store.EventStores;
import org.attache.store.Page;

/**
 * A Lucene index of the store's articles (title and text) and event records (evidence, actors, kind, PLOVER
 * type). It is derived data: {@link #update} follows an ingest, {@link #rebuild} makes it anew from the store.
 * Searches see the last committed state, also when another process wrote it; a writer is held only while
 * updating, so an ingest in another process can update the index of a running server.
 */
public final class SearchIndex implements AutoCloseable {
    static final String BODY = "body";
    private static final String KEY = "key";
    private static final String TYPE = "type";
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final int BATCH = 500;
    private static final long LOCK_WAIT_MILLIS = 10_000;

    private final Directory directory;
    private final SearcherManager searchers;
    private final Analyzer analyzer = new SearchAnalyzer();

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        if (!DirectoryReader.indexExists(directory)) {
            write(writer -> { });
        }
        this.searchers = new SearcherManager(directory, null);
    }

    /** The index folder for a store file: {@code attache.db} has {@code attache.db.lucene}. */
    public static Path beside(Path dbFile) {
        Path file = dbFile.toAbsolutePath();
        return file.resolveSibling(file.getFileName() + ".lucene");
    }

    /**
     * The index folder for the store at {@code storeLocation} (as {@link EventStores#open} takes it): beside a
     * SQLite file ({@link #beside}); for a PostgreSQL database, which has no file to sit beside,
     * {@code .attache/lucene-DBNAME} under the working directory.
     */
    public static Path forStore(String storeLocation) {
        return EventStores.isPostgres(storeLocation)
                ? Path.of(".attache", "lucene-" + EventStores.postgresDatabase(storeLocation)).toAbsolutePath()
                : beside(Path.of(storeLocation));
    }

    /** Opens the index in {@code folder}, creating an empty one if there is none. */
    public static SearchIndex open(Path folder) {
        try {
            return new SearchIndex(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /** Replaces the whole index with the store's articles and records. */
    public synchronized void rebuild(EventStore store) {
        write(writer -> {
            writer.deleteAll();
            for (int offset = 0; ; offset += BATCH) {
                Page<Article> page = store.articles(offset, BATCH);
                for (Article article : page.items()) {
                    writer.addDocument(articleDocument(article));
                }
                if (offset + BATCH >= page.total()) {
                    break;
                }
            }
            addEvents(writer, store);
        });
    }

    /** Re-indexes these articles and all records, which linking may have changed anywhere. */
    public synchronized void update(EventStore store, Collection<String> articleKeys) {
        write(writer -> {
            for (String key : articleKeys) {
                Optional<Article> article = store.article(key);
                if (article.isPresent()) {
                    writer.updateDocument(new Term(KEY, key(SearchHit.Type.ARTICLE, key)), articleDocument(article.get()));
                } else {
                    writer.deleteDocuments(new Term(KEY, key(SearchHit.Type.ARTICLE, key)));
                }
            }
            writer.deleteDocuments(new Term(TYPE, type(SearchHit.Type.EVENT)));
            addEvents(writer, store);
        });
    }

    /**
     * The best {@code limit} documents holding every word of the query (as analysed: stemmed, case- and
     * accent-insensitive), of one type or, when {@code type} is null, of both.
     *
     * @throws IllegalArgumentException when the query has no word to search for
     */
    public SearchResults search(String query, SearchHit.Type type, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Set<String> terms = terms(query == null ? "" : query);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("the query has no words to search for: '" + query + "'");
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        terms.forEach(t -> all.add(new TermQuery(new Term(BODY, t)), BooleanClause.Occur.MUST));
        if (type != null) {
            all.add(new TermQuery(new Term(TYPE, type(type))), BooleanClause.Occur.FILTER);
        }
        try {
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(all.build(), limit);
                List<SearchHit> hits = new ArrayList<>();
                for (ScoreDoc scored : top.scoreDocs) {
                    Document doc = searcher.storedFields().document(scored.doc);
                    hits.add(Snippets.snippet(analyzer, SearchHit.Type.valueOf(doc.get(TYPE).toUpperCase(Locale.ROOT)),
                            doc.get(ID), doc.get(TITLE), doc.get(BODY), terms, scored.score));
                }
                return new SearchResults(top.totalHits.value, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** Whether the index holds nothing: new, or never built for a store that has content. */
    public boolean isEmpty() {
        try {
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs() == 0;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }

    private Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private void addEvents(IndexWriter writer, EventStore store) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (EventRecord record : store.events(EventQuery.all())) {
            List<String> evidence = new ArrayList<>();
            for (EventMention m : record.mentions()) {
                String text = texts.computeIfAbsent(m.articleKey(),
                        k -> store.article(k).map(Article::text).orElse(""));
                if (m.evidence().end() <= text.length()) {
                    evidence.add(m.evidence().of(text));
                }
            }
            writer.addDocument(eventDocument(record, evidence));
        }
    }

    private static Document articleDocument(Article article) {
        String title = article.title() == null || article.title().isBlank() ? article.key() : article.title();
        String body = article.title() == null ? article.text() : article.title() + "\n\n" + article.text();
        return document(SearchHit.Type.ARTICLE, article.key(), title, body);
    }

    private static Document eventDocument(EventRecord record, List<String> evidence) {
        String title = record.kind().code() + ": " + side(record.source()) + " \u2192 " + side(record.target())
                + (record.date().isKnown() ? ", " + record.date().start() : "");
        String words = String.join("\n", evidence) + "\n\n" + record.kind().code().replace('_', ' ')
                + (record.coding().ploverType() == null ? "" : " " + record.coding().ploverType()) + " "
                + actorWords(record.source()) + " " + actorWords(record.target());
        return document(SearchHit.Type.EVENT, record.id(), title, words);
    }

    private static Document document(SearchHit.Type type, String id, String title, String body) {
        Document doc = new Document();
        doc.add(new StringField(KEY, key(type, id), Field.Store.NO));
        doc.add(new StringField(TYPE, type(type), Field.Store.YES));
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new StoredField(TITLE, title));
        doc.add(new TextField(BODY, body, Field.Store.YES));
        return doc;
    }

    private static String side(List<Actor> actors) {
        return actors.isEmpty() ? "-" : actors.stream().map(Actor::toString).collect(Collectors.joining(", "));
    }

    private static String actorWords(List<Actor> actors) {
        return actors.stream().map(a -> a.person() == null ? a.country() : a.country() + " " + a.person())
                .collect(Collectors.joining(" "));
    }

    private static String key(SearchHit.Type type, String id) {
        return type(type) + ":" + id;
    }

    private static String type(SearchHit.Type type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** Runs the work with the index's writer and commits it; waits a while for another process's writer. */
    private void write(IndexWork work) {
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
        while (true) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                work.run(writer);
                writer.commit();
                break;
            } catch (LockObtainFailedException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the search index is being written by another process", e);
                }
                pause();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the search index", e);
            }
        }
        if (searchers != null) {
            try {
                searchers.maybeRefresh();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the search index", e);
        }
    }

    @FunctionalInterface
    private interface IndexWork {
        void run(IndexWriter writer) throws IOException;
    }
}
