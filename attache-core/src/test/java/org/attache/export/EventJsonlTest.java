package org.attache.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.attache.model.Actor;
import org.attache.model.Coding;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;
import org.attache.model.Provenance;
import org.attache.model.Span;
import org.junit.jupiter.api.Test;

class EventJsonlTest {
    @Test
    void writesTheEventRecordContract() throws Exception {
        EventMention m = new EventMention("m1", "art-1", EventKind.CALL, new Coding("CONSULT", "phone", "041"),
                List.of(new Actor("USA", "Joe Biden", "head_of_state")), List.of(Actor.state("CHN")),
                DateInterval.day(LocalDate.of(2021, 11, 15), DateBasis.RELATIVE), new Span(3, 40), 0.8, null,
                Provenance.of("events", "call.phone/subject"));
        EventRecord r = new EventRecord("e1", EventKind.CALL, m.coding(), m.source(), m.target(), m.date(),
                List.of(m), null);
        StringWriter out = new StringWriter();
        EventJsonl.write(List.of(r, r), out);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode json = new ObjectMapper().readTree(lines[0]);
        assertThat(json.get("id").asText()).isEqualTo("e1");
        assertThat(json.get("kind").asText()).isEqualTo("call");
        assertThat(json.at("/plover/type").asText()).isEqualTo("CONSULT");
        assertThat(json.at("/plover/mode").asText()).isEqualTo("phone");
        assertThat(json.get("cameo").asText()).isEqualTo("041");
        assertThat(json.at("/source/0/name").asText()).isEqualTo("Joe Biden");
        assertThat(json.at("/source/0/country").asText()).isEqualTo("USA");
        assertThat(json.at("/target/0/name").isNull()).isTrue();
        assertThat(json.at("/date/start").asText()).isEqualTo("2021-11-15");
        assertThat(json.at("/date/basis").asText()).isEqualTo("relative");
        assertThat(json.at("/mentions/0/article").asText()).isEqualTo("art-1");
        assertThat(json.at("/mentions/0/start").asInt()).isEqualTo(3);
        assertThat(json.at("/mentions/0/end").asInt()).isEqualTo(40);
        assertThat(json.get("in_reply_to").isNull()).isTrue();
        assertThat(json.get("sources").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownDateIsNullsWithBasisUnknown() throws Exception {
        EventMention m = new EventMention("m1", "a", EventKind.MESSAGE, new Coding("CONSULT", null, "040"),
                List.of(Actor.state("PRK")), List.of(Actor.state("CHN")), DateInterval.unknown(), new Span(0, 1),
                0.5, null, Provenance.of("events", "x"));
        StringWriter out = new StringWriter();
        EventJsonl.write(List.of(new EventRecord("e", EventKind.MESSAGE, m.coding(), m.source(), m.target(),
                m.date(), List.of(m), null)), out);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.at("/date/start").isNull()).isTrue();
        assertThat(json.at("/date/end").isNull()).isTrue();
        assertThat(json.at("/date/basis").asText()).isEqualTo("unknown");
    }
}
