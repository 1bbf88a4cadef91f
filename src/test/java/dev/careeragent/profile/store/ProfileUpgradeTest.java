package dev.careeragent.profile.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.profile.Preferences;
import dev.careeragent.profile.ScoreWeights;
import dev.careeragent.profile.TargetLevel;
import dev.careeragent.store.Database;
import dev.careeragent.testing.TestDatabases;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder from before V9 (every other migration applied, schema 18): opening it adds the profile's level,
 * avoid lists, weights and guide state out of order, and the user's saved targets are kept.
 */
class ProfileUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void anOlderDatabaseGetsTheNewProfileColumnsAndKeepsItsTargets() throws Exception {
        Path before = dir.resolve("before-v9");
        Files.createDirectories(before);
        URL migrations = getClass().getResource("/db/migration");
        try (Stream<Path> files = Files.list(Path.of(migrations.toURI()))) {
            for (Path sql : files.filter(f -> f.toString().endsWith(".sql") && !f.getFileName().toString().startsWith("V9__")).toList()) {
                Files.copy(sql, before.resolve(sql.getFileName()));
            }
        }
        String url = "jdbc:sqlite:" + dir.resolve("career-agent.db");
        Flyway.configure().dataSource(url, null, null).locations("filesystem:" + before).load().migrate();
        try (Connection db = DriverManager.getConnection(url)) {
            db.createStatement().executeUpdate("INSERT INTO profile (id, target_roles, remote_preference, updated_at)"
                    + " VALUES (1, '[\"Data Engineer\"]', 'REMOTE', '2026-01-01T00:00:00Z')");
        }

        try (Database database = TestDatabases.open(dir)) {
            ProfileRepository profile = new ProfileRepository(database, Clock.systemUTC());
            Preferences kept = profile.load();
            assertThat(kept.targetRoles()).containsExactly("Data Engineer");
            assertThat(kept.level()).isEqualTo(TargetLevel.ANY);
            assertThat(kept.avoidCompanies()).isEmpty();
            assertThat(kept.weights()).isEqualTo(ScoreWeights.defaults());
            assertThat(profile.guideClosed()).isFalse();

            profile.save(new Preferences(kept.targetRoles(), kept.places(), kept.remote(), null, null, List.of(),
                    TargetLevel.LEAD, List.of("Initech"), List.of(), new ScoreWeights(50, 30, 10, 10)));
            profile.markGuideClosed();
            assertThat(profile.load().level()).isEqualTo(TargetLevel.LEAD);
            assertThat(profile.load().weights()).isEqualTo(new ScoreWeights(50, 30, 10, 10));
            assertThat(profile.guideClosed()).isTrue();
        }
    }
}
