package org.attache.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.attache.ingest.FieldMap;
import org.attache.ingest.SourceOptions;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;
import org.attache.pipeline.IngestReport;
import org.attache.pipeline.Ingester;
import org.attache.pipeline.Pipeline;
import org.attache.store.EventStore;
import org.attache.store.SqliteEventStore;
import org.attache.testing.Quiet;
import org.attache.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared benchmark corpora go through ingest whole, with their dates, as the CLI would read them. Extraction is
 * left out (an empty pipeline): this is about reading, keys, dates, language and duplicates.
 */
class SharedCorporaIngestTest {
    @TempDir
    Path dir;

    @Test
    void theGuardianCsvIsStoredInFullWithItsDates() throws IOException {
        Path csv = Shared.path("corpus/bench/guardian_syria_2017_2019.csv");
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            rows = it.readAll();
        }

        try (EventStore store = SqliteEventStore.open(dir.resolve("a.db"))) {
            IngestReport report = ingest(store, SourceOptions.defaults(), csv);

            assertThat(report.failures()).isEmpty();
            assertThat(report.skipped()).isEmpty();
            assertThat(report.ingested()).isEqualTo(249);
            assertThat(store.articleCount()).isEqualTo(249);
            for (int row = 1; row <= rows.size(); row++) {
                Article article = store.article("guardian_syria_2017_2019#" + row).orElseThrow();
                assertThat(article.published()).isEqualTo(PublishedDate.of(
                        LocalDate.parse(rows.get(row - 1).get("date")), DateOrigin.METADATA));
                assertThat(article.text()).isEqualTo(rows.get(row - 1).get("text"));
                assertThat(article.source()).isEqualTo("Guardian");
                assertThat(article.language()).isEqualTo("en");
            }
        }
    }

    @Test
    void theReutersSubsetIsStoredWithBodyAsTextDatesFromItsDateFieldAndDuplicatesSkipped() throws IOException {
        Path jsonl = Shared.path("corpus/bench/reuters21578_diplomatic_subset.jsonl");
        List<String> lines = Files.readAllLines(jsonl);
        SourceOptions mapped = new SourceOptions(SourceOptions.DEFAULT_MAX_BYTES,
                FieldMap.of(Map.of("id", "newid", "text", "body", "published", "date")));

        try (EventStore store = SqliteEventStore.open(dir.resolve("a.db"))) {
            IngestReport report = ingest(store, mapped, jsonl);

            assertThat(report.failures()).isEmpty();
            assertThat(report.ingested() + report.skipped().size()).isEqualTo(lines.size()).isEqualTo(390);
            // The subset holds 15 stories twice under two ids; the later copy of each is skipped.
            assertThat(report.skipped()).hasSize(15)
                    .allSatisfy(skip -> assertThat(skip.reason()).startsWith("duplicate of "));
            assertThat(report.skipped()).anySatisfy(skip -> {
                assertThat(skip.key()).isEqualTo("3525");
                assertThat(skip.reason()).isEqualTo("duplicate of 3464");
            });
            assertThat(store.articleCount()).isEqualTo(375);
            ObjectMapper json = new ObjectMapper();
            for (String line : lines) {
                JsonNode record = json.readTree(line);
                store.article(record.get("newid").asText()).ifPresent(article -> {
                    assertThat(article.text()).isEqualTo(record.get("body").asText());
                    assertThat(article.title()).isEqualTo(record.get("title").asText());
                    assertThat(article.published().origin()).isEqualTo(DateOrigin.METADATA);
                    assertThat(article.published().date().getYear()).isEqualTo(1987);
                });
            }
            assertThat(store.article("107").orElseThrow().published().date()).isEqualTo(LocalDate.of(1987, 2, 26));
        }
    }

    private static IngestReport ingest(EventStore store, SourceOptions options, Path file) {
        return new Ingester(new Pipeline(List.of()), store, 2, options).ingest(List.of(file), Quiet.LISTENER);
    }
}
