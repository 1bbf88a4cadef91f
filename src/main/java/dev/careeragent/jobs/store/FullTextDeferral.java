package dev.careeragent.jobs.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Bulk inserts index their rows' full text in one statement at the end instead of one trigger call per row
 * (measured about 3x less CPU for 10,000 long descriptions, docs/BENCHMARKS-jobs.md). Use inside one write
 * transaction: {@link #begin} takes the write lock first, so the id range it notes holds only this
 * transaction's rows; {@link #indexNewRows} must run before any update of those rows and before commit.
 */
final class FullTextDeferral {

    private final long lastIdBefore;

    private FullTextDeferral(long lastIdBefore) {
        this.lastIdBefore = lastIdBefore;
    }

    static FullTextDeferral begin(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("INSERT INTO job_posting_fts_deferral (active) VALUES (1)");
            try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM job_posting")) {
                rs.next();
                return new FullTextDeferral(rs.getLong(1));
            }
        }
    }

    /** Indexes every row inserted since {@link #begin} and turns the per-row trigger back on. */
    void indexNewRows(Connection connection) throws SQLException {
        try (PreparedStatement index = connection.prepareStatement("INSERT INTO job_posting_fts (rowid, title, company,"
                + " location, description_text, search_prefixes) SELECT id, title, company, location, description_text,"
                + " search_prefixes FROM job_posting"
                + " WHERE id > ?");
             Statement st = connection.createStatement()) {
            index.setLong(1, lastIdBefore);
            index.executeUpdate();
            st.executeUpdate("DELETE FROM job_posting_fts_deferral");
        }
    }
}
