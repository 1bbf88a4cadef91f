package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.Entities;
import dev.careeragent.store.Database;
import dev.careeragent.store.DatabaseBackups;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every command answers a database fault with the verdict doctor gives: one line, no stack trace. */
class DatabaseVerdictTest {

    @TempDir
    Path dir;

    private Path data;
    private Path file;

    @BeforeEach
    void freshDatabase() {
        data = dir.resolve("data");
        file = data.resolve("career-agent.db");
        try (Database db = Database.open(file, new DatabaseBackups(data.resolve("backups"), Clock.systemUTC()), Entities.ALL)) {
            db.schemaVersion();
        }
    }

    @AfterEach
    void writableAgain() throws Exception {
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aDamagedDatabase() throws Exception {
        Files.deleteIfExists(data.resolve("career-agent.db-wal"));
        Files.writeString(file, "garbage ".repeat(1000));
        sameVerdictEverywhere("is damaged and cannot be read");
    }

    @Test
    void aReadOnlyDatabaseFile() throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        sameVerdictEverywhere("is read-only.");
    }

    @Test
    void aReadOnlyDataFolder() throws Exception {
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-x------"));
        sameVerdictEverywhere("data folder " + data + " is read-only");
    }

    @Test
    void aLockedDatabase() throws Exception {
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = holder.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("CREATE TABLE held (x)");
            sameVerdictEverywhere("is locked");
            st.execute("ROLLBACK");
        }
    }

    @Test
    void aDatabaseFromANewerApp() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (9999, '99', 'future', 'SQL', 'V99__future.sql',"
                    + " 0, 'test', 1, 1)");
        }
        sameVerdictEverywhere("newer than this app knows");
    }

    @Test
    void aFreshInstallAlreadyHasABackupToRestore() {
        Run restore = run("db", "restore");
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("Restored", "first-start");
    }

    private void sameVerdictEverywhere(String verdict) {
        Run doctor = run("doctor");
        assertThat(doctor.exit()).isEqualTo(1);
        assertThat(doctor.output()).contains("[FAILED]", verdict);
        for (String[] command : new String[][] {{"resume", "list"}}) {
            Run run = run(command);
            assertThat(run.exit()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(run.output().strip()).as(String.join(" ", command)).contains(verdict)
                    .doesNotContain("Exception", "\tat ", "\n");
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = CareerAgentCommand.commandLine((folder, measure) -> {
            throw new AssertionError("the desktop must not start for a subcommand");
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = cli.execute(all);
        return new Run(exit, out.toString());
    }

    private record Run(int exit, String output) {
    }
}
