package dev.careeragent.bench;

import dev.careeragent.store.Database;
import dev.careeragent.testing.StoredScores;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Bulk rows for the tracker and analytics benchmarks, written over JDBC: postings spread over 120 days (60% with a
 * salary), a score for each against one resume with up to three missing skills of 37, and applications with the
 * dated history of their status (saved, applied, rejected, screening, interview, offer in turn).
 */
final class TrackerBenchData {

    private static final List<List<String>> PATHS = List.of(List.of("SAVED"), List.of("APPLIED"), List.of("APPLIED", "REJECTED"),
            List.of("APPLIED", "SCREENING"), List.of("APPLIED", "SCREENING", "INTERVIEW"),
            List.of("APPLIED", "SCREENING", "INTERVIEW", "OFFER"));
    private static final List<String> SOURCES = List.of("LinkedIn", "Indeed", "Referral", "Company site", "Greenhouse", "Lever");

    private TrackerBenchData() {
    }

    /** Stores {@code count} postings and their scores; returns the resume version they are scored against. */
    static long postingsWithScores(Database database, int count) throws SQLException {
        try (Connection c = database.connection(); Statement st = c.createStatement()) {
            st.executeUpdate("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + count + ")"
                    + " INSERT INTO job_posting (source, source_id, title, company, first_seen, last_seen, salary_min, salary_max,"
                    + " salary_currency, salary_period)"
                    + " SELECT 'bench', 'b' || i, 'Engineer ' || i, 'Company ' || (i % 3000),"
                    + " strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || (i % 120) || ' days'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),"
                    + " CASE WHEN i % 5 < 3 THEN 40000 + (i % 80) * 1000 END, CASE WHEN i % 5 < 3 THEN 60000 + (i % 80) * 1000 END,"
                    + " CASE WHEN i % 5 < 3 THEN (CASE WHEN i % 4 = 0 THEN 'EUR' ELSE 'USD' END) END,"
                    + " CASE WHEN i % 5 < 3 THEN 'YEAR' END FROM n");
            long version = StoredScores.newResumeVersion(st);
            st.executeUpdate("INSERT INTO match_score (posting_id, resume_version_id, score, excluded, explanation_json, posting_hash,"
                    + " profile_hash, computed_at) SELECT id, " + version + ", abs(random() % 10000) / 100.0, CASE WHEN id % 50 = 0"
                    + " THEN 1 ELSE 0 END, json_object('missingRequired', json_array('skill' || (id % 37), 'skill' || (id % 11)),"
                    + " 'missingPreferred', json_array('skill' || (id % 7))), 'p', 'r', '2026-01-01' FROM job_posting");
            return version;
        }
    }

    /** Stores {@code count} applications (to every {@code spread}-th posting when {@code withPostings}) with their history. */
    static void applications(Database database, int count, boolean withPostings, int spread) throws SQLException {
        Instant start = Instant.now().minus(200, ChronoUnit.DAYS);
        try (Connection c = database.connection();
             PreparedStatement app = c.prepareStatement("INSERT INTO application (id, job_posting_id, company, title, status,"
                     + " source, applied_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement step = c.prepareStatement("INSERT INTO application_status_change (application_id, from_status,"
                     + " to_status, changed_at) VALUES (?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 1; i <= count; i++) {
                List<String> path = PATHS.get(i % PATHS.size());
                Instant created = start.plus(i % 190, ChronoUnit.DAYS);
                String last = path.get(path.size() - 1);
                app.setLong(1, i);
                app.setObject(2, withPostings ? (long) i * spread : null);
                app.setString(3, "Company " + i);
                app.setString(4, "Engineer " + i);
                app.setString(5, last);
                app.setString(6, SOURCES.get(i % SOURCES.size()));
                app.setString(7, path.get(0).equals("SAVED") ? null : LocalDate.ofInstant(created, ZoneOffset.UTC).toString());
                app.setString(8, created.toString());
                app.setString(9, created.plus(path.size(), ChronoUnit.DAYS).toString());
                app.addBatch();
                for (int k = 0; k < path.size(); k++) {
                    step.setLong(1, i);
                    step.setString(2, k == 0 ? null : path.get(k - 1));
                    step.setString(3, path.get(k));
                    step.setString(4, created.plus(k * 3L, ChronoUnit.DAYS).toString());
                    step.addBatch();
                }
            }
            app.executeBatch();
            step.executeBatch();
            c.commit();
        }
    }
}
