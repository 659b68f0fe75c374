package org.attache.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive ({@code .warc}, {@code .warc.gz}) with jwarc: every successful HTML response record is a
 * page, read as an HTML file would be and keyed by its canonical URL, else the URL it was fetched from.
 * Records are streamed one at a time; other records (requests, metadata, images, redirects) are passed over
 * in silence, since archives hold far more of them than pages. A record over the size limit or without main
 * text is a failure of its own; an archive that breaks off ends with one.
 */
final class WarcSource implements ArticleSource {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final long maxBytes;

    WarcSource(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean accepts(Path file) {
        return FileNames.hasExtension(file, ".warc");
    }

    @Override
    public void read(Path file, Consumer<SourceItem> sink) {
        long position = 0;
        try (WarcReader reader = new WarcReader(FileChannel.open(file))) {
            reader.onWarning(warning -> { });
            while (true) {
                position = reader.position();
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) {
                    return;
                }
                if (record.get() instanceof WarcResponse response) {
                    page(file, response).ifPresent(sink);
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(new SourceItem.Failed(at(file, position), "truncated or malformed WARC: " + message(e)));
        }
    }

    /** The response as an item, or nothing when it is not a successful HTML page. */
    private Optional<SourceItem> page(Path file, WarcResponse response) throws EOFException {
        SourceLocation location = at(file, response.position(), response.target());
        HttpResponse http;
        MediaType type;
        try {
            http = response.http();
            type = http.contentType();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (http.status() < 200 || http.status() >= 300 || !HTML_TYPES.contains(type.base().toString())) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream body = Inputs.bounded(http.bodyDecoded().stream(), maxBytes)) {
            bytes = body.readAllBytes();
        } catch (Inputs.BadInput e) {
            return Optional.of(new SourceItem.Failed(location, "page " + e.getMessage()));
        } catch (EOFException e) {
            // The archive ends inside this record: that ends the file, as a truncated archive.
            throw e;
        } catch (IOException e) {
            // An encoding jwarc cannot undo: this page is lost, the records after it are not.
            return Optional.of(new SourceItem.Failed(location, "cannot read the page: " + message(e)));
        }
        try {
            return Optional.of(new SourceItem.Parsed(PageArticles.read(bytes, type.parameters().get("charset"),
                    response.target(), response.target()), location));
        } catch (Rejected e) {
            return Optional.of(new SourceItem.Failed(location, e.getMessage()));
        }
    }

    private static SourceLocation at(Path file, long position) {
        return SourceLocation.part(file, "record at byte " + position);
    }

    private static SourceLocation at(Path file, long position, String target) {
        return SourceLocation.part(file, "record at byte " + position + ", " + target);
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : Inputs.brief(e.getMessage());
    }
}
