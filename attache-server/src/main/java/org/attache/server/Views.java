package org.attache.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.attache.export.EventJsonl;
import org.attache.link.story.SourceGroup;
import org.attache.link.story.Story;
import org.attache.model.ActorMention;
import org.attache.model.Article;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;
import org.attache.model.Span;
import org.attache.model.Stance;
import org.attache.model.TimeExpression;
import org.attache.store.EventStore;

/**
 * The JSON shapes of the API (docs/api.md). Article text goes out verbatim as JSON strings; offsets are into
 * it, counted in UTF-16 units as JavaScript counts them.
 */
final class Views {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Longest evidence excerpt in listings. */
    private static final int EXCERPT = 300;

    private final EventStore store;
    /** Article texts fetched while building one response. */
    private final Map<String, Optional<Article>> articles = new HashMap<>();

    Views(EventStore store) {
        this.store = store;
    }

    Optional<Article> article(String key) {
        return articles.computeIfAbsent(key, store::article);
    }

    /** A record as listed: its fields, counts, and the evidence of its first mention. */
    ObjectNode summary(EventRecord r) {
        ObjectNode o = EventJsonl.fields(r);
        o.put("stance", Stance.of(r.coding().ploverType()).code());
        o.put("articles", r.articleCount());
        o.put("mentions", r.mentions().size());
        o.put("sources", r.sources());
        o.put("in_reply_to", r.inReplyTo());
        String excerpt = r.mentions().isEmpty() ? null : evidence(r.mentions().get(0));
        o.put("evidence", excerpt == null || excerpt.length() <= EXCERPT ? excerpt
                : excerpt.substring(0, EXCERPT - 1) + "\u2026");
        return o;
    }

    /** One mention with its article's metadata and the evidence text. */
    ObjectNode mention(EventMention m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", m.id());
        Optional<Article> article = article(m.articleKey());
        ObjectNode a = o.putObject("article");
        a.put("key", m.articleKey());
        article.ifPresent(value -> articleMeta(a, value));
        ObjectNode evidence = o.putObject("evidence");
        evidence.put("start", m.evidence().start());
        evidence.put("end", m.evidence().end());
        evidence.put("text", evidence(m));
        o.put("kind", m.kind().code());
        EventJsonl.actors(o.putArray("source"), m.source());
        EventJsonl.actors(o.putArray("target"), m.target());
        o.set("date", EventJsonl.date(m.date()));
        o.put("confidence", m.confidence());
        o.put("rule", m.provenance().toString());
        return o;
    }

    ObjectNode articleSummary(Article article) {
        ObjectNode o = JSON.createObjectNode();
        o.put("key", article.key());
        articleMeta(o, article);
        o.put("length", article.text().length());
        return o;
    }

    /** A story: its articles as listed, and its independent sources as groups of article keys. */
    ObjectNode story(Story story) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", story.id());
        o.put("independent_sources", story.independentSources());
        ArrayNode articles = o.putArray("articles");
        story.articleKeys().forEach(key -> article(key).ifPresent(a -> articles.add(articleSummary(a))));
        ArrayNode sources = o.putArray("sources");
        for (SourceGroup group : story.sources()) {
            ObjectNode source = sources.addObject();
            source.put("id", group.id());
            group.articleKeys().forEach(source.putArray("articles")::add);
        }
        return o;
    }

    static ObjectNode actorMention(ActorMention m) {
        ObjectNode o = span(m.span());
        o.put("country", m.actor().country());
        o.put("name", m.actor().person());
        o.put("role", m.actor().role());
        o.put("form", m.form().name().toLowerCase(java.util.Locale.ROOT));
        o.put("rule", m.provenance().toString());
        return o;
    }

    static ObjectNode time(TimeExpression t) {
        ObjectNode o = span(t.span());
        o.set("date", EventJsonl.date(t.interval()));
        o.put("reporting", t.reportingTime());
        o.put("rule", t.provenance().toString());
        return o;
    }

    static ObjectNode span(Span span) {
        ObjectNode o = JSON.createObjectNode();
        o.put("start", span.start());
        o.put("end", span.end());
        return o;
    }

    private static void articleMeta(ObjectNode o, Article article) {
        o.put("title", article.title());
        o.put("url", article.url());
        o.put("source", article.source());
        ObjectNode published = o.putObject("published");
        published.put("date", article.published().isKnown() ? article.published().date().toString() : null);
        published.put("origin", article.published().origin().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The mention's evidence text; null when its article is gone or shorter than the span. */
    private String evidence(EventMention m) {
        return article(m.articleKey()).filter(a -> m.evidence().end() <= a.text().length())
                .map(a -> m.evidence().of(a.text())).orElse(null);
    }
}
