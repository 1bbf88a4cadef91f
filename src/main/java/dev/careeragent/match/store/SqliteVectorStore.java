package dev.careeragent.match.store;

import dev.careeragent.match.MatchException;
import dev.careeragent.match.QuantizedVector;
import dev.careeragent.match.VectorStore;
import dev.careeragent.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The embedding cache table {@code match_embedding} (migration V4), read and written in batches over JDBC. */
public final class SqliteVectorStore implements VectorStore {

    /** SQLite allows 32,766 host parameters; stay far below. */
    private static final int IN_BATCH = 500;

    private final Database database;
    private final Clock clock;

    public SqliteVectorStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Map<String, QuantizedVector> find(Collection<String> keys) {
        Map<String, QuantizedVector> found = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        try (Connection c = database.connection()) {
            for (int from = 0; from < all.size(); from += IN_BATCH) {
                List<String> batch = all.subList(from, Math.min(all.size(), from + IN_BATCH));
                String sql = "SELECT content_hash, vector FROM match_embedding WHERE content_hash IN ("
                        + "?,".repeat(batch.size() - 1) + "?)";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < batch.size(); i++) {
                        ps.setString(i + 1, batch.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), QuantizedVector.fromBlob(rs.getBytes(2)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new MatchException("Could not read cached text vectors from the database: " + e.getMessage(), e);
        }
        return found;
    }

    @Override
    public void putAll(String modelId, Map<String, QuantizedVector> vectors) {
        if (vectors.isEmpty()) {
            return;
        }
        String now = clock.instant().toString();
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO match_embedding"
                    + " (content_hash, model, dims, vector, created_at) VALUES (?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, QuantizedVector> e : vectors.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, modelId);
                    ps.setInt(3, e.getValue().dimensions());
                    ps.setBytes(4, e.getValue().toBlob());
                    ps.setString(5, now);
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new MatchException("Could not save text vectors to the database: " + e.getMessage(), e);
        }
    }
}
