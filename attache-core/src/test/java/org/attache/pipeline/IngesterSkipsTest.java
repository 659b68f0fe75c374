package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.attache.model.Actor;
import org.attache.model.Coding;
import org.attache.model.DateInterval;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.Provenance;
import org.attache.model.Span;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;
import org.attache.store.SqliteEventStore;
import org.attache.testing.Quiet;
import org.attache.testing.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the ingest job skips: copies of articles it has, and articles it cannot read (not English). */
class IngesterSkipsTest {
    private static final String ENGLISH = "The prime minister of Portugal visited Madrid on Thursday for talks with "
            + "his Spanish counterpart on energy links, water sharing along the rivers both countries depend on, and "
            + "a high-speed railway between the two capitals that has been delayed for more than a decade.";
    private static final String FRENCH = "Le Premier ministre portugais s'est rendu jeudi à Madrid pour des "
            + "entretiens avec son homologue espagnol sur les interconnexions énergétiques, le partage de l'eau des "
            + "fleuves dont dépendent les deux pays et une ligne ferroviaire à grande vitesse entre les deux "
            + "capitales, retardée depuis plus de dix ans.";

    @TempDir
    Path dir;

    /** The keys the analysis stages were run on. */
    private final Set<String> analysed = ConcurrentHashMap.newKeySet();
    private EventStore store;

