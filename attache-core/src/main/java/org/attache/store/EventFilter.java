package org.attache.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@link EventQuery} as a SQL condition on {@code events e} plus its parameters, so that the records, their
 * mentions, counts and timelines can be selected with the same condition. Actors are matched through the
 * {@code actors} table and then {@code event_actors} (either side) or {@code event_pairs} (a dyad, each way),
 * so that the records of an actor or a dyad are index lookups. Only the text functions differ between
 * databases ({@link SqlDialect}).
 */
record EventFilter(String condition, List<String> parameters) {
    EventFilter {
        parameters = List.copyOf(parameters);
    }

    static EventFilter of(EventQuery query, SqlDialect dialect) {
        // The actors a query string names: a country code, or part of a person's name.
        String actorIds = "SELECT id FROM actors WHERE country_key = ? OR " + dialect.contains("person_key", "?");
        String names = "SELECT event_id FROM event_actors WHERE actor_id IN (" + actorIds + ")";
        String fromTo = "SELECT event_id FROM event_pairs WHERE source_id IN (" + actorIds
                + ") AND target_id IN (" + actorIds + ")";
        List<String> conditions = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        if (query.kind() != null) {
            conditions.add("e.kind = ?");
            parameters.add(query.kind().code());
        }
        String plover = blankToNull(query.ploverType());
        if (plover != null) {
            conditions.add("e.plover_type = ?");
            parameters.add(plover.toUpperCase(Locale.ROOT));
        }
        // A blank actor would be part of every name, so like null it filters nothing.
        String actor = folded(query.actor());
        String counterpart = folded(query.counterpart());
        if (actor == null) {
            actor = counterpart;
            counterpart = null;
        }
        if (actor != null && counterpart == null) {
            conditions.add("e.id IN (" + names + ")");
            parameters.addAll(List.of(actor, actor));
        } else if (actor != null) {
            conditions.add("e.id IN (" + fromTo + " UNION " + fromTo + ")");
            parameters.addAll(List.of(actor, actor, counterpart, counterpart, counterpart, counterpart, actor, actor));
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
        String text = folded(query.text());
        if (text != null) {
            conditions.add("""
                    e.id IN (SELECT l.event_id FROM event_mentions l
                               JOIN mentions m ON m.id = l.mention_id JOIN articles a ON a.key = m.article_key
                              WHERE %s)""".formatted(dialect.contains(
                    dialect.fold(dialect.slice("a.text", "m.evidence_start", "m.evidence_end")), "?")));
            parameters.add(text);
        }
        if (query.articleKey() != null) {
            conditions.add("e.id IN (SELECT l.event_id FROM mentions m JOIN event_mentions l ON l.mention_id = m.id "
                    + "WHERE m.article_key = ?)");
            parameters.add(query.articleKey());
        }
        if (query.inReplyTo() != null) {
            conditions.add("e.in_reply_to = ?");
            parameters.add(query.inReplyTo());
        }
        return new EventFilter(conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions), parameters);
    }

    static EventFilter byId(String id) {
        return new EventFilter("e.id = ?", List.of(id));
    }

    private static String folded(String value) {
        String v = blankToNull(value);
        return v == null ? null : CaseFold.fold(v);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
