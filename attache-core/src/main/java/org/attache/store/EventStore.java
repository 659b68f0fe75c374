package org.attache.store;

import java.util.List;
import java.util.Optional;
import org.attache.model.Article;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;

/**
 * Persistent record of articles, their event mentions and the linked event records.
 * Implementations are safe to use from several threads.
 */
public interface EventStore extends AutoCloseable {
    /** The content hash of the stored article with this key, if any. */
    Optional<String> articleHash(String key);

    /** Stores the article and replaces its mentions, in one transaction. */
    void saveArticle(Article article, List<EventMention> mentions);

    Optional<Article> article(String key);

    long articleCount();

    /** Every stored mention, in a stable order (by id). */
    List<EventMention> allMentions();

    /** Replaces all event records with these, in one transaction. */
    void replaceRecords(List<EventRecord> records);

    /** Records matching the query, ordered by date (unknown last), then id. */
    List<EventRecord> events(EventQuery query);

    Optional<EventRecord> event(String id);

    @Override
    void close();
}
