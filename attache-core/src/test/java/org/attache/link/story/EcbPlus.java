package org.attache.link.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.PublishedDate;
import org.attache.testing.Shared;

/**
 * The ECB+ documents of {@code ../shared/corpus/ecbplus} as articles, with their topic and gold event
 * cluster. A leading URL line (every ECB+-added document has one) becomes the article's URL, as ingest
 * would store it, so the clusterer cannot tell the two halves of a topic apart by that line's presence.
 * ECB+ gives no publication dates: they stay unknown.
 */
record EcbPlus(Article article, int topic, String gold) {
    static List<EcbPlus> load() {
        Path file = Shared.path("corpus/ecbplus/ecbplus_docs_with_gold_clusters.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<EcbPlus> docs = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                String text = doc.get("text").asText();
                String url = null;
                if (text.startsWith("http")) {
                    int end = text.indexOf('\n');
                    url = text.substring(0, end).replace(" ", "");
                    text = text.substring(end + 1);
                }
                docs.add(new EcbPlus(new Article(doc.get("doc_id").asText(), url, null, null,
                        PublishedDate.unknown(), text), doc.get("topic").asInt(),
                        doc.get("gold_event_cluster").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }
}
