package org.attache.ingest;

import org.attache.model.Article;

/** What a source yields for each item it reads: an article, or a failure with its reason. */
public sealed interface SourceItem permits SourceItem.Parsed, SourceItem.Failed {
    SourceLocation location();

    record Parsed(Article article, SourceLocation location) implements SourceItem {
    }

    record Failed(SourceLocation location, String reason) implements SourceItem {
    }
}
