package org.attache.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes web archives for tests with jwarc, as a crawler would: a request and a response record per fetch. */
final class WarcFiles implements AutoCloseable {
    private static final Instant CAPTURED = Instant.parse("2024-02-01T12:00:00Z");

    private final WarcWriter writer;

    WarcFiles(Path file, WarcCompression compression) {
        try {
            writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING), compression);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WarcFiles html(String url, String html) {
        return fetch(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), false);
    }

    /** A response with the status, type and body given; {@code gzipped} sends it with Content-Encoding: gzip. */
    WarcFiles fetch(String url, int status, String type, byte[] body, boolean gzipped) {
        try {
            writer.write(new WarcRequest.Builder(URI.create(url)).date(CAPTURED)
                    .body(new HttpRequest.Builder("GET", URI.create(url)).build()).build());
            HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
            if (gzipped) {
                http.addHeader("Content-Encoding", "gzip");
            }
            http.body(MediaType.parse(type), gzipped ? gzip(body) : body);
            writer.write(new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http.build()).build());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
