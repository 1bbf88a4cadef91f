package dev.careeragent.schedule.store;

import dev.careeragent.schedule.model.JobStatus;
import dev.careeragent.schedule.model.RunCounts;
import dev.careeragent.schedule.model.RunOutcome;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.schedule.model.RunTrigger;
import dev.careeragent.schedule.model.ScheduleRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * The scheduler's tables read straight from the database file, read-only and without Hibernate or
 * migrations, so {@code schedule status} answers at once. A missing file (a fresh data folder) or a
 * database older than the scheduler reads as "nothing stored yet".
 */
public final class ScheduleFileReader implements ScheduleRecords {

    private final Path file;

    public ScheduleFileReader(Path file) {
        this.file = file;
    }

    @Override
    public List<JobStatus> jobs() {
        return query("SELECT s.job_key, s.job_name, s.schedule_text, s.next_due, s.last_started, s.last_success, "
                + "s.last_outcome, s.consecutive_failures, s.backoff_until, s.paused, "
                + "EXISTS (SELECT 1 FROM schedule_run r WHERE r.job_key = s.job_key AND r.ended_at IS NULL) "
                + "FROM schedule_job_state s", null, 0, rs -> new JobStatus(rs.getString(1), rs.getString(2),
                rs.getString(3), instant(rs.getString(4)), instant(rs.getString(5)), instant(rs.getString(6)),
                rs.getString(7) == null ? null : RunOutcome.valueOf(rs.getString(7)), rs.getInt(8),
                instant(rs.getString(9)), rs.getInt(10) == 1, rs.getInt(11) == 1));
    }

    @Override
    public boolean allPaused() {
        return query("SELECT all_paused FROM schedule_control WHERE id = 1", null, 0, rs -> rs.getInt(1) == 1)
                .stream().findFirst().orElse(false);
    }

    @Override
    public List<RunRecord> recentRuns(String jobKeyOrNull, int limit) {
        return query("SELECT id, job_key, job_name, run_trigger, started_at, ended_at, outcome, found, new_count, "
                + "duplicates, message, error FROM schedule_run WHERE (?1 IS NULL OR job_key = ?1) "
                + "ORDER BY started_at DESC, id DESC LIMIT ?2", jobKeyOrNull, limit, rs -> new RunRecord(rs.getLong(1),
                rs.getString(2), rs.getString(3), RunTrigger.valueOf(rs.getString(4)), instant(rs.getString(5)),
                instant(rs.getString(6)), rs.getString(7) == null ? null : RunOutcome.valueOf(rs.getString(7)),
                new RunCounts(rs.getInt(8), rs.getInt(9), rs.getInt(10)), rs.getString(11), rs.getString(12)));
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, String key, int limit, Row<T> row) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            if (!hasTable(connection, sql.contains("schedule_control") ? "schedule_control" : "schedule_run")) {
                return List.of();
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (sql.contains("?1")) {
                    statement.setString(1, key);
                    statement.setInt(2, limit);
                }
                List<T> out = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        out.add(row.read(rs));
                    }
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The schedule could not be read from " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasTable(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
