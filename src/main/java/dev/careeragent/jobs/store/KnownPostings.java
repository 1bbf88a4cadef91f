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
 * Loads only the stored postings new ones could duplicate, through indexes: source links with the same source id
 * or URL, and active postings with the same company + title + place key or a shared description band key (V11).
 * The incoming keys go into a temporary probe table that is joined with those indexes, so a run reads candidate
 * rows only, whatever is stored. Active postings stored before V11 get their lookup rows first, once.
 */
final class KnownPostings {

    private static final int SOURCE_ID = 1;
    private static final int URL = 2;
    private static final int COMPANY_TITLE_PLACE = 3;
    private static final int BAND = 4;

    private static final String POSTING_COLUMNS = "p.id, p.title, p.company, p.location, p.city, p.posted_date,"
            + " p.first_seen";
    private static final String LINKS = "SELECT l.posting_id, l.source, l.source_id, l.url FROM job_posting_link l"
            + " WHERE l.id IN (SELECT x.id FROM temp.dedupe_probe q JOIN job_posting_link x"
            + " ON x.source = q.source AND x.link_key = q.text_key WHERE q.kind = " + SOURCE_ID
            + " UNION SELECT x.id FROM temp.dedupe_probe q JOIN job_posting_link x ON x.url = q.text_key"
            + " WHERE q.kind = " + URL + ") ORDER BY l.id";
    private static final String ACTIVE = "SELECT " + POSTING_COLUMNS + ", f.band_keys FROM job_posting p"
            + " JOIN job_posting_fingerprint f ON f.posting_id = p.id WHERE p.archived = 0 AND p.id IN ("
            + "SELECT k.posting_id FROM temp.dedupe_probe q JOIN job_posting_dedupe_key k"
            + " ON k.company_title_place = q.text_key WHERE q.kind = " + COMPANY_TITLE_PLACE
            + " UNION SELECT b.posting_id FROM temp.dedupe_probe q JOIN job_posting_band b ON b.band_key = q.band_key"
            + " WHERE q.kind = " + BAND + ") ORDER BY p.id";
    private static final String UNINDEXED = "SELECT " + POSTING_COLUMNS + ", p.description_text FROM job_posting p"
            + " WHERE p.archived = 0 AND NOT EXISTS (SELECT 1 FROM job_posting_dedupe_key k WHERE k.posting_id = p.id)";

    private KnownPostings() {
    }

    /** A detector holding the stored postings that these incoming ones (prepared in the same order) could duplicate. */
    static DuplicateDetector candidatesFor(Connection connection, List<JobPosting> incoming,
            DuplicateDetector.Prepared prepared) throws SQLException {
        indexUnindexed(connection);
        DuplicateDetector detector = new DuplicateDetector(DuplicateDetector.DEFAULT_DESCRIPTION_THRESHOLD,
                id -> description(connection, id));
        fillProbe(connection, incoming, prepared);
        List<JobPosting> links = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery(LINKS)) {
                while (rs.next()) {
                    links.add(JobPosting.builder().id(rs.getLong(1)).source(rs.getString(2))
                            .sourceId(rs.getString(3)).url(rs.getString(4)).build());
                }
            }
            detector.addAll(links);
            try (ResultSet rs = st.executeQuery(ACTIVE)) {
                while (rs.next()) {
                    detector.addStored(posting(rs).build(), rs.getBytes(8));
                }
            }
            st.execute("DELETE FROM temp.dedupe_probe");
        }
        return detector;
    }

    private static void fillProbe(Connection connection, List<JobPosting> incoming, DuplicateDetector.Prepared prepared)
            throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS dedupe_probe (kind INTEGER NOT NULL, source TEXT,"
                    + " text_key TEXT, band_key INTEGER)");
            st.execute("DELETE FROM temp.dedupe_probe");
        }
        try (PreparedStatement probe = connection.prepareStatement(
                "INSERT INTO temp.dedupe_probe (kind, source, text_key, band_key) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < incoming.size(); i++) {
                JobPosting p = incoming.get(i);
                if (p.source() != null && p.sourceId() != null) {
                    addProbe(probe, SOURCE_ID, p.source(), p.sourceId(), null);
                }
                if (p.url() != null) {
                    addProbe(probe, URL, null, p.url(), null);
                }
                if (prepared.companyTitlePlace(i) != null) {
                    addProbe(probe, COMPANY_TITLE_PLACE, null, prepared.companyTitlePlace(i), null);
                }
                for (long bandKey : prepared.bandKeyValues(i)) {
                    addProbe(probe, BAND, null, null, bandKey);
                }
            }
            probe.executeBatch();
        }
    }

    private static void addProbe(PreparedStatement probe, int kind, String source, String text, Long band)
            throws SQLException {
        probe.setInt(1, kind);
        probe.setString(2, source);
        probe.setString(3, text);
        probe.setObject(4, band);
        probe.addBatch();
    }

    /** Gives active postings stored before V11 (or un-archived since) their lookup rows, from their text. */
    private static void indexUnindexed(Connection connection) throws SQLException {
        List<JobPosting> postings = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(UNINDEXED)) {
            while (rs.next()) {
                postings.add(posting(rs).descriptionText(rs.getString(8)).build());
            }
        }
        if (postings.isEmpty()) {
            return;
        }
        DuplicateDetector.Prepared prepared = DuplicateDetector.prepare(postings);
        try (DedupeIndexWriter writer = new DedupeIndexWriter(connection)) {
            for (int i = 0; i < postings.size(); i++) {
                writer.add(postings.get(i).id(), prepared, i);
            }
            writer.flush();
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
