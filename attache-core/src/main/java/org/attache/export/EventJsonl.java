package org.attache.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.attache.model.Actor;
import org.attache.model.DateInterval;
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
        ObjectNode o = fields(r);
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
        o.put("sources", r.sources());
        return o;
    }

    /** A date interval as the contract writes it: start and end (null when unknown) and basis. */
    /** The record's own fields as the contract writes them: id, kind, plover, cameo, source, target, date. */
    public static ObjectNode fields(EventRecord r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id());
        o.put("kind", r.kind().code());
        ObjectNode plover = o.putObject("plover");
        plover.put("type", r.coding().ploverType());
        plover.put("mode", r.coding().ploverMode());
        o.put("cameo", r.coding().cameo());
        actors(o.putArray("source"), r.source());
        actors(o.putArray("target"), r.target());
        o.set("date", date(r.date()));
        return o;
    }

    public static ObjectNode date(DateInterval date) {
        ObjectNode o = JSON.createObjectNode();
        o.put("start", date.isKnown() ? date.start().toString() : null);
        o.put("end", date.isKnown() ? date.end().toString() : null);
        o.put("basis", date.basis().code());
        return o;
    }

    /** Actors as the contract writes them: name (null where only the state is known), country, role. */
    public static void actors(ArrayNode array, List<Actor> actors) {
        for (Actor a : actors) {
            ObjectNode ao = array.addObject();
            ao.put("name", a.person());
            ao.put("country", a.country());
            ao.put("role", a.role());
        }
    }
}
