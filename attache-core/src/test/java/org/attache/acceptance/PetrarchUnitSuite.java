package org.attache.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.attache.actors.petrarch.PetrarchDictionaries;
import org.attache.events.petrarch.PetrarchCoding;
import org.attache.model.Article;
import org.attache.model.DateOrigin;
import org.attache.model.PublishedDate;
import org.attache.pipeline.Knowledge;
import org.attache.pipeline.Pipeline;
import org.attache.testing.Shared;

/**
 * PETRARCH's unit-test suite from the shared corpus: its 284 sentences with their dates and expected CAMEO
 * events, and the standard pipeline with the suite's validation dictionaries (actors, agents, verbs, discards)
 * loaded as user dictionaries.
 */
final class PetrarchUnitSuite {
    static final String DIR = "corpus/petrarch-unit/";

    /** An expected event: source and target as PETRARCH codes, and the CAMEO code. */
    record Expected(String source, String target, String code) {
    }

    /** One test sentence; {@code index} keeps apart the few records that share an id. */
    record Sentence(int index, String id, String category, LocalDate date, String text, List<Expected> expected) {
        Article article() {
            return new Article(index + "-" + id, null, null, null, PublishedDate.of(date, DateOrigin.METADATA), text);
        }
    }

    private static Pipeline pipeline;

    private PetrarchUnitSuite() {
    }

    static PetrarchDictionaries dictionaries() {
        return PetrarchDictionaries.read(Shared.path(DIR + "PETR.Validate.actors.txt"),
                Shared.path(DIR + "PETR.Validate.agents.txt"));
    }

    static PetrarchCoding coding() {
        return PetrarchCoding.read(Shared.path(DIR + "PETR.Validate.verbs.txt"),
                Shared.path(DIR + "PETR.Validate.discards.txt"));
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard(Knowledge.load(List.of(), dictionaries(), coding()));
        }
        return pipeline;
    }

    static List<Sentence> sentences() {
        ObjectMapper json = new ObjectMapper();
        List<Sentence> sentences = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Shared.path(DIR + "PETR.UnitTest.records.jsonl"))) {
                JsonNode r = json.readTree(line);
                List<Expected> expected = new ArrayList<>();
                r.get("expected_events").forEach(e -> expected.add(
                        new Expected(e.get("source").asText(), e.get("target").asText(), e.get("code").asText())));
                sentences.add(new Sentence(sentences.size(), r.get("id").asText(), r.get("category").asText(),
                        LocalDate.parse(r.get("date").asText(), DateTimeFormatter.BASIC_ISO_DATE), r.get("text").asText(),
                        expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sentences;
    }
}
