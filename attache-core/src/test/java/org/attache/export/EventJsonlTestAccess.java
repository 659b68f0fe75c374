package org.attache.export;

import java.io.StringWriter;
import java.util.List;
import org.attache.store.EventQuery;
import org.attache.store.EventStore;

/** The export of a store as lines, for comparing two stores in tests. */
public final class EventJsonlTestAccess {
    private EventJsonlTestAccess() {
    }

    public static List<String> lines(EventStore store) {
        StringWriter out = new StringWriter();
        EventJsonl.write(store.events(EventQuery.all()), out);
        return List.of(out.toString().split("\n"));
    }
}
