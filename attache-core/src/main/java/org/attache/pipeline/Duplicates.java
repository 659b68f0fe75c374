package org.attache.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Article;
import org.attache.store.EventStore;

/**
 * Recognises an article the store, or the batch being ingested, already has under another key: the same URL,
 * or the same text (whatever its whitespace). Within a batch the first article in input order is the original,
 * so the same inputs always keep the same one.
 */
final class Duplicates {
    private final EventStore store;
    private final Map<String, String> keysByUrl = new HashMap<>();
    private final Map<String, String> keysByText = new HashMap<>();
    private final Set<String> keys = new HashSet<>();

    Duplicates(EventStore store) {
        this.store = store;
    }

    /** The key of the article this one duplicates, if any. The same key twice in one batch is a duplicate too. */
    Optional<String> originalOf(Article article) {
        if (keys.contains(article.key())) {
            return Optional.of(article.key());
        }
        String textHash = article.textHash();
        return byUrl(article).or(() -> other(keysByText.get(textHash), article))
                .or(() -> store.articleKeyByTextHash(textHash).flatMap(key -> other(key, article)));
    }

    /** Records that the batch stores {@code article}, so later copies of it are recognised. */
    void claim(Article article) {
        keys.add(article.key());
        if (article.url() != null) {
            keysByUrl.putIfAbsent(article.url(), article.key());
        }
        keysByText.putIfAbsent(article.textHash(), article.key());
    }

    private Optional<String> byUrl(Article article) {
        if (article.url() == null) {
            return Optional.empty();
        }
        return other(keysByUrl.get(article.url()), article)
                .or(() -> store.articleKeyByUrl(article.url()).flatMap(key -> other(key, article)));
    }

    /** An article is no duplicate of itself: a changed version under its own key is an update. */
    private static Optional<String> other(String key, Article article) {
        return key == null || key.equals(article.key()) ? Optional.empty() : Optional.of(key);
    }
}
