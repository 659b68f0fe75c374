package org.attache.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.ingest.SourceItem;
import org.attache.pipeline.IngestReport;
import org.attache.pipeline.Ingester;
import org.attache.pipeline.Knowledge;
import org.attache.pipeline.Pipeline;
import org.attache.search.SearchIndex;
import org.attache.store.EventStore;

/** Short articles of our own, ingested through the real pipeline into a store and its search index. */
final class Corpus {
    static final String SCRIPT_KEY = "script-article";
    static final String SCRIPT = "<script>window.__pwned = 1</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned = 2\">";

    /** One JSON line per article: key, date and text. */
    static final List<String> ARTICLES = List.of(
            line("xi-visit", "2019-06-21", "Xi in Pyongyang",
                    "Chinese President Xi Jinping visited Pyongyang on June 20, 2019, and held talks with Kim Jong Un.\n"
                            + "\u201cThe friendship between our countries will last,\u201d Xi said during the visit."),
            line("kim-letter", "2019-06-28", "A letter to Beijing",
                    "North Korean leader Kim Jong Un sent a letter to Xi Jinping on June 27, 2019, thanking him for the visit."),
            line("icbm", "2017-11-29", "Missile test",
                    "North Korea tested an intercontinental ballistic missile on November 28, 2017. "
                            + "The United States accused North Korea of threatening its neighbours on November 29, 2017."),
            line(SCRIPT_KEY, "2019-12-24", SCRIPT + "Summit in Beijing",
                    SCRIPT + IMG + " Chinese President Xi Jinping met South Korean President Moon Jae-in in Beijing "
                            + "on December 23, 2019."));

    /** Articles for a second ingest, run while the server is busy. */
    static final List<String> MORE = List.of(
            line("more-1", "2018-03-27", "Kim in Beijing",
                    "Kim Jong Un visited Beijing on March 26, 2018, and met Xi Jinping."),
            line("more-2", "2018-05-09", "Dalian talks",
                    "Kim Jong Un met Xi Jinping in Dalian on May 8, 2018."),
            line("more-3", "2018-06-13", "Singapore",
                    "Donald Trump met Kim Jong Un in Singapore on June 12, 2018, and they signed a joint statement."));

    private static Pipeline pipeline;

    private Corpus() {
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard(Knowledge.load(List.of()));
        }
        return pipeline;
    }

    /** Writes the lines as a .jsonl file in {@code dir} and ingests it, keeping the index in step. */
    static IngestReport ingest(EventStore store, SearchIndex index, Path dir, String name, List<String> lines) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".jsonl");
            Files.writeString(file, String.join("\n", lines) + "\n");
            return new Ingester(pipeline(), store, 2, org.attache.ingest.SourceOptions.defaults(),
                    keys -> index.update(store, keys))
                    .ingest(List.of(file), QUIET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(String id, String published, String title, String text) {
        return "{\"id\": " + quote(id) + ", \"published\": " + quote(published) + ", \"title\": " + quote(title)
                + ", \"source\": \"Test Wire\", \"url\": \"https://example.org/" + id + "\", \"text\": " + quote(text) + "}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static final Ingester.Listener QUIET = new Ingester.Listener() {
        @Override
        public void total(int items) {
        }

        @Override
        public void settled(SourceItem item, Ingester.Outcome outcome) {
        }
    };
}
