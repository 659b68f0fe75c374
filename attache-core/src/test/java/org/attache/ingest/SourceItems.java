package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Article;

/** Reads a file with a source and hands back what it yielded, for the source tests. */
final class SourceItems {
    private SourceItems() {
    }

    static List<SourceItem> read(ArticleSource source, Path file) {
        List<SourceItem> items = new ArrayList<>();
        source.read(file, items::add);
        return items;
    }

    /** The articles, asserting that nothing failed. */
    static List<Article> articles(ArticleSource source, Path file) {
        List<SourceItem> items = read(source, file);
        assertThat(items).allSatisfy(item -> assertThat(item).isInstanceOf(SourceItem.Parsed.class));
        return items.stream().map(item -> ((SourceItem.Parsed) item).article()).toList();
    }

    /** The single failure's reason, asserting that the file yielded just that. */
    static String failure(ArticleSource source, Path file) {
        List<SourceItem> items = read(source, file);
        assertThat(items).singleElement().isInstanceOf(SourceItem.Failed.class);
        return ((SourceItem.Failed) items.get(0)).reason();
    }
}