    @BeforeEach
    void openStore() {
        store = SqliteEventStore.open(dir.resolve("a.db"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private IngestReport ingest(Path... paths) {
        Pipeline recording = new Pipeline(List.of(document -> {
            analysed.add(document.article().key());
            return document;
        }));
        return new Ingester(recording, store, 2).ingest(List.of(paths), Quiet.LISTENER);
    }

    @Test
    void theSameUrlUnderAnotherKeyIsADuplicateAndNotStoredTwice() throws IOException {
        ingest(jsonl("first.jsonl", "{\"id\": \"a\", \"url\": \"https://example.org/s\", \"text\": \"" + ENGLISH
                + "\"}"));

        IngestReport report = ingest(jsonl("second.jsonl", "{\"id\": \"b\", \"url\": \"https://example.org/s\", "
                + "\"text\": \"An updated version of the story.\"}"));

        assertThat(report.skipped()).extracting(IngestReport.Skipped::key, IngestReport.Skipped::reason)
                .containsExactly(tuple("b", "duplicate of a"));
        assertThat(report.ingested()).isZero();
        assertThat(store.articleCount()).isEqualTo(1);
        assertThat(store.article("b")).isEmpty();
    }

    @Test
    void theSameTextUnderAnotherKeyIsADuplicateWhateverItsWhitespace() throws IOException {
        ingest(jsonl("first.jsonl", "{\"id\": \"a\", \"text\": \"" + ENGLISH + "\"}"));

        IngestReport report = ingest(jsonl("second.jsonl", "{\"id\": \"b\", \"url\": \"https://example.org/b\", "
                + "\"text\": \"  " + ENGLISH.replace(" for talks ", "\\r\\nfor  talks ") + "\\n\"}"));

        assertThat(report.skipped()).extracting(IngestReport.Skipped::reason).containsExactly("duplicate of a");
        assertThat(store.articleCount()).isEqualTo(1);
    }

    @Test
    void withinABatchTheFirstCopyInInputOrderIsKept() throws IOException {
        Path feed = jsonl("batch.jsonl",
                "{\"id\": \"z-first\", \"text\": \"" + ENGLISH + "\"}",
                "{\"id\": \"a-second\", \"text\": \"" + ENGLISH + "\"}",
                "{\"id\": \"z-first\", \"text\": \"Another article under a key already used in this batch.\"}");

        IngestReport report = ingest(feed);

        assertThat(report.ingested()).isEqualTo(1);
        assertThat(report.skipped()).extracting(IngestReport.Skipped::key, IngestReport.Skipped::reason)
                .containsExactly(tuple("a-second", "duplicate of z-first"),
                        tuple("z-first", "duplicate of z-first"));
        assertThat(store.article("z-first").orElseThrow().text()).isEqualTo(ENGLISH);
    }

    @Test
    void aFeedItemAndTheSavedPageOfTheSameStoryAreOneArticle() throws IOException {
        Path page = Resources.copy("ingest/html/news-site.html", dir.resolve("in"), "page.html");
        Path feed = Files.writeString(dir.resolve("in").resolve("feed.xml"), """
                <rss version="2.0"><channel><title>Harbour Times</title><link>https://harbourtimes.example.com/</link>
                <description>d</description><item><guid isPermaLink="false">ht-4411</guid>
                <link>https://harbourtimes.example.com/world/2023/05/09/norway-chile-fisheries-accord</link>
                <title>Norway and Chile sign fisheries accord</title>
                <description>The two governments agreed to share data on southern fish stocks.</description>
                </item></channel></rss>""");

        IngestReport report = ingest(page, feed);

        assertThat(report.ingested()).isEqualTo(1);
        assertThat(report.skipped()).extracting(IngestReport.Skipped::key, IngestReport.Skipped::reason)
                .containsExactly(tuple("ht-4411", "duplicate of "
                        + "https://harbourtimes.example.com/world/2023/05/09/norway-chile-fisheries-accord"));
    }

    @Test
    void anArticleNotInEnglishIsStoredWithItsLanguageButNotAnalysed() throws IOException {
        Path feed = jsonl("mixed.jsonl", "{\"id\": \"fr\", \"text\": \"" + FRENCH + "\"}",
                "{\"id\": \"en\", \"text\": \"" + ENGLISH + "\"}");

        IngestReport report = ingest(feed);

        assertThat(report.ingested()).isEqualTo(1);
        assertThat(report.skipped()).extracting(IngestReport.Skipped::key, IngestReport.Skipped::reason)
                .containsExactly(tuple("fr", "skipped (language fr)"));
        assertThat(analysed).containsExactly("en");
        assertThat(store.article("fr").orElseThrow().language()).isEqualTo("fr");
        assertThat(store.article("en").orElseThrow().language()).isEqualTo("en");
        assertThat(store.allMentions()).isEmpty();
    }

    @Test
    void anArticleRewrittenInAnotherLanguageLosesItsEventsAndTheirRecords() throws IOException {
        Pipeline oneEventEach = new Pipeline(List.of(document -> document.withEvents(List.of(new EventMention(
                "m-" + document.article().key(), document.article().key(), EventKind.VISIT,
                new Coding("CONSULT", "visit", "042"), List.of(Actor.state("PRT")), List.of(Actor.state("ESP")),
                DateInterval.unknown(), new Span(0, 10), 0.8, null, Provenance.of("test", null))))));
        new Ingester(oneEventEach, store, 1).ingest(List.of(jsonl("v1.jsonl", "{\"id\": \"pm\", \"text\": \""
                + ENGLISH + "\"}")), Quiet.LISTENER);
        assertThat(store.events(EventQuery.all())).hasSize(1);

        new Ingester(oneEventEach, store, 1).ingest(List.of(jsonl("v2.jsonl", "{\"id\": \"pm\", \"text\": \""
                + FRENCH + "\"}")), Quiet.LISTENER);

        assertThat(store.allMentions()).isEmpty();
        assertThat(store.events(EventQuery.all())).isEmpty();
    }

    @Test
    void aSkippedArticleIsUnchangedOnTheNextRun() throws IOException {
        Path feed = jsonl("fr.jsonl", "{\"id\": \"fr\", \"text\": \"" + FRENCH + "\"}");
        ingest(feed);

        IngestReport again = ingest(feed);

        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.skipped()).isEmpty();
    }

    @Test
    void tooShortATextToTellIsAnalysedAsEnglishWithItsLanguageUnknown() throws IOException {
        ingest(jsonl("short.jsonl", "{\"id\": \"s\", \"text\": \"Kim met Xi in Beijing.\"}"));

        assertThat(analysed).containsExactly("s");
        assertThat(store.article("s").orElseThrow().language()).isNull();
    }

    private Path jsonl(String name, String... lines) throws IOException {
        Files.createDirectories(dir.resolve("in"));
        return Files.writeString(dir.resolve("in").resolve(name), String.join("\n", lines) + "\n");
    }
}
