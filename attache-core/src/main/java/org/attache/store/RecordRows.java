package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.attache.model.Coding;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;

/** Maps an {@link EventRecord} to a row of {@code events} and back; its mentions are linked separately. */
final class RecordRows {
    static final String INSERT = """
            INSERT INTO events (id, kind, plover_type, plover_mode, cameo, source_actors, target_actors,
                                date_start, date_end, date_basis, in_reply_to, sources)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    static final String INSERT_LINK =
            "INSERT INTO event_mentions (event_id, mention_id, position, linked_date) VALUES (?, ?, ?, ?)";
    /** The record columns, for selects over {@code events e}. */
    static final String COLUMNS = """
            e.id, e.kind, e.plover_type, e.plover_mode, e.cameo, e.source_actors, e.target_actors, e.date_start,
            e.date_end, e.date_basis, e.in_reply_to, e.sources""";

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
        statement.setInt(12, record.sources());
    }

    /** Binds the link of the record's {@code position}th mention; a mention dated by linking is flagged. */
    static void bindLink(PreparedStatement statement, EventRecord record, int position) throws SQLException {
        EventMention mention = record.mentions().get(position);
        statement.setString(1, record.id());
        statement.setString(2, mention.id());
        statement.setInt(3, position);
        statement.setBoolean(4, mention.date().basis() == DateBasis.LINKED);
    }

    /** The record of this row; its mentions flagged as dated by linking take its date, with basis linked. */
    static EventRecord read(ResultSet row, List<EventMention> mentions, Set<String> linkedDates) throws SQLException {
        DateInterval date = SqlValues.interval(row);
        List<EventMention> dated = mentions.stream()
                .map(m -> linkedDates.contains(m.id()) ? m.withDate(date.withBasis(DateBasis.LINKED)) : m).toList();
        return new EventRecord(row.getString("id"), EventKind.fromCode(row.getString("kind")),
                new Coding(row.getString("plover_type"), row.getString("plover_mode"), row.getString("cameo")),
                ActorJson.read(row.getString("source_actors")), ActorJson.read(row.getString("target_actors")),
                date, dated, row.getString("in_reply_to"), row.getInt("sources"));
    }
}
