package org.attache.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attache.search.SearchIndex;
import org.attache.store.EventStore;

/**
 * The API (under {@code /api}, described at {@code /openapi.json}) and the web UI over one store and its search
 * index. Pages load only their own scripts and styles: the Content-Security-Policy forbids anything else,
 * inline scripts included, as a second guard around article text that is shown as text.
 */
public final class AttacheServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AttacheServer.class.getName());
    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    private final Javalin app;

    private AttacheServer(Javalin app) {
        this.app = app;
    }

    /** Serves the store and index on {@code host}:{@code port} (port 0 picks a free one) until closed. */
    public static AttacheServer start(EventStore store, SearchIndex index, String host, int port) {
        Api api = new Api(store, index);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(Views.JSON, false));
            config.staticFiles.add("/org/attache/server/web", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.routes.before(ctx -> HEADERS.forEach(ctx::header));
            config.routes.get("/api/events", api::events);
            config.routes.get("/api/events/{id}", api::event);
            config.routes.get("/api/articles", api::articles);
            config.routes.get("/api/article", api::article);
            config.routes.get("/api/actors", api::actors);
            config.routes.get("/api/timeline", api::timeline);
            config.routes.get("/api/search", api::search);
            config.routes.get("/api/stories", api::stories);
            // Javalin's own answers (no such endpoint, wrong method) in the API's error shape.
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                if (ctx.path().startsWith("/api/")) {
                    error(ctx, e.getStatus(), e.getMessage());
                } else {
                    ctx.status(e.getStatus()).contentType("text/plain").result(e.getMessage());
                }
            });
            config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            config.routes.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.log(Level.SEVERE, "request failed: " + ctx.path(), e);
                error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
            });
        });
        app.start(host, port);
        return new AttacheServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }
}
