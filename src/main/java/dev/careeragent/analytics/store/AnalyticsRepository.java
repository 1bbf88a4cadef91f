package dev.careeragent.analytics.store;

import dev.careeragent.analytics.AnalyticsException;
import dev.careeragent.analytics.AnalyticsStore;
import dev.careeragent.analytics.ApplicationFacts;
import dev.careeragent.store.Database;
import dev.careeragent.tracker.model.ApplicationStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Analytics over the views of migration V14 ({@code tracker_*}, {@code jobs_*}, {@code match_*}); the only table it
 * writes is its own {@code analytics_visit}. Aggregates that span every posting are computed in SQL; new postings
 * are read first (CROSS JOIN keeps that order) through the V14 index on (archived, first_seen, hidden).
 */
public final class AnalyticsRepository implements AnalyticsStore {

    /** The resume version an application's score is read against: its own when its job was scored with it. */
    private static final String CHOSEN = "WITH chosen AS (SELECT a.id, a.posting_id, CASE WHEN EXISTS (SELECT 1 FROM"
            + " match_score_facts o WHERE o.posting_id = a.posting_id AND o.resume_version_id = a.resume_version_id)"
            + " THEN a.resume_version_id ELSE ? END AS version FROM tracker_application_facts a WHERE a.posting_id IS NOT NULL) ";

    private final Database database;

    public AnalyticsRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<ApplicationFacts> applications(Long resumeVersionId) {
        return read("read the applications", c -> {
            Map<Long, List<ApplicationFacts.Step>> history = new HashMap<>();
            query(c, "SELECT application_id, status, changed_at FROM tracker_status_facts ORDER BY application_id, changed_at",
                    rs -> history.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new ApplicationFacts.Step(ApplicationStatus.valueOf(rs.getString(2)), Instant.parse(rs.getString(3)))));
            List<ApplicationFacts> out = new ArrayList<>();
            query(c, CHOSEN + "SELECT a.id, a.source, a.status, a.applied_on, a.created_at, s.score FROM tracker_application_facts a"
                    + " LEFT JOIN chosen ch ON ch.id = a.id"
                    + " LEFT JOIN match_score_facts s ON s.posting_id = ch.posting_id AND s.resume_version_id = ch.version"
                    + " ORDER BY a.id", rs -> {
                        String applied = rs.getString(4);
                        Double score = number(rs, 6);
                        out.add(new ApplicationFacts(rs.getLong(1), rs.getString(2), ApplicationStatus.valueOf(rs.getString(3)),
                                applied == null ? null : LocalDate.parse(applied), Instant.parse(rs.getString(5)),
                                score, history.getOrDefault(rs.getLong(1), List.of())));
                    }, resumeVersionId);
            return out;
        });
    }

    @Override
    public long[] scoreTenths(long resumeVersionId, Instant since) {
        long[] tenths = new long[10];
        read("count the scores of new jobs", c -> query(c, "SELECT min(CAST(s.score / 10 AS INTEGER), 9), count(*)"
                + " FROM jobs_posting_facts p CROSS JOIN match_score_facts s ON s.posting_id = p.id AND s.resume_version_id = ?"
                + " WHERE p.first_seen >= ? AND p.archived = 0 AND s.excluded = 0 GROUP BY 1",
                rs -> tenths[Math.max(0, rs.getInt(1))] += rs.getLong(2), resumeVersionId, since.toString()));
        return tenths;
    }

    @Override
    public List<SkillMiss> missingSkills(Long resumeVersionId) {
        List<SkillMiss> out = new ArrayList<>();
        read("read the missing skills", c -> query(c, CHOSEN + "SELECT ch.id, m.skill, m.required FROM chosen ch"
                + " JOIN match_missing_skill_facts m ON m.posting_id = ch.posting_id AND m.resume_version_id = ch.version"
                + " ORDER BY ch.id, m.required DESC, m.skill",
                rs -> out.add(new SkillMiss(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1)), resumeVersionId));
        return out;
    }

    @Override
    public List<TrackedSalary> trackedSalaries() {
        List<TrackedSalary> out = new ArrayList<>();
        read("read the salaries of tracked jobs", c -> query(c, "SELECT p.id, p.title, p.company, p.salary_min, p.salary_max,"
                + " p.salary_currency, p.salary_period FROM jobs_posting_facts p WHERE p.id IN (SELECT posting_id FROM"
                + " tracker_application_facts) AND (p.salary_min IS NOT NULL OR p.salary_max IS NOT NULL) ORDER BY p.id",
                rs -> out.add(new TrackedSalary(rs.getLong(1), rs.getString(2), rs.getString(3), number(rs, 4), number(rs, 5),
                        rs.getString(6), rs.getString(7)))));
        return out;
    }

    @Override
    public List<NewMatch> newMatches(long resumeVersionId, Instant since, double minScore, int limit) {
        List<NewMatch> out = new ArrayList<>();
        read("read the new matches", c -> query(c, "SELECT p.id, p.title, p.company, s.score, p.first_seen FROM jobs_posting_facts p"
                + " CROSS JOIN match_score_facts s ON s.posting_id = p.id AND s.resume_version_id = ? WHERE p.first_seen > ?"
                + " AND p.archived = 0 AND p.hidden = 0 AND s.excluded = 0 AND s.score >= ? ORDER BY s.score DESC, p.id LIMIT ?",
                rs -> out.add(new NewMatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        Instant.parse(rs.getString(5)))), resumeVersionId, since.toString(), minScore, limit));
        return out;
    }

    @Override
    public Optional<Instant> lastVisit() {
        List<Instant> found = new ArrayList<>();
        read("read the last visit", c -> query(c, "SELECT visited_at FROM analytics_visit WHERE id = 1",
                rs -> found.add(Instant.parse(rs.getString(1)))));
        return found.stream().findFirst();
    }

    @Override
    public void recordVisit(Instant at) {
        read("remember the visit", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO analytics_visit (id, visited_at) VALUES (1, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET visited_at = excluded.visited_at")) {
                ps.setString(1, at.toString());
                return ps.executeUpdate();
            }
        });
    }

    private static Double number(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface Row {
        void take(ResultSet rs) throws SQLException;
    }

    /** One transaction, so one snapshot: the history and the applications agree. */
    private <T> T read(String what, Work<T> work) {
        try {
            return database.inJdbcTransaction(work::run);
        } catch (SQLException e) {
            throw new AnalyticsException("Could not " + what + ": " + e.getMessage(), e);
        }
    }

    private static int query(Connection c, String sql, Row row, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    ps.setNull(i + 1, Types.INTEGER);
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.take(rs);
                    rows++;
                }
            }
            return rows;
        }
    }
}
