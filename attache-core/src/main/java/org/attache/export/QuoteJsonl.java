package org.attache.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.model.Actor;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;
import org.attache.model.Quote;

/**
 * Writes quotes as JSON Lines, one a line: id, article, start, end, text, speaker {name, country, role} or null,
 * direct, cue, event (the id of the record it belongs to, as in the event export), mention and rule.
 */
public final class QuoteJsonl {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuoteJsonl() {
    }

    /** Writes the quotes; {@code records} give the record of each quote's event mention. */
    public static void write(List<Quote> quotes, List<EventRecord> records, Writer out) {
        Map<String, String> recordOfMention = new HashMap<>();
        for (EventRecord r : records) {
            for (EventMention m : r.mentions()) {
                recordOfMention.put(m.id(), r.id());
            }
        }
        try {
            for (Quote q : quotes) {
                out.write(JSON.writeValueAsString(toJson(q, recordOfMention.get(q.eventId()))));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One quote; {@code recordId} is the record of its event mention, or null. */
    public static ObjectNode toJson(Quote q, String recordId) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", q.id());
        o.put("article", q.articleKey());
        o.put("start", q.span().start());
        o.put("end", q.span().end());
        o.put("text", q.text());
        Actor s = q.speaker();
        if (s == null) {
            o.putNull("speaker");
        } else {
            o.putObject("speaker").put("name", s.person()).put("country", s.country()).put("role", s.role());
        }
        o.put("direct", q.direct());
        o.put("cue", q.cue());
        o.put("event", recordId);
        o.put("mention", q.eventId());
        o.put("rule", q.provenance().toString());
        return o;
    }
}
