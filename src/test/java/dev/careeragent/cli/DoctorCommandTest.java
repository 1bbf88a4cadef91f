package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.Entities;
import dev.careeragent.security.SecretVault;
import dev.careeragent.security.SecretVaults;
import dev.careeragent.security.UserKeyFolder;
import dev.careeragent.store.Database;
import dev.careeragent.store.DatabaseBackups;
import dev.careeragent.testing.Migrations;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DoctorCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = CareerAgentCommand.withEveryCommand(new CareerAgentCommand((folder, measure) -> {
            throw new AssertionError("the desktop must not start for a subcommand");
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void aGoodDataFolderPassesWithTheSchemaVersionReported() {
        Path data = dir.resolve("data");
        try (Database db = Database.open(data.resolve("career-agent.db"), new DatabaseBackups(data.resolve("backups"),
                Clock.systemUTC()), Entities.ALL)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
        int exit = run("--data-dir", data.toString(), "doctor");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("[OK]", "Data folder", "is writable", "schema version " + Migrations.latestVersion(),
                "No language model configured", "All essential checks passed");
    }

    @Test
    void aDataFolderThatIsAFileFailsWithAFix() throws Exception {
        Path data = Files.writeString(dir.resolve("not-a-folder"), "oops");
        int exit = run("--data-dir", data.toString(), "doctor");
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("[FAILED]", "is a file, not a folder", "--data-dir");
    }

    @Test
    void aDamagedDatabaseFailsAndPointsToTheBackupRestore() throws Exception {
        Path data = dir.resolve("data");
        DatabaseBackups backups = new DatabaseBackups(data.resolve("backups"), Clock.systemUTC());
        try (Database db = Database.open(data.resolve("career-agent.db"), backups, Entities.ALL);
             Connection c = db.connection()) {
            backups.backUp(c, "manual");
        }
        Files.deleteIfExists(data.resolve("career-agent.db-wal"));
        Files.writeString(data.resolve("career-agent.db"), "garbage ".repeat(1000));

        assertThat(run("--data-dir", data.toString(), "doctor")).isEqualTo(1);
        assertThat(out.toString()).contains("damaged", "db restore");

        assertThat(run("--data-dir", data.toString(), "db", "restore")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", data.toString(), "doctor")).isZero();
        assertThat(out.toString()).contains("is healthy");
    }

    @Test
    void aDeadLlmEndpointIsReportedWithWhatToDo() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("settings.json"),
                "{\"llmProvider\":\"ollama\",\"llmBaseUrl\":\"http://127.0.0.1:9\"}");
        assertThat(run("--data-dir", data.toString(), "doctor")).isEqualTo(1);
        assertThat(out.toString()).contains("does not answer", "ollama serve");
    }

    @Test
    void aLiveOllamaIsCheckedForTheChosenModel() throws Exception {
        try (dev.careeragent.ai.FakeLlmServer server = new dev.careeragent.ai.FakeLlmServer().models("llama3.2:3b")) {
            Path data = Files.createDirectories(dir.resolve("data"));
            Files.writeString(data.resolve("settings.json"), "{\"llmProvider\":\"ollama\",\"llmBaseUrl\":\"" + server.ollamaUrl()
                    + "\",\"llmModel\":\"qwen2.5:7b\"}");
            run("--data-dir", data.toString(), "doctor");
            assertThat(out.toString()).contains("model qwen2.5:7b is not installed", "ollama pull qwen2.5:7b");
            out.getBuffer().setLength(0);
            Files.writeString(data.resolve("settings.json"), "{\"llmProvider\":\"ollama\",\"llmBaseUrl\":\"" + server.ollamaUrl()
                    + "\",\"llmModel\":\"llama3.2:3b\"}");
            run("--data-dir", data.toString(), "doctor");
            assertThat(out.toString()).contains("[OK]").contains("model llama3.2:3b is available");
        }
    }

    @Test
    void itSaysWhereTheSecretsKeyLivesButNeverTheKey() throws Exception {
        Path data = dir.resolve("data");
        SecretVaults.open(data, null, Optional::empty).put(SecretVault.SMTP_PASSWORD, "doctor-test-secret");
        Path keyFile = UserKeyFolder.forThisUser().root().resolve(UserKeyFolder.nameFor(data));
        String key = Files.readString(keyFile).replaceAll(".*\"key\":\"([^\"]+)\".*", "$1");

        assertThat(run("--data-dir", data.toString(), "doctor")).isZero();
        assertThat(out.toString()).contains("Secrets", "Key: In " + keyFile, "outside the data folder")
                .doesNotContain(key).doesNotContain("doctor-test-secret");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("doctor", "db", "--data-dir");
    }
}
