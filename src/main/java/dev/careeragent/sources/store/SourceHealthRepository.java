package dev.careeragent.sources.store;

import dev.careeragent.sources.fetch.SourceHealth;
import dev.careeragent.sources.fetch.SourceHealthRegistry;
import dev.careeragent.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Source health in the database, so a paused source stays paused (and its last success known) across restarts. */
public final class SourceHealthRepository {

    private final Database database;

    public SourceHealthRepository(Database database) {
        this.database = database;
    }

    /** Restores every saved source health into the registry. */
    public void loadInto(SourceHealthRegistry registry) {
        try (Connection connection = database.connection();
             PreparedStatement st = connection.prepareStatement("SELECT source_id, last_success, last_error_at,"
                     + " last_error, paused_until, pause_reason, blocks FROM source_health");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                registry.restore(new SourceHealth(rs.getString(1), instant(rs.getString(2)), instant(rs.getString(3)),
                        rs.getString(4), instant(rs.getString(5)), rs.getString(6), rs.getInt(7)));
            }
        } catch (SQLException e) {
            throw new SourceStoreException("read the saved source health", e);
        }
    }

    public void save(SourceHealth health) {
        try (Connection connection = database.connection();
             PreparedStatement st = connection.prepareStatement("INSERT INTO source_health (source_id, last_success,"
                     + " last_error_at, last_error, paused_until, pause_reason, blocks) VALUES (?,?,?,?,?,?,?)"
                     + " ON CONFLICT (source_id) DO UPDATE SET last_success = excluded.last_success,"
                     + " last_error_at = excluded.last_error_at, last_error = excluded.last_error,"
                     + " paused_until = excluded.paused_until, pause_reason = excluded.pause_reason,"
                     + " blocks = excluded.blocks")) {
            st.setString(1, health.sourceId());
            st.setString(2, text(health.lastSuccess()));
            st.setString(3, text(health.lastErrorAt()));
            st.setString(4, health.lastError());
            st.setString(5, text(health.pausedUntil()));
            st.setString(6, health.pauseReason());
            st.setInt(7, health.blocks());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new SourceStoreException("save the health of " + health.sourceId(), e);
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
