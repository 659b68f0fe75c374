package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.attache.model.Coding;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;

/** Maps an {@link EventRecord} to a row of {@code events} and back; its mentions are linked separately. */
final class RecordRows {
    static final String INSERT = """
            INSERT INTO events (id, kind, plover_type, plover_mode, cameo, source_actors, target_actors,
                                date_start, date_end, date_basis, in_reply_to)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    static final String INSERT_LINK = "INSERT INTO event_mentions (event_id, mention_id, position) VALUES (?, ?, ?)";
    /** The record columns, for selects over {@code events e}. */
    static final String COLUMNS = """
            e.id, e.kind, e.plover_type, e.plover_mode, e.cameo, e.source_actors, e.target_actors, e.date_start,
            e.date_end, e.date_basis, e.in_reply_to""";

    private RecordRows() {
    }

    static void bind(PreparedStatement statement, EventRecord record) throws SQLException {
        statement.setString(1, record.id());
        statement.setString(2, record.kind().code());
        statement.setString(3, record.coding().ploverType());
        statement.setString(4, record.coding().ploverMode());
        statement.setString(5, record.coding().cameo());
        statement.setString(6, ActorJson.write(record.source()));
        statement.setString(7, ActorJson.write(record.target()));
        SqlValues.setInterval(statement, 8, record.date());
        statement.setString(11, record.inReplyTo());
    }

    static EventRecord read(ResultSet row, List<EventMention> mentions) throws SQLException {
        return new EventRecord(row.getString("id"), EventKind.fromCode(row.getString("kind")),
                new Coding(row.getString("plover_type"), row.getString("plover_mode"), row.getString("cameo")),
                ActorJson.read(row.getString("source_actors")), ActorJson.read(row.getString("target_actors")),
                SqlValues.interval(row), mentions, row.getString("in_reply_to"));
    }
}
