package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.attache.model.Coding;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.Provenance;
import org.attache.model.Span;

/** Maps an {@link EventMention} to a row of {@code mentions} and back. */
final class MentionRows {
    static final String INSERT = """
            INSERT INTO mentions (id, article_key, kind, plover_type, plover_mode, cameo, source_actors,
                                  target_actors, date_start, date_end, date_basis, evidence_start, evidence_end,
                                  confidence, in_reply_to, provenance_stage, provenance_rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    /** The mention columns, for selects over {@code mentions m}. */
    static final String COLUMNS = """
            m.id, m.article_key, m.kind, m.plover_type, m.plover_mode, m.cameo, m.source_actors, m.target_actors,
            m.date_start, m.date_end, m.date_basis, m.evidence_start, m.evidence_end, m.confidence, m.in_reply_to,
            m.provenance_stage, m.provenance_rule""";

    private MentionRows() {
    }

    static void bind(PreparedStatement statement, EventMention mention) throws SQLException {
        statement.setString(1, mention.id());
        statement.setString(2, mention.articleKey());
        statement.setString(3, mention.kind().code());
        statement.setString(4, mention.coding().ploverType());
        statement.setString(5, mention.coding().ploverMode());
        statement.setString(6, mention.coding().cameo());
        statement.setString(7, ActorJson.write(mention.source()));
        statement.setString(8, ActorJson.write(mention.target()));
        SqlValues.setInterval(statement, 9, mention.date());
        statement.setInt(12, mention.evidence().start());
        statement.setInt(13, mention.evidence().end());
        statement.setDouble(14, mention.confidence());
        statement.setString(15, mention.inReplyTo());
        statement.setString(16, mention.provenance().stage());
        statement.setString(17, mention.provenance().rule());
    }

    static EventMention read(ResultSet row) throws SQLException {
        return new EventMention(row.getString("id"), row.getString("article_key"),
                EventKind.fromCode(row.getString("kind")),
                new Coding(row.getString("plover_type"), row.getString("plover_mode"), row.getString("cameo")),
                ActorJson.read(row.getString("source_actors")), ActorJson.read(row.getString("target_actors")),
                SqlValues.interval(row), new Span(row.getInt("evidence_start"), row.getInt("evidence_end")),
                row.getDouble("confidence"), row.getString("in_reply_to"),
                Provenance.of(row.getString("provenance_stage"), row.getString("provenance_rule")));
    }
}
