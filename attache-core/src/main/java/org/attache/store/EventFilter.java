package org.attache.store;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link EventQuery} as a SQL condition on {@code events e} plus its parameters, so that the records and
 * their mentions can be selected with the same condition. Only the actor match differs between databases.
 */
record EventFilter(String condition, List<String> parameters) {
    EventFilter {
        parameters = List.copyOf(parameters);
    }

    /** @param actorMatch the store's actor condition on a JSON column (see {@link JdbcEventStore}) */
    static EventFilter of(EventQuery query, String actorMatch) {
        List<String> conditions = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        if (query.kind() != null) {
            conditions.add("e.kind = ?");
            parameters.add(query.kind().code());
        }
        // A blank actor would be part of every name, so like null it filters nothing.
        String actor = query.actor() == null ? "" : CaseFold.fold(query.actor().strip());
        if (!actor.isEmpty()) {
            conditions.add("(" + actorMatch.formatted("e.source_actors") + " OR "
                    + actorMatch.formatted("e.target_actors") + ")");
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
