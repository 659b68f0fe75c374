package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.attache.model.Actor;
import org.attache.model.Provenance;
import org.attache.model.Quote;
import org.attache.model.Span;

/** Maps {@link Quote}s to rows of the {@code quotes} table and back. */
final class QuoteRows {
    static final String INSERT = """
            INSERT INTO quotes (id, article_key, span_start, span_end, text, speaker_country, speaker_person,
                                speaker_role, direct, cue, mention_id, provenance_stage, provenance_rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    /** Columns of {@code quotes q}; listings are by article, then place in its text. */
    static final String SELECT = """
            SELECT q.id, q.article_key, q.span_start, q.span_end, q.text, q.speaker_country, q.speaker_person,
                   q.speaker_role, q.direct, q.cue, q.mention_id, q.provenance_stage, q.provenance_rule
              FROM quotes q""";
    static final String ORDER = " ORDER BY q.article_key, q.span_start, q.span_end, q.id";

    private QuoteRows() {
    }

    static void bind(PreparedStatement statement, Quote quote) throws SQLException {
        statement.setString(1, quote.id());
        statement.setString(2, quote.articleKey());
        statement.setInt(3, quote.span().start());
        statement.setInt(4, quote.span().end());
        statement.setString(5, quote.text());
        Actor speaker = quote.speaker();
        statement.setString(6, speaker == null ? null : speaker.country());
        statement.setString(7, speaker == null ? null : speaker.person());
        statement.setString(8, speaker == null ? null : speaker.role());
        statement.setBoolean(9, quote.direct());
        statement.setString(10, quote.cue());
        statement.setString(11, quote.eventId());
        statement.setString(12, quote.provenance().stage());
        statement.setString(13, quote.provenance().rule());
    }

    static Quote read(ResultSet row) throws SQLException {
        String country = row.getString("speaker_country");
        Actor speaker = country == null ? null
                : new Actor(country, row.getString("speaker_person"), row.getString("speaker_role"));
        return new Quote(row.getString("id"), row.getString("article_key"),
                new Span(row.getInt("span_start"), row.getInt("span_end")), row.getString("text"), speaker,
                row.getBoolean("direct"), row.getString("cue"), row.getString("mention_id"),
                Provenance.of(row.getString("provenance_stage"), row.getString("provenance_rule")));
    }
}
