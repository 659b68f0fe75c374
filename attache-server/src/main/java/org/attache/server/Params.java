package org.attache.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.attache.model.EventKind;
import org.attache.search.SearchHit;
import org.attache.store.EventQuery;
import org.attache.store.Granularity;

/** Reads and checks request parameters; anything malformed is a {@link BadRequest} naming the parameter. */
final class Params {
    static final int MAX_LIMIT = 1000;

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The event filters shared by listings, timelines and actor counts. */
    EventQuery eventQuery() {
        String actor = text("actor");
        String dyad = text("dyad");
        EventQuery query = EventQuery.all();
        if (dyad != null) {
            if (actor != null) {
                throw new BadRequest("give either actor or dyad, not both");
            }
            List<String> pair = Arrays.stream(dyad.split(",", -1)).map(String::strip).toList();
            if (pair.size() != 2 || pair.stream().anyMatch(String::isEmpty)) {
                throw new BadRequest("dyad must be two actors separated by a comma, such as PRK,CHN: '" + dyad + "'");
            }
            query = query.withDyad(pair.get(0), pair.get(1));
        } else if (actor != null) {
            query = query.withActor(actor);
        }
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRequest("to (" + to + ") is before from (" + from + ")");
        }
        return query.withKind(kind()).withPloverType(ploverType()).withDates(from, to).withText(text("text"));
    }

    int limit(int fallback, int max) {
        int limit = integer("limit", fallback);
        if (limit < 0 || limit > max) {
            throw new BadRequest("limit must be between 0 and " + max + ": " + limit);
        }
        return limit;
    }

    int offset() {
        int offset = integer("offset", 0);
        if (offset < 0) {
            throw new BadRequest("offset must not be negative: " + offset);
        }
        return offset;
    }

    Granularity granularity() {
        String by = text("by");
        if (by == null) {
            return Granularity.MONTH;
        }
        try {
            return Granularity.fromCode(by);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("by must be day, week or month: '" + by + "'");
        }
    }

    SearchHit.Type searchType() {
        String type = text("type");
        if (type == null) {
            return null;
        }
        try {
            return SearchHit.Type.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("type must be article or event: '" + type + "'");
        }
    }

    /** A required parameter. */
    String required(String name) {
        String value = text(name);
        if (value == null) {
            throw new BadRequest("parameter " + name + " is required");
        }
        return value;
    }

    /** The parameter stripped, or null when absent or blank. */
    String text(String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private EventKind kind() {
        String kind = text("kind");
        if (kind == null) {
            return null;
        }
        try {
            return EventKind.fromCode(kind);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("kind must be one of " + Arrays.stream(EventKind.values()).map(EventKind::code)
                    .collect(Collectors.joining(", ")) + ": '" + kind + "'");
        }
    }

    private String ploverType() {
        String type = text("plover");
        if (type != null && !type.matches("[A-Za-z_]+")) {
            throw new BadRequest("plover must be a PLOVER event type such as CONSULT: '" + type + "'");
        }
        return type;
    }

    private LocalDate date(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be a date as YYYY-MM-DD: '" + value + "'");
        }
    }

    private int integer(String name, int fallback) {
        String value = text(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number: '" + value + "'");
        }
    }
}
