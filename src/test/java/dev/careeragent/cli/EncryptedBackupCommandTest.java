package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.security.AppLock;
import dev.careeragent.testing.KeyringOff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code db backup --encrypt} and {@code db restore} with the app-lock password, on a real data folder. */
@ExtendWith(KeyringOff.class) // never the developer's keychain
class EncryptedBackupCommandTest {

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void anEncryptedBackupNeedsThePasswordToComeBack() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path database = data.resolve("career-agent.db");
        sql(database, "CREATE TABLE note(text TEXT)", "INSERT INTO note VALUES ('kept')");
        new AppLock(data, Optional::empty, Clock.systemUTC()).setPassword(null, "lock password".toCharArray());

        assertThat(run("--data-dir", data.toString(), "db", "backup", "--encrypt", "--password=lock password")).isZero();
        assertThat(cli.output()).contains("Backed up to").contains(".db.enc");
        sql(database, "DELETE FROM note");

        assertThat(run("--data-dir", data.toString(), "db", "restore", "--password=wrong")).isEqualTo(1);
        assertThat(cli.output()).contains("not correct");
        assertThat(run("--data-dir", data.toString(), "db", "restore", "--password=lock password")).isZero();
        assertThat(cli.output()).contains("Restored");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM note")) {
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    private static void sql(Path database, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement()) {
            for (String each : statements) {
                s.execute(each);
            }
        }
    }
}
