package org.attache.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.attache.model.Actor;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;

/** Writes event records as JSON Lines in the event record contract (shared/eval/README.md), one a line. */
public final class EventJsonl {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJsonl() {
    }

    public static void write(List<EventRecord> records, Writer out) {
        try {
            for (EventRecord r : records) {
                out.write(JSON.writeValueAsString(toJson(r)));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode toJson(EventRecord r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id());
        o.put("kind", r.kind().code());
        ObjectNode plover = o.putObject("plover");
        plover.put("type", r.coding().ploverType());
        plover.put("mode", r.coding().ploverMode());
        o.put("cameo", r.coding().cameo());
        actors(o.putArray("source"), r.source());
        actors(o.putArray("target"), r.target());
        ObjectNode date = o.putObject("date");
        date.put("start", r.date().isKnown() ? r.date().start().toString() : null);
        date.put("end", r.date().isKnown() ? r.date().end().toString() : null);
        date.put("basis", r.date().basis().code());
        ArrayNode mentions = o.putArray("mentions");
        for (EventMention m : r.mentions()) {
            ObjectNode mo = mentions.addObject();
            mo.put("article", m.articleKey());
            mo.put("start", m.evidence().start());
            mo.put("end", m.evidence().end());
            mo.put("confidence", m.confidence());
            mo.put("rule", m.provenance().toString());
        }
        o.put("in_reply_to", r.inReplyTo());
        return o;
    }

    private static void actors(ArrayNode array, List<Actor> actors) {
        for (Actor a : actors) {
            ObjectNode ao = array.addObject();
            ao.put("name", a.person());
            ao.put("country", a.country());
            ao.put("role", a.role());
        }
    }
}
