package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.app.Launcher;
import dev.careeragent.store.Database;
import dev.careeragent.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick commands, launched as the user launches them (a JVM of their own, through the real main class), on a
 * data folder that has a database: none boots Hibernate or loads the embedding model, and {@code job parse}, which
 * stores nothing, never opens the database at all. Judged by the classes each run loads.
 */
class QuickCommandsLoadTest {

    private static final List<String> HIBERNATE_OR_MODEL = List.of("org.hibernate.", "ai.djl.", "ai.onnxruntime.",
            "dev.langchain4j.model.embedding.");
    private static final List<String> DATABASE = List.of("org.sqlite.", "org.flywaydb.", "com.zaxxer.hikari.");

    @TempDir
    static Path dir;

    static Path data;

    @BeforeAll
    static void aDataFolderWithADatabase() {
        data = dir.resolve("data");
        try (Database db = TestDatabases.open(data)) {
            assertThat(db).isNotNull();
        }
    }

    @Test
    void jobParseNeverOpensTheDatabase() throws Exception {
        Path page = dir.resolve("job.html");
        Files.writeString(page, "<html><head><title>Backend Engineer - Acme</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Backend Engineer\","
                + "\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Acme\"},"
                + "\"description\":\"<p>Java and SQL.</p>\"}</script></head><body></body></html>");
        Path db = data.resolve("career-agent.db");
        FileTime before = Files.getLastModifiedTime(db);

        List<String> classes = launch("job", "parse", page.toString());

        assertThat(classes).as("the page was read").contains("dev.careeragent.sources.search.JobPageReader");
        assertThat(classes).filteredOn(name -> startsWithAny(name, HIBERNATE_OR_MODEL)).isEmpty();
        assertThat(classes).filteredOn(name -> startsWithAny(name, DATABASE)).isEmpty();
        assertThat(Files.getLastModifiedTime(db)).isEqualTo(before);
        assertThat(data.resolve("career-agent.db-wal")).doesNotExist();
    }

    @Test
    void scheduleStatusReadsTheDatabaseWithoutHibernateOrTheModel() throws Exception {
        List<String> classes = launch("schedule", "status");

        assertThat(classes).as("the database was read").anyMatch(name -> name.startsWith("org.sqlite."));
        assertThat(classes).filteredOn(name -> startsWithAny(name, HIBERNATE_OR_MODEL)).isEmpty();
    }

    @Test
    void doctorChecksTheDatabaseWithoutHibernateOrTheModel() throws Exception {
        List<String> classes = launch("doctor");

        assertThat(classes).as("the database was checked").anyMatch(name -> name.startsWith("org.sqlite."));
        assertThat(classes).filteredOn(name -> startsWithAny(name, HIBERNATE_OR_MODEL)).isEmpty();
    }

    /** Runs {@code career-agent --data-dir DATA args} in a new JVM; returns the names of the classes it loaded. */
    private static List<String> launch(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "classes", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--data-dir", data.toString()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the command ended").isTrue();
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("output.txt"))).isZero();
        return Files.readAllLines(log).stream()
                .map(line -> line.replaceFirst("^\\[[^]]*]\\[[^]]*]\\[[^]]*] ", ""))
                .map(line -> line.split(" ", 2)[0])
                .toList();
    }

    private static boolean startsWithAny(String name, List<String> prefixes) {
        return prefixes.stream().anyMatch(name::startsWith);
    }
}
