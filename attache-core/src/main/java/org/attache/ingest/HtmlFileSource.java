package org.attache.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a saved web page ({@code .html}, {@code .htm}, or either gzipped) as one article: its main text and the
 * metadata its tags carry, keyed by its canonical URL, else by the file name.
 */
final class HtmlFileSource implements ArticleSource {
    private final long maxBytes;

    HtmlFileSource(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean accepts(Path file) {
        return FileNames.hasExtension(file, ".html") || FileNames.hasExtension(file, ".htm");
    }

    @Override
    public void read(Path file, Consumer<SourceItem> sink) {
        SourceLocation location = new SourceLocation(file, 0);
        try {
            byte[] bytes = Inputs.readAll(file, maxBytes);
            sink.accept(new SourceItem.Parsed(PageArticles.read(bytes, null, null, FileNames.baseName(file)),
                    location));
        } catch (Rejected e) {
            sink.accept(new SourceItem.Failed(location, e.getMessage()));
        }
    }
}
