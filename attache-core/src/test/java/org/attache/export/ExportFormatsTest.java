package org.attache.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.attache.actors.ActorKnowledge;
import org.attache.knowledge.KnowledgeFiles;
import org.attache.model.Actor;
import org.attache.model.Article;
import org.attache.model.Coding;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.DateOrigin;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;
import org.attache.model.Provenance;
import org.attache.model.PublishedDate;
import org.attache.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExportFormatsTest {
    private static final String TEXT = "Kim Jong Un visited Beijing, \"the capital\", on March 26, 2018.";
    private static ActorKnowledge knowledge;

    private final Article wire = new Article("a1", "https://example.org/a1", "Visit", "Wire One",
            PublishedDate.of(LocalDate.of(2018, 3, 28), DateOrigin.METADATA), TEXT);
    private final Article reprint = new Article("a2", null, "Visit again", "Wire One", PublishedDate.unknown(), TEXT);
    private final Function<String, Optional<Article>> articles =
            key -> Optional.ofNullable(Map.of("a1", wire, "a2", reprint).get(key));

    @BeforeAll
    static void loadKnowledge() {
        knowledge = ActorKnowledge.load(KnowledgeFiles.bundled(), phrase -> List.of(phrase.split(" ")));
    }

    @Test
    void gdeltCsvHasTheEventTableColumnsThatApply() throws Exception {
        StringWriter out = new StringWriter();
        GdeltCsv.write(List.of(visit(), undatedThreatByTheUn()), articles, knowledge, out);

        List<Map<String, String>> rows = csv(out.toString());
        assertThat(out.toString()).startsWith(String.join(",", GdeltCsv.COLUMNS) + "\r\n");
        Map<String, String> visit = rows.get(0);
        assertThat(visit).containsEntry("GLOBALEVENTID", "e1").containsEntry("SQLDATE", "20180326")
                .containsEntry("MonthYear", "201803").containsEntry("Year", "2018")
                .containsEntry("FractionDate", "2018.2329")
                .containsEntry("Actor1Code", "PRKGOV").containsEntry("Actor1Name", "KIM JONG UN")
                .containsEntry("Actor1CountryCode", "PRK").containsEntry("Actor1Type1Code", "GOV")
                .containsEntry("Actor2Code", "CHN").containsEntry("Actor2Name", "CHINA")
                .containsEntry("Actor2Type1Code", "")
                .containsEntry("EventCode", "042").containsEntry("EventBaseCode", "042")
                .containsEntry("EventRootCode", "04").containsEntry("QuadClass", "1")
                .containsEntry("GoldsteinScale", "").containsEntry("NumMentions", "2")
                .containsEntry("NumSources", "1").containsEntry("NumArticles", "2")
                .containsEntry("SOURCEURL", "https://example.org/a1");
        Map<String, String> threat = rows.get(1);
        assertThat(threat).containsEntry("SQLDATE", "").containsEntry("Year", "")
                .containsEntry("Actor1Code", "IGOUNO").containsEntry("Actor1CountryCode", "")
                .containsEntry("Actor1KnownGroupCode", "UNO").containsEntry("Actor1Type1Code", "IGO")
                .containsEntry("Actor2Code", "").containsEntry("QuadClass", "3").containsEntry("SOURCEURL", "");
    }

    @Test
    void quadClassFollowsTheCameoRoot() {
        assertThat(List.of("010", "057", "061", "0874", "112", "130", "150", "1823", "20", "", "9x"))
                .map(GdeltCsv::quadClass).containsExactly("1", "1", "2", "2", "3", "3", "4", "4", "4", "", "");
    }

    @Test
    void csvCellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(GdeltCsv.quote("plain")).isEqualTo("plain");
        assertThat(GdeltCsv.quote("a, \"b\"\nc")).isEqualTo("\"a, \"\"b\"\"\nc\"");
    }

    @Test
    void ploverJsonHasTheEventFieldsAndActorsWithCountryAndSector() throws Exception {
        StringWriter out = new StringWriter();
        PloverJson.write(List.of(visit(), undatedThreatByTheUn()), articles, knowledge, out);

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode visit = new ObjectMapper().readTree(lines[0]);
        assertThat(visit.get("id").asText()).isEqualTo("e1");
        assertThat(visit.get("date").asText()).isEqualTo("2018-03-26");
        assertThat(visit.get("event_type").asText()).isEqualTo("CONSULT");
        assertThat(visit.get("mode").asText()).isEqualTo("visit");
        assertThat(visit.get("context").isArray()).isTrue();
        assertThat(visit.at("/source_actor/name").asText()).isEqualTo("Kim Jong Un");
        assertThat(visit.at("/source_actor/country").asText()).isEqualTo("PRK");
        assertThat(visit.at("/source_actor/sector").asText()).isEqualTo("government");
        assertThat(visit.at("/source_actor/title").asText()).isEqualTo("supreme_leader");
        assertThat(visit.at("/target_actor/name").asText()).isEqualTo("China");
        assertThat(visit.get("num_articles").asInt()).isEqualTo(2);
        assertThat(visit.get("num_sources").asInt()).isEqualTo(1);
        assertThat(visit.at("/stories/0/event_text").asText()).isEqualTo(TEXT);
        assertThat(visit.at("/stories/0/date_published").asText()).isEqualTo("2018-03-28");
        JsonNode threat = new ObjectMapper().readTree(lines[1]);
        assertThat(threat.get("date").isNull()).isTrue();
        assertThat(threat.get("date_basis").asText()).isEqualTo("unknown");
        assertThat(threat.at("/source_actor/organization").asText()).isEqualTo("UN");
        assertThat(threat.at("/source_actor/sector").asText()).isEqualTo("igo");
        assertThat(threat.get("target_actor").isNull()).isTrue();
    }

    private EventRecord visit() {
        Actor kim = new Actor("PRK", "Kim Jong Un", "supreme_leader");
        Coding coding = new Coding("CONSULT", "visit", "042");
        DateInterval day = DateInterval.day(LocalDate.of(2018, 3, 26), DateBasis.EXPLICIT);
        EventMention first = new EventMention("m1", "a1", EventKind.VISIT, coding, List.of(kim),
                List.of(Actor.state("CHN")), day, new Span(0, TEXT.length()), 0.9, null, Provenance.of("events", "v"));
        EventMention second = new EventMention("m2", "a2", EventKind.VISIT, coding, List.of(kim),
                List.of(Actor.state("CHN")), day, new Span(0, TEXT.length()), 0.9, null, Provenance.of("events", "v"));
        // a2 reprints a1: two articles, one independent source
        return new EventRecord("e1", EventKind.VISIT, coding, List.of(kim), List.of(Actor.state("CHN")), day,
                List.of(first, second), null, 1);
    }

    private EventRecord undatedThreatByTheUn() {
        EventMention m = new EventMention("m3", "gone", EventKind.THREAT, new Coding("THREATEN", null, "130"),
                List.of(Actor.state("UN")), List.of(), DateInterval.unknown(), new Span(0, 3), 0.5, null,
                Provenance.of("events", "t"));
        return new EventRecord("e2", EventKind.THREAT, m.coding(), m.source(), m.target(), m.date(), List.of(m), null);
    }

    private static List<Map<String, String>> csv(String text) throws Exception {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return rows.readAll();
        }
    }
}
