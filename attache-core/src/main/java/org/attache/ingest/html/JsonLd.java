package org.attache.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in its JSON-LD blocks, if any: a top-level object, an element of a
 * top-level array, or a node of an {@code @graph}, whose {@code @type} is a kind of article.
 */
final class JsonLd {
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
            "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle");
    /** JSON-LD is written by hand and by templates: stray commas and raw line breaks are common. */
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    private final JsonNode article;

    private JsonLd(JsonNode article) {
        this.article = article;
    }

    static Optional<JsonLd> of(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                for (JsonNode node : candidates(LENIENT.readTree(script.data()))) {
                    if (isArticle(node)) {
                        return Optional.of(new JsonLd(node));
                    }
                }
            } catch (JsonProcessingException e) {
                // A broken block says nothing; the page's other metadata still may.
            }
        }
        return Optional.empty();
    }

    String headline() {
        return firstText(article.get("headline"), article.get("name"));
    }

    String datePublished() {
        return firstText(article.get("datePublished"));
    }

    /** One author's name, or several joined by ", ". */
    String author() {
        List<String> names = new ArrayList<>();
        JsonNode author = article.get("author");
        if (author != null && author.isArray()) {
            author.forEach(a -> addName(a, names));
        } else if (author != null) {
            addName(author, names);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    String publisher() {
        JsonNode publisher = article.get("publisher");
        return publisher == null ? null : firstText(publisher.get("name"));
    }

    String url() {
        JsonNode page = article.get("mainEntityOfPage");
        String fromPage = page == null ? null : page.isTextual() ? page.textValue() : firstText(page.get("@id"));
        return fromPage != null ? fromPage : firstText(article.get("url"));
    }

    private static List<JsonNode> candidates(JsonNode root) {
        List<JsonNode> nodes = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(nodes::add);
        } else {
            nodes.add(root);
        }
        List<JsonNode> withGraphs = new ArrayList<>();
        for (JsonNode node : nodes) {
            withGraphs.add(node);
            JsonNode graph = node.get("@graph");
            if (graph != null && graph.isArray()) {
                graph.forEach(withGraphs::add);
            }
        }
        return withGraphs;
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    private static void addName(JsonNode author, List<String> names) {
        String name = author.isTextual() ? author.textValue() : firstText(author.get("name"));
        if (name != null) {
            names.add(name);
        }
    }

    private static String firstText(JsonNode... values) {
        for (JsonNode value : values) {
            if (value != null && value.isTextual() && !value.textValue().isBlank()) {
                return value.textValue().strip();
            }
        }
        return null;
    }
}
