package dev.careeragent.match.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careeragent.match.MatchComponent;
import dev.careeragent.match.MatchException;
import dev.careeragent.match.MatchExplanation;
import dev.careeragent.match.MatchResult;
import dev.careeragent.match.PostingFeatures;
import dev.careeragent.match.ScoreStore;
import dev.careeragent.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Posting features and scores in SQLite (tables of migration V4), written in batches over JDBC. */
public final class MatchStore implements ScoreStore {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Database database;
    private final Clock clock;

    public MatchStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every stored posting's features. */
    @Override
    public Map<Long, PostingFeatures> loadFeatures() {
        Map<Long, PostingFeatures> out = new HashMap<>();
        query("SELECT posting_id, features_json FROM match_posting_features", ps -> { }, rs ->
                out.put(rs.getLong(1), read(rs.getString(2), PostingFeatures.class)));
        return out;
    }

    @Override
    public void saveFeatures(Map<Long, PostingFeatures> features) {
        String now = clock.instant().toString();
        batch("INSERT OR REPLACE INTO match_posting_features (posting_id, text_hash, features_json, updated_at) VALUES (?, ?, ?, ?)",
                new ArrayList<>(features.entrySet()), (ps, e) -> {
                    ps.setLong(1, e.getKey());
                    ps.setString(2, e.getValue().textHash());
                    ps.setString(3, write(e.getValue()));
                    ps.setString(4, now);
                });
    }

    @Override
    public void saveScores(long resumeVersionId, String profileHash, List<MatchResult> results) {
        String now = clock.instant().toString();
        // Writing the explanations is most of the work here: done on all cores before the (single-threaded) insert.
        List<String> explanations = results.parallelStream().map(r -> write(r.explanation())).toList();
        List<Integer> rows = java.util.stream.IntStream.range(0, results.size()).boxed().toList();
        batch("INSERT OR REPLACE INTO match_score (posting_id, resume_version_id, score, excluded, skills_points, meaning_points,"
                + " fit_points, preference_points, penalty_points, explanation_json, posting_hash, profile_hash, computed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, (ps, i) -> {
                    MatchResult r = results.get(i);
                    ps.setLong(1, r.postingId());
                    ps.setLong(2, resumeVersionId);
                    ps.setDouble(3, r.score());
                    ps.setInt(4, r.excluded() ? 1 : 0);
                    ps.setDouble(5, r.points(MatchComponent.SKILLS));
                    ps.setDouble(6, r.points(MatchComponent.MEANING));
                    ps.setDouble(7, r.points(MatchComponent.FIT));
                    ps.setDouble(8, r.points(MatchComponent.PREFERENCES));
                    ps.setDouble(9, r.explanation().penalties().stream().mapToDouble(MatchExplanation.Penalty::points).sum());
                    ps.setString(10, explanations.get(i));
                    ps.setString(11, r.postingHash());
                    ps.setString(12, profileHash);
                    ps.setString(13, now);
                });
    }

    /**
     * Marks stored scores as computed from {@code profileHash} without rewriting them (for results a new profile
     * left unchanged). Returns the ids that had no stored row, which must be saved in full.
     */
    @Override
    public Set<Long> relabelScores(long resumeVersionId, String profileHash, List<Long> postingIds) {
        String now = clock.instant().toString();
        int[] counts = batch("UPDATE match_score SET profile_hash = ?, computed_at = ? WHERE posting_id = ? AND resume_version_id = ?",
                postingIds, (ps, id) -> {
                    ps.setString(1, profileHash);
                    ps.setString(2, now);
                    ps.setLong(3, id);
                    ps.setLong(4, resumeVersionId);
                });
        Set<Long> missing = new HashSet<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                missing.add(postingIds.get(i));
            }
        }
        return missing;
    }

    /** Stored scores of a resume version computed from {@code profileHash}, by posting id. */
    @Override
    public Map<Long, MatchResult> loadScores(long resumeVersionId, String profileHash) {
        Map<Long, MatchResult> out = new HashMap<>();
        query("SELECT s.posting_id, p.title, s.score, s.excluded, s.explanation_json, s.posting_hash FROM match_score s"
                + " JOIN jobs_posting_summary p ON p.id = s.posting_id WHERE s.resume_version_id = ? AND s.profile_hash = ?", ps -> {
                    ps.setLong(1, resumeVersionId);
                    ps.setString(2, profileHash);
                }, rs -> out.put(rs.getLong(1), new MatchResult(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getInt(4) == 1,
                        read(rs.getString(5), MatchExplanation.class), rs.getString(6))));
        return out;
    }

    @Override
    public Optional<MatchResult> loadScore(long postingId, long resumeVersionId) {
        List<MatchResult> found = new ArrayList<>();
        query("SELECT s.posting_id, p.title, s.score, s.excluded, s.explanation_json, s.posting_hash FROM match_score s"
                + " JOIN jobs_posting_summary p ON p.id = s.posting_id WHERE s.posting_id = ? AND s.resume_version_id = ?", ps -> {
                    ps.setLong(1, postingId);
                    ps.setLong(2, resumeVersionId);
                }, rs -> found.add(new MatchResult(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getInt(4) == 1,
                        read(rs.getString(5), MatchExplanation.class), rs.getString(6))));
        return found.stream().findFirst();
    }

    private interface Binder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    private interface Params {
        void set(PreparedStatement ps) throws SQLException;
    }

    private interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} once per item in one transaction; returns the rows each run changed. */
    private <T> int[] batch(String sql, List<T> items, Binder<T> binder) {
        if (items.isEmpty()) {
            return new int[0];
        }
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (T item : items) {
                    binder.bind(ps, item);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                c.commit();
                return counts;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new MatchException("Could not save match results to the database: " + e.getMessage(), e);
        }
    }

    private void query(String sql, Params params, Rows rows) {
        try (Connection c = database.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            params.set(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.row(rs);
                }
            }
        } catch (SQLException e) {
            throw new MatchException("Could not read match results from the database: " + e.getMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new MatchException("Could not store a match result: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new MatchException("A stored match result is unreadable (" + e.getOriginalMessage()
                    + "); rescoring will replace it.", e);
        }
    }
}
