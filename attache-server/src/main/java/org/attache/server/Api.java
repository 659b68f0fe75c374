package org.attache.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.attache.export.QuoteJsonl;
import org.attache.model.Article;
import org.attache.model.EventRecord;
import org.attache.model.Stance;
import org.attache.search.SearchHit;
import org.attache.search.SearchIndex;
import org.attache.search.SearchResults;
import org.attache.store.ActorCount;
import org.attache.store.ArticleAnnotations;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import org.attache.store.Granularity;
import org.attache.store.Page;
import org.attache.store.TimelineCount;

/** The handlers of the JSON API: each reads its parameters, asks the store or the index, and shapes the answer. */
final class Api {
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_SEARCH = 100;

    private final EventStore store;
    private final SearchIndex index;

    Api(EventStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    void events(Context ctx) {
        EventQuery query = new Params(ctx).eventQuery();
        Views views = new Views(store);
        paged(ctx, "events", (offset, limit) -> store.events(query, offset, limit), views::summary);
    }

    /** A page of items as {total, offset, limit, NAME: [...]}, from the request's offset and limit. */
    private <T> void paged(Context ctx, String name, PageReader<T> reader, Function<T, JsonNode> view) {
        Params params = new Params(ctx);
        int offset = params.offset();
        int limit = params.limit(DEFAULT_LIMIT, Params.MAX_LIMIT);
        Page<T> page = reader.read(offset, limit);
        ObjectNode o = Views.JSON.createObjectNode();
        o.put("total", page.total());
        o.put("offset", offset);
        o.put("limit", limit);
        ArrayNode items = o.putArray(name);
        page.items().forEach(item -> items.add(view.apply(item)));
        ctx.json(o);
    }

    private interface PageReader<T> {
        Page<T> read(int offset, int limit);
    }

    void event(Context ctx) {
        String id = ctx.pathParam("id");
        EventRecord record = store.event(id).orElseThrow(() -> new NotFound("no event record " + id));
        Views views = new Views(store);
        ObjectNode o = Views.JSON.createObjectNode();
        o.set("event", views.summary(record));
        ArrayNode mentions = o.putArray("mentions");
        record.mentions().forEach(m -> mentions.add(views.mention(m)));
        ArrayNode quotes = o.putArray("quotes");
        store.quotesOfEvent(id).forEach(q -> quotes.add(QuoteJsonl.toJson(q, id)));
        ArrayNode replies = o.putArray("replies");
        store.events(EventQuery.all().withInReplyTo(id)).forEach(r -> replies.add(views.summary(r)));
        o.set("in_reply_to", record.inReplyTo() == null ? null
                : store.event(record.inReplyTo()).map(views::summary).orElse(null));
        ctx.json(o);
    }

    void articles(Context ctx) {
        Views views = new Views(store);
        paged(ctx, "articles", store::articles, views::articleSummary);
    }

    void article(Context ctx) {
        String key = new Params(ctx).required("key");
        Article article = store.article(key).orElseThrow(() -> new NotFound("no article " + key));
        ArticleAnnotations annotations = store.annotations(key);
        Views views = new Views(store);
        ObjectNode o = views.articleSummary(article);
        o.put("text", article.text());
        ArrayNode actors = o.putArray("actors");
        annotations.actors().forEach(a -> actors.add(Views.actorMention(a)));
        ArrayNode times = o.putArray("times");
        annotations.times().forEach(t -> times.add(Views.time(t)));
        ArrayNode events = o.putArray("events");
        List<EventRecord> records = store.events(EventQuery.all().withArticle(key));
        Map<String, String> recordOfMention = new HashMap<>();
        for (EventRecord r : records) {
            ObjectNode e = views.summary(r);
            ArrayNode spans = e.putArray("spans");
            r.mentions().stream().filter(m -> m.articleKey().equals(key)).forEach(m -> {
                spans.add(Views.span(m.evidence()));
                recordOfMention.put(m.id(), r.id());
            });
            events.add(e);
        }
        ArrayNode quotes = o.putArray("quotes");
        store.quotesOfArticle(key).forEach(q -> quotes.add(QuoteJsonl.toJson(q, recordOfMention.get(q.eventId()))));
        ctx.json(o);
    }

    void actors(Context ctx) {
        Params params = new Params(ctx);
        EventQuery query = params.eventQuery();
        int limit = params.limit(100, Params.MAX_LIMIT);
        ObjectNode o = Views.JSON.createObjectNode();
        ArrayNode actors = o.putArray("actors");
        for (ActorCount a : store.actors(query, limit)) {
            actors.addObject().put("country", a.country()).put("name", a.person()).put("events", a.events());
        }
        ctx.json(o);
    }

    /** Counts per period: all, by stance and by kind; periods without records are left out. */
    void timeline(Context ctx) {
        Params params = new Params(ctx);
        EventQuery query = params.eventQuery();
        Granularity by = params.granularity();
        Map<LocalDate, ObjectNode> periods = new TreeMap<>();
        for (TimelineCount c : store.timeline(query, by)) {
            ObjectNode p = periods.computeIfAbsent(c.period(), day -> {
                ObjectNode n = Views.JSON.createObjectNode();
                n.put("period", day.toString());
                n.put("events", 0);
                for (Stance s : Stance.values()) {
                    n.put(s.code(), 0);
                }
                n.putObject("kinds");
                return n;
            });
            String stance = Stance.of(c.ploverType()).code();
            p.put("events", p.get("events").asLong() + c.events());
            p.put(stance, p.get(stance).asLong() + c.events());
            ObjectNode kinds = (ObjectNode) p.get("kinds");
            kinds.put(c.kind().code(), kinds.path(c.kind().code()).asLong() + c.events());
        }
        ObjectNode o = Views.JSON.createObjectNode();
        o.put("by", by.code());
        o.putArray("periods").addAll(List.copyOf(periods.values()));
        ctx.json(o);
    }

    void search(Context ctx) {
        Params params = new Params(ctx);
        String q = params.required("q");
        SearchHit.Type type = params.searchType();
        int limit = params.limit(20, MAX_SEARCH);
        if (limit == 0) {
            throw new BadRequest("limit must be between 1 and " + MAX_SEARCH + ": 0");
        }
        SearchResults results;
        try {
            results = index.search(q, type, limit);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        ObjectNode o = Views.JSON.createObjectNode();
        o.put("query", q);
        o.put("total", results.total());
        ArrayNode hits = o.putArray("hits");
        for (SearchHit h : results.hits()) {
            ObjectNode hit = hits.addObject();
            hit.put("type", h.type().name().toLowerCase(java.util.Locale.ROOT));
            hit.put("id", h.id());
            hit.put("title", h.title());
            hit.put("snippet", h.snippet());
            ArrayNode matches = hit.putArray("matches");
            h.matches().forEach(m -> matches.add(Views.span(m)));
            hit.put("score", h.score());
        }
        ctx.json(o);
    }

    /** The stored stories, most articles first, each with its articles and their independent sources. */
    void stories(Context ctx) {
        Views views = new Views(store);
        paged(ctx, "stories", store::stories, views::story);
    }
}
