package dev.careeragent.jobs.store;

import dev.careeragent.jobs.dedupe.DuplicateDetector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Saves what duplicate detection looks stored postings up by: band-key blob (V8), company+title+place key and band rows (V11). */
final class DedupeIndexWriter implements AutoCloseable {

    private final PreparedStatement fingerprint;
    private final PreparedStatement key;
    private final PreparedStatement band;

    DedupeIndexWriter(Connection connection) throws SQLException {
        fingerprint = connection.prepareStatement(
                "INSERT OR REPLACE INTO job_posting_fingerprint (posting_id, band_keys) VALUES (?, ?)");
        key = connection.prepareStatement(
                "INSERT OR REPLACE INTO job_posting_dedupe_key (posting_id, company_title_place) VALUES (?, ?)");
        band = connection.prepareStatement("INSERT OR IGNORE INTO job_posting_band (band_key, posting_id) VALUES (?, ?)");
    }

    /** Batches the rows of the i-th prepared posting, stored under this id. */
    void add(long postingId, DuplicateDetector.Prepared prepared, int i) throws SQLException {
        fingerprint.setLong(1, postingId);
        fingerprint.setBytes(2, prepared.bandKeys(i));
        fingerprint.addBatch();
        key.setLong(1, postingId);
        key.setString(2, prepared.companyTitlePlace(i));
        key.addBatch();
        for (long bandKey : prepared.bandKeyValues(i)) {
            band.setLong(1, bandKey);
            band.setLong(2, postingId);
            band.addBatch();
        }
    }

    void flush() throws SQLException {
        fingerprint.executeBatch();
        key.executeBatch();
        band.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        try (fingerprint; key; band) {
            // closes them all, even if one fails
        }
    }
}
