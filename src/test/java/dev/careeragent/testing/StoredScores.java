package dev.careeragent.testing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Rows for tests and benchmarks that order or filter postings by stored match scores. */
public final class StoredScores {

    private StoredScores() {
    }

    /** Inserts a minimal resume version (scores reference one) and returns its id. */
    public static long newResumeVersion(Statement st) throws SQLException {
        st.executeUpdate("INSERT INTO resume_version (label, created_at, parsed_json) VALUES ('cv', '2026-01-01', '{}')");
        try (ResultSet rs = st.executeQuery("SELECT max(id) FROM resume_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
