package org.attache.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.attache.search.SearchIndex;
import org.attache.store.EventStore;
import org.attache.store.SqliteEventStore;

/** A store filled with {@link Corpus}, its index, and a server over them on a free loopback port. */
final class ServerFixture implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final EventStore store;
    final SearchIndex index;
    final AttacheServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, JsonNode json, String contentType, String contentSecurityPolicy) {
    }

    ServerFixture(Path dir) {
        this.dir = dir;
        Path db = dir.resolve("attache.db");
        store = SqliteEventStore.open(db);
        index = SearchIndex.open(SearchIndex.beside(db));
        Corpus.ingest(store, index, dir.resolve("in"), "corpus", Corpus.ARTICLES);
        server = AttacheServer.start(store, index, "127.0.0.1", 0);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    Answer get(String pathAndQuery) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.startsWith("application/json") ? JSON.readTree(response.body()) : null;
            return new Answer(response.statusCode(), json, type,
                    response.headers().firstValue("Content-Security-Policy").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        index.close();
        store.close();
    }
}
