package org.attache.export;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.attache.model.Article;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;

/** The articles that report a record, and how many distinct sources published them. */
final class Reports {
    private Reports() {
    }

    /** The stored articles of the record's mentions, each once, in mention order. */
    static List<Article> articles(EventRecord r, Function<String, Optional<Article>> articles) {
        return r.mentions().stream().map(EventMention::articleKey).distinct().map(articles)
                .flatMap(Optional::stream).toList();
    }

    /** Distinct publishers; an article without a named source counts as a source of its own. */
    static long sources(EventRecord r, List<Article> reporting) {
        long named = reporting.stream().map(Article::source).filter(s -> s != null && !s.isBlank()).distinct().count();
        long unnamed = reporting.stream().filter(a -> a.source() == null || a.source().isBlank()).count();
        long missing = r.articleCount() - reporting.size();
        return named + unnamed + missing;
    }
}
