package org.attache.export;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.attache.model.Article;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;

/** The articles that report a record. */
final class Reports {
    private Reports() {
    }

    /** The stored articles of the record's mentions, each once, in mention order. */
    static List<Article> articles(EventRecord r, Function<String, Optional<Article>> articles) {
        return r.mentions().stream().map(EventMention::articleKey).distinct().map(articles)
                .flatMap(Optional::stream).toList();
    }
}
