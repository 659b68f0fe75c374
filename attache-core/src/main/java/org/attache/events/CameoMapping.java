package org.attache.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.attache.knowledge.KnowledgeFiles;
import org.attache.knowledge.TsvRow;
import org.attache.model.Coding;
import org.attache.model.EventKind;

/**
 * The kind, PLOVER type and mode of a CAMEO code, from cameo-plover.tsv: the longest code prefix listed there
 * decides, so a root line covers its whole family and a line for a full code refines it.
 */
final class CameoMapping {
    private record Entry(EventKind kind, String ploverType, String ploverMode) {
    }

    private final Map<String, Entry> byPrefix = new HashMap<>();

    CameoMapping(KnowledgeFiles files) {
        for (TsvRow row : files.rows("cameo-plover.tsv")) {
            EventKind kind;
            try {
                kind = EventKind.fromCode(row.cell(1));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown event kind '" + row.cell(1) + "'");
            }
            byPrefix.put(row.cell(0), new Entry(kind, emptyToNull(row.cell(2)), emptyToNull(row.cell(3))));
        }
    }

    /** A trigger group for an event a pattern coded with {@code cameo}: kind OTHER and no PLOVER type if unlisted. */
    TriggerGroup group(String id, String cameo) {
        for (int length = cameo.length(); length > 0; length--) {
            Entry e = byPrefix.get(cameo.substring(0, length));
            if (e != null) {
                return new TriggerGroup(id, e.kind(), Set.of(), new Coding(e.ploverType(), e.ploverMode(), cameo));
            }
        }
        return new TriggerGroup(id, EventKind.OTHER, Set.of(), new Coding(null, null, cameo));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
