package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.attache.model.Actor;
import org.attache.model.ActorMention;
import org.attache.model.MentionForm;
import org.attache.model.Provenance;
import org.attache.model.Span;
import org.attache.model.TimeExpression;

/** Maps an article's {@link ActorMention}s and {@link TimeExpression}s to rows of their tables and back. */
final class AnnotationRows {
    static final String INSERT_ACTOR = """
            INSERT INTO actor_mentions (article_key, span_start, span_end, country, person, role, form,
                                        provenance_stage, provenance_rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    static final String INSERT_TIME = """
            INSERT INTO time_mentions (article_key, span_start, span_end, date_start, date_end, date_basis, reporting,
                                       provenance_stage, provenance_rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    static final String SELECT_ACTORS = """
            SELECT span_start, span_end, country, person, role, form, provenance_stage, provenance_rule
              FROM actor_mentions WHERE article_key = ? ORDER BY span_start, span_end, rowid""";
    static final String SELECT_TIMES = """
            SELECT span_start, span_end, date_start, date_end, date_basis, reporting, provenance_stage, provenance_rule
              FROM time_mentions WHERE article_key = ? ORDER BY span_start, span_end, rowid""";

    private AnnotationRows() {
    }

    static void bind(PreparedStatement statement, String articleKey, ActorMention mention) throws SQLException {
        statement.setString(1, articleKey);
        statement.setInt(2, mention.span().start());
        statement.setInt(3, mention.span().end());
        statement.setString(4, mention.actor().country());
        statement.setString(5, mention.actor().person());
        statement.setString(6, mention.actor().role());
        statement.setString(7, mention.form().name());
        statement.setString(8, mention.provenance().stage());
        statement.setString(9, mention.provenance().rule());
    }

    static void bind(PreparedStatement statement, String articleKey, TimeExpression time) throws SQLException {
        statement.setString(1, articleKey);
        statement.setInt(2, time.span().start());
        statement.setInt(3, time.span().end());
        SqlValues.setInterval(statement, 4, time.interval());
        statement.setBoolean(7, time.reportingTime());
        statement.setString(8, time.provenance().stage());
        statement.setString(9, time.provenance().rule());
    }

    static ActorMention readActor(ResultSet row) throws SQLException {
        return new ActorMention(span(row), new Actor(row.getString("country"), row.getString("person"),
                row.getString("role")), MentionForm.valueOf(row.getString("form")), provenance(row));
    }

    static TimeExpression readTime(ResultSet row) throws SQLException {
        return new TimeExpression(span(row), SqlValues.interval(row), row.getBoolean("reporting"), provenance(row));
    }

    private static Span span(ResultSet row) throws SQLException {
        return new Span(row.getInt("span_start"), row.getInt("span_end"));
    }

    private static Provenance provenance(ResultSet row) throws SQLException {
        return Provenance.of(row.getString("provenance_stage"), row.getString("provenance_rule"));
    }
}
