package org.attache.store;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link EventQuery} as a SQL condition on {@code events e} plus its parameters, so that the records and
 * their mentions can be selected with the same condition.
 */
record EventFilter(String condition, List<String> parameters) {
    /** One side of an event names the actor: its country code, or part of a person's name. */
    private static final String SIDE_MATCHES = """
            EXISTS (SELECT 1 FROM json_each(%1$s) a
                    WHERE fold(json_extract(a.value, '$.country')) = ?
                       OR instr(fold(json_extract(a.value, '$.name')), ?) > 0)""";

    EventFilter {
        parameters = List.copyOf(parameters);
    }

    static EventFilter of(EventQuery query) {
        List<String> conditions = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        if (query.kind() != null) {
            conditions.add("e.kind = ?");
            parameters.add(query.kind().code());
        }
        // A blank actor would be part of every name, so like null it filters nothing.
        String actor = query.actor() == null ? "" : CaseFold.fold(query.actor().strip());
        if (!actor.isEmpty()) {
            conditions.add("(" + SIDE_MATCHES.formatted("e.source_actors") + " OR "
                    + SIDE_MATCHES.formatted("e.target_actors") + ")");
            parameters.addAll(List.of(actor, actor, actor, actor));
        }
        // A comparison with a null date is never true, so records of unknown date drop out under any bound.
        if (query.from() != null) {
            conditions.add("e.date_end >= ?");
            parameters.add(query.from().toString());
        }
        if (query.to() != null) {
            conditions.add("e.date_start <= ?");
            parameters.add(query.to().toString());
        }
        return new EventFilter(conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions), parameters);
    }

    static EventFilter byId(String id) {
        return new EventFilter("e.id = ?", List.of(id));
    }
}
