package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.security.AppLock;
import dev.careeragent.testing.KeyringOff;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import picocli.CommandLine;

/** {@code db backup --encrypt} and {@code db restore} with the app-lock password, on a real data folder. */
@ExtendWith(KeyringOff.class) // never the developer's keychain
class EncryptedBackupCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new CareerAgentCommand((folder, measure) -> {
            throw new AssertionError("the desktop must not start for a subcommand");
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void anEncryptedBackupNeedsThePasswordToComeBack() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path database = data.resolve("career-agent.db");
        sql(database, "CREATE TABLE note(text TEXT)", "INSERT INTO note VALUES ('kept')");
        new AppLock(data, Optional::empty, Clock.systemUTC()).setPassword(null, "lock password".toCharArray());

        assertThat(run("--data-dir", data.toString(), "db", "backup", "--encrypt", "--password=lock password")).isZero();
        assertThat(out.toString()).contains("Backed up to").contains(".db.enc");
        sql(database, "DELETE FROM note");

        assertThat(run("--data-dir", data.toString(), "db", "restore", "--password=wrong")).isEqualTo(1);
        assertThat(out.toString()).contains("not correct");
        assertThat(run("--data-dir", data.toString(), "db", "restore", "--password=lock password")).isZero();
        assertThat(out.toString()).contains("Restored");
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
