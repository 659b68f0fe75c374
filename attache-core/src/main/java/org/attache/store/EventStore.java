package org.attache.store;

import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.attache.link.story.Story;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;
import org.attache.model.TimeExpression;
import org.attache.model.Quote;

/**
 * Persistent record of articles, their event mentions and the linked event records.
 * Implementations are safe to use from several threads.
 */
public interface EventStore extends AutoCloseable {
    /** The content hash of the stored article with this key, if any. */
    Optional<String> articleHash(String key);

    /** Stores the article and replaces its mentions, in one transaction. */
    void saveArticle(Article article, List<EventMention> mentions);

    /**
     * Stores the document's article with its event mentions, actor mentions, time expressions and quotes,
     * replacing what was stored for that article, in one transaction.
     */
    void saveDocument(Document document);

    Optional<Article> article(String key);

    /** The key of a stored article with exactly this URL, the first by key when several have it. */
    Optional<String> articleKeyByUrl(String url);

    /** The key of a stored article whose {@link Article#textHash()} is this, the first by key when several. */
    Optional<String> articleKeyByTextHash(String textHash);

    /** Whether an input file with this content hash (SHA-256 of its bytes, hex) has been recorded as ingested. */
    boolean hasSourceFile(String contentHash);

    /** Records that the input file with this content hash, known by {@code name}, has been ingested. */
    void recordSourceFile(String contentHash, String name);

    /** The actor mentions and time expressions stored with the article; none for an unknown key. */
    ArticleAnnotations annotations(String articleKey);

    long articleCount();

    /** Every stored quote, by article key, then place in the article's text. */
    List<Quote> quotes();

    /** The quotes stored with the article, in text order; none for an unknown key. */
    List<Quote> quotesOfArticle(String articleKey);

    /** The quotes that belong to one of the record's mentions, by article key, then place in its text. */
    List<Quote> quotesOfEvent(String recordId);

    /** A page of the articles, newest publication date first (unknown last), then by key. */
    Page<Article> articles(int offset, int limit);

    /** Every stored mention, in a stable order (by id). */
    List<EventMention> allMentions();

    /**
     * The time expressions that start within the first {@code leadChars} characters of each article's text, by
     * article key, in text order; articles without any are left out.
     */
    Map<String, List<TimeExpression>> leadTimes(int leadChars);

    /** Replaces all stories (and with them the articles' source groups) with these, in one transaction. */
    void replaceStories(List<Story> stories);

    /** A page of the stories, most articles first, then by id, with the number of all stories. */
    Page<Story> stories(int offset, int limit);

    /** Replaces all event records with these, in one transaction. */
    void replaceRecords(List<EventRecord> records);

    /** Records matching the query, ordered by date (unknown last), then id. */
    List<EventRecord> events(EventQuery query);

    /** A page of {@link #events(EventQuery)}, in the same order, with the number of all matching records. */
    Page<EventRecord> events(EventQuery query, int offset, int limit);

    Optional<EventRecord> event(String id);

    /**
     * Matching records of known date counted by the period holding their first day, kind and PLOVER type,
     * ordered by period, kind code, then type (null first).
     */
    List<TimelineCount> timeline(EventQuery query, Granularity granularity);

    /**
     * The actors named by matching records with how many records name each: every country or body, and every
     * person; most records first, then by country, the country's own row before its people, then by name.
     */
    List<ActorCount> actors(EventQuery query, int limit);

    @Override
    void close();
}
