package dev.careeragent.jobs.store;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.dedupe.DuplicateDetector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads what new postings are matched against: every source link, and the active postings' match fields with
 * their saved description band keys (V8), so no description is read unless a new one resembles it. Postings
 * stored before V8 are fingerprinted from their text once and their band keys saved.
 */
final class KnownPostings {

    static final String SAVE_FINGERPRINT = "INSERT OR REPLACE INTO job_posting_fingerprint (posting_id, band_keys)"
            + " VALUES (?, ?)";
    private static final String ACTIVE = "SELECT p.id, p.title, p.company, p.location, p.city, p.posted_date,"
            + " p.first_seen, %s FROM job_posting p LEFT JOIN job_posting_fingerprint f ON f.posting_id = p.id"
            + " WHERE p.archived = 0 AND f.band_keys IS %s NULL";

    private KnownPostings() {
    }

    static DuplicateDetector load(Connection connection) throws SQLException {
        DuplicateDetector detector = new DuplicateDetector(DuplicateDetector.DEFAULT_DESCRIPTION_THRESHOLD,
                id -> description(connection, id));
        List<JobPosting> links = new ArrayList<>();
        List<JobPosting> unprinted = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT posting_id, source, source_id, url FROM job_posting_link")) {
                while (rs.next()) {
                    links.add(JobPosting.builder().id(rs.getLong(1)).source(rs.getString(2))
                            .sourceId(rs.getString(3)).url(rs.getString(4)).build());
                }
            }
            detector.addAll(links);
            try (ResultSet rs = st.executeQuery(String.format(ACTIVE, "f.band_keys", "NOT"))) {
                while (rs.next()) {
                    detector.addStored(posting(rs).build(), rs.getBytes(8));
                }
            }
            try (ResultSet rs = st.executeQuery(String.format(ACTIVE, "p.description_text", ""))) {
                while (rs.next()) {
                    unprinted.add(posting(rs).descriptionText(rs.getString(8)).build());
                }
            }
        }
        saveFingerprints(connection, detector, unprinted);
        return detector;
    }

    static void bindFingerprint(PreparedStatement st, long postingId, byte[] bandKeys) throws SQLException {
        st.setLong(1, postingId);
        st.setBytes(2, bandKeys);
    }

    private static void saveFingerprints(Connection connection, DuplicateDetector detector, List<JobPosting> postings)
            throws SQLException {
        if (postings.isEmpty()) {
            return;
        }
        DuplicateDetector.Prepared prepared = DuplicateDetector.prepare(postings);
        detector.addAll(prepared);
        try (PreparedStatement save = connection.prepareStatement(SAVE_FINGERPRINT)) {
            for (int i = 0; i < postings.size(); i++) {
                bindFingerprint(save, postings.get(i).id(), prepared.bandKeys(i));
                save.addBatch();
            }
            save.executeBatch();
        }
    }

    private static JobPosting.Builder posting(ResultSet rs) throws SQLException {
        String posted = rs.getString(6);
        return JobPosting.builder().id(rs.getLong(1)).title(rs.getString(2)).company(rs.getString(3))
                .location(rs.getString(4)).city(rs.getString(5))
                .postedDate(posted == null ? null : LocalDate.parse(posted)).firstSeen(Instant.parse(rs.getString(7)));
    }

    private static String description(Connection connection, long postingId) {
        try (PreparedStatement st = connection.prepareStatement("SELECT description_text FROM job_posting WHERE id = ?")) {
            st.setLong(1, postingId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read stored posting " + postingId + " to compare it", e);
        }
    }
}
