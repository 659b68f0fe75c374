package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;

/** Binds and reads the values the schema stores as text: ISO dates and date intervals. */
final class SqlValues {
    private SqlValues() {
    }

    static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        statement.setString(index, date == null ? null : date.toString());
    }

    static LocalDate date(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : LocalDate.parse(value);
    }

    /** Binds start, end and basis to three consecutive parameters from {@code index}. */
    static void setInterval(PreparedStatement statement, int index, DateInterval interval) throws SQLException {
        setDate(statement, index, interval.start());
        setDate(statement, index + 1, interval.end());
        statement.setString(index + 2, interval.basis().code());
    }

    static DateInterval interval(ResultSet row) throws SQLException {
        return new DateInterval(date(row, "date_start"), date(row, "date_end"),
                DateBasis.fromCode(row.getString("date_basis")));
    }
}
