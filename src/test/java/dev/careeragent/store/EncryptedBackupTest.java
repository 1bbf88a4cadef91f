package dev.careeragent.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.security.AppLock;
import dev.careeragent.security.FileSealing;
import dev.careeragent.testing.SecretScan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real SQLite file backed up encrypted under the app lock's key, and restored only with that key. */
class EncryptedBackupTest {

    private static final String ROW = "Staff Engineer at Initech, salary 187000";

    @TempDir Path dir;

    @Test
    void anEncryptedBackupHidesTheDataAndRestoresOnlyWithTheKey() throws Exception {
        Path database = dir.resolve("career-agent.db");
        execute(database, "CREATE TABLE job(title TEXT)", "INSERT INTO job VALUES ('" + ROW + "')");
        AppLock lock = new AppLock(dir, Optional::empty, Clock.systemUTC());
        lock.setPassword(null, "backup password".toCharArray());
        SecretKey key = lock.vaultKey();
        DatabaseBackups backups = new DatabaseBackups(dir.resolve("backups"), Clock.systemUTC());

        Path sealed = backups.backUpEncrypted(database, "manual", (from, to) -> FileSealing.seal(from, to, key));
        assertThat(sealed.getFileName().toString()).endsWith(DatabaseBackups.SEALED);
        assertThat(backups.list()).containsExactly(sealed);
        assertThat(SecretScan.contains(sealed, "Initech", "")).isFalse();
        assertThat(FileSealing.isSealed(sealed)).isTrue();

        execute(database, "DELETE FROM job");
        assertThatThrownBy(() -> backups.restore(sealed, database)).hasMessageContaining("app-lock password");

        AppLock other = new AppLock(dir.resolve("elsewhere"), Optional::empty, Clock.systemUTC());
        SecretKey wrong = other.vaultKey();
        assertThatThrownBy(() -> backups.restore(sealed, database, (from, to) -> FileSealing.open(from, to, wrong)))
                .isInstanceOf(IOException.class).hasMessageContaining("wrong password");
        assertThat(count(database)).as("a failed restore leaves the database as it was").isZero();

        AppLock reopened = new AppLock(dir, Optional::empty, Clock.systemUTC());
        assertThat(reopened.unlock("backup password".toCharArray()).unlocked()).isTrue();
        SecretKey right = reopened.vaultKey();
        Path aside = backups.restore(sealed, database, (from, to) -> FileSealing.open(from, to, right));
        assertThat(count(database)).isEqualTo(1);
        assertThat(aside).exists();
    }

    private static void execute(Path database, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }

    private static int count(Path database) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM job")) {
            return rows.getInt(1);
        }
    }
}
