package dev.careeragent.letters.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careeragent.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The cover_letter table: one row per saved version, numbered per job. The only writer of that table. */
public final class LetterStore {

    private static final String COLUMNS = "id, job_posting_id, version, resume_version_id, tone, length, language, written_by,"
            + " body, confirmed_claims, created_at";
    private final ObjectMapper json = new ObjectMapper();
    private final Database database;
    private final Clock clock;

    public LetterStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What a new version holds. */
    public record NewLetter(long jobPostingId, Long resumeVersionId, String tone, String length, String language,
                            String writtenBy, String body, Set<String> confirmedClaims) {
    }

    /** Saves {@code letter} as the job's next version, in one transaction. */
    public StoredLetter save(NewLetter letter) {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try {
                int version;
                try (PreparedStatement max = c.prepareStatement("SELECT COALESCE(MAX(version), 0) + 1 FROM cover_letter WHERE job_posting_id = ?")) {
                    max.setLong(1, letter.jobPostingId());
                    try (ResultSet rs = max.executeQuery()) {
                        rs.next();
                        version = rs.getInt(1);
                    }
                }
                Instant now = clock.instant();
                long id;
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO cover_letter (job_posting_id, version,"
                        + " resume_version_id, tone, length, language, written_by, body, confirmed_claims, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                    insert.setLong(1, letter.jobPostingId());
                    insert.setInt(2, version);
                    insert.setObject(3, letter.resumeVersionId());
                    insert.setString(4, letter.tone());
                    insert.setString(5, letter.length());
                    insert.setString(6, letter.language());
                    insert.setString(7, letter.writtenBy());
                    insert.setString(8, letter.body());
                    insert.setString(9, json.writeValueAsString(new TreeSet<>(letter.confirmedClaims())));
                    insert.setString(10, now.toString());
                    try (ResultSet rs = insert.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
                c.commit();
                return new StoredLetter(id, letter.jobPostingId(), version, letter.resumeVersionId(), letter.tone(), letter.length(),
                        letter.language(), letter.writtenBy(), letter.body(), letter.confirmedClaims(), now);
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new LetterStoreException("The cover letter could not be saved (" + e.getMessage() + "). Your text is still in the editor.", e);
        }
    }

    /** The job's versions, newest first. */
    public List<StoredLetter> versions(long jobPostingId) {
        return query("SELECT " + COLUMNS + " FROM cover_letter WHERE job_posting_id = ? ORDER BY version DESC", jobPostingId);
    }

    public Optional<StoredLetter> latest(long jobPostingId) {
        return versions(jobPostingId).stream().findFirst();
    }

    private List<StoredLetter> query(String sql, long param) {
        try (Connection c = database.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, param);
            List<StoredLetter> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredLetter(rs.getLong(1), rs.getLong(2), rs.getInt(3), nullableLong(rs, 4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            readSet(rs.getString(10)), Instant.parse(rs.getString(11))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new LetterStoreException("Saved cover letters could not be read (" + e.getMessage() + ").", e);
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private Set<String> readSet(String text) {
        try {
            return json.readValue(text, new TypeReference<Set<String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
