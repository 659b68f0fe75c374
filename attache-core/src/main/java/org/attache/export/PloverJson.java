package org.attache.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.attache.actors.ActorKnowledge;
import org.attache.model.Actor;
import org.attache.model.Article;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;

/**
 * Writes event records one JSON object a line in the shape of PLOVER's event data (as POLECAT publishes it):
 * id, date, event_type, mode, context, and the source and target actor with country and sector, plus the
 * record's own interval, CAMEO code, counts and, per reporting article, the evidence text as event_text.
 */
public final class PloverJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PloverJson() {
    }

    public static void write(List<EventRecord> records, Function<String, Optional<Article>> articles,
            ActorKnowledge knowledge, Writer out) {
        ActorCodes codes = new ActorCodes(knowledge);
        try {
            for (EventRecord r : records) {
                out.write(JSON.writeValueAsString(toJson(r, articles, codes)));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode toJson(EventRecord r, Function<String, Optional<Article>> articles, ActorCodes codes) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id());
        o.put("date", r.date().isKnown() ? r.date().start().toString() : null);
        o.put("date_end", r.date().isKnown() ? r.date().end().toString() : null);
        o.put("date_basis", r.date().basis().code());
        o.put("event_type", r.coding().ploverType());
        o.put("mode", r.coding().ploverMode());
        o.putArray("context");
        o.set("source_actor", actor(r.source(), codes));
        o.set("target_actor", actor(r.target(), codes));
        actors(o.putArray("source_actors"), r.source(), codes);
        actors(o.putArray("target_actors"), r.target(), codes);
        o.put("kind", r.kind().code());
        o.put("cameo", r.coding().cameo());
        o.put("num_mentions", r.mentions().size());
        o.put("num_articles", r.articleCount());
        o.put("num_sources", r.sources());
        ArrayNode stories = o.putArray("stories");
        for (EventMention m : r.mentions()) {
            ObjectNode story = stories.addObject();
            story.put("story_id", m.articleKey());
            Optional<Article> article = articles.apply(m.articleKey());
            story.put("url", article.map(Article::url).orElse(null));
            story.put("publisher", article.map(Article::source).orElse(null));
            story.put("date_published", article.filter(a -> a.published().isKnown())
                    .map(a -> a.published().date().toString()).orElse(null));
            story.put("event_text", article.filter(a -> m.evidence().end() <= a.text().length())
                    .map(a -> m.evidence().of(a.text())).orElse(null));
            story.put("start", m.evidence().start());
            story.put("end", m.evidence().end());
        }
        o.put("in_reply_to", r.inReplyTo());
        return o;
    }

    /** The side's first actor, or null for an empty side. */
    private static ObjectNode actor(List<Actor> side, ActorCodes codes) {
        return side.isEmpty() ? null : actorJson(side.get(0), codes);
    }

    private static void actors(ArrayNode array, List<Actor> side, ActorCodes codes) {
        side.forEach(a -> array.add(actorJson(a, codes)));
    }

    private static ObjectNode actorJson(Actor a, ActorCodes codes) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", codes.name(a));
        o.put("country", codes.isBody(a) ? null : a.country());
        o.put("organization", codes.isBody(a) ? a.country() : null);
        o.put("sector", codes.sector(a));
        o.put("title", a.role());
        o.put("cameo", codes.cameoCode(a));
        return o;
    }
}
