package org.attache.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.attache.model.Article;
import org.attache.model.PublishedDate;

/**
 * Reads a {@code .txt} file (or {@code .txt.gz}) as one article keyed by its file name. A plain file carries no
 * metadata, so the publication date is left unknown for the text stages to find.
 */
final class TextFileSource implements ArticleSource {
    private final long maxBytes;

    TextFileSource(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean accepts(Path file) {
        return FileNames.hasExtension(file, ".txt");
    }

    @Override
    public void read(Path file, Consumer<SourceItem> sink) {
        SourceLocation location = new SourceLocation(file, 0);
        try {
            Article article = new Article(FileNames.baseName(file), null, null, null, PublishedDate.unknown(),
                    PlainText.read(file, maxBytes));
            sink.accept(new SourceItem.Parsed(article, location));
        } catch (Rejected e) {
            sink.accept(new SourceItem.Failed(location, e.getMessage()));
        }
    }
}
