package dev.careeragent.tailor.store;

import dev.careeragent.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The tailored_resume table (V19): which resume versions were tailored for which job. Its only writer. */
public final class TailoredResumeStore {

    private final Database database;
    private final Clock clock;

    public TailoredResumeStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void link(long resumeVersionId, Long jobPostingId, String jobLabel, int changedBullets) {
        update("INSERT INTO tailored_resume (resume_version_id, job_posting_id, job_label, changed_bullets, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", resumeVersionId, jobPostingId, jobLabel, changedBullets, clock.instant().toString());
    }

    public boolean unlink(long resumeVersionId) {
        return update("DELETE FROM tailored_resume WHERE resume_version_id = ?", resumeVersionId) == 1;
    }

    /** The versions tailored for a job, newest first (deleted versions included until their purge). */
    public List<Long> versionsFor(long jobPostingId) {
        try (Connection c = database.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT resume_version_id FROM tailored_resume WHERE job_posting_id = ? ORDER BY created_at DESC, resume_version_id DESC")) {
            ps.setLong(1, jobPostingId);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new TailorStoreException("Tailored resume versions could not be read (" + e.getMessage() + ").", e);
        }
    }

    private int update(String sql, Object... params) {
        try (Connection c = database.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new TailorStoreException("The link between the tailored resume and its job could not be saved ("
                    + e.getMessage() + ").", e);
        }
    }
}
