package dev.careeragent.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.app.Launcher;
import dev.careeragent.core.DataFolder;
import dev.careeragent.testing.Eventually;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as the user runs it (the real main class in a JVM of its own, with the switch {@code bin/career-agent}
 * sets): the first {@code job parse} works in its own JVM and leaves a warm server behind; the next is answered by that
 * server (its JVM loads no page parser) with the same output; without the switch nothing is left behind.
 */
class WarmLaunchTest {

    @TempDir
    Path dir;

    private DataFolder folder;

    @AfterEach
    void endTheServer() {
        if (folder != null) {
            CommandClient.run(new ServedCommandLine(folder, List.of("schedule", "status")), "another build",
                    new ByteArrayOutputStream(), new ByteArrayOutputStream());
            Eventually.waitUntil("the server ended", Duration.ofSeconds(20),
                    () -> !Files.exists(ServedCommandLine.ticketOf(folder)));
        }
    }

    @Test
    void theSecondRunIsAnsweredByTheServerTheFirstLeftBehind() throws Exception {
        folder = new DataFolder(dir.resolve("data"));
        Path page = dir.resolve("job.html");
        Files.writeString(page, "<html><head><title>Data Analyst at Globex</title></head><body><h1>Data Analyst</h1>"
                + "<p>Globex is hiring a data analyst in Lisbon. You will work with SQL and Python.</p></body></html>");

        Run first = launch(true, "job", "parse", page.toString());
        Eventually.waitUntil("a server published its ticket", Duration.ofSeconds(60),
                () -> Files.exists(ServedCommandLine.ticketOf(folder)));
        Run second = launch(true, "job", "parse", page.toString());

        assertThat(first.loaded()).as("the first run parsed the page itself").anyMatch(c -> c.startsWith("org.jsoup."));
        assertThat(second.loaded()).as("the second run was answered by the server").noneMatch(c -> c.startsWith("org.jsoup."));
        assertThat(second.output()).isEqualTo(first.output()).contains("Data Analyst");
    }

    @Test
    void withoutTheSwitchTheCommandRunsInItsOwnJvmAndLeavesNoServer() throws Exception {
        DataFolder alone = new DataFolder(dir.resolve("alone"));
        Files.createDirectories(alone.root());

        Run run = launch(false, "--data-dir", alone.root().toString(), "schedule", "status");

        assertThat(run.output()).contains("JOB");
        Thread.sleep(1_000);
        assertThat(ServedCommandLine.ticketOf(alone)).doesNotExist();
    }

    private record Run(String output, List<String> loaded) {
    }

    /** Runs the launcher on the data folder (unless the arguments name one); returns its output and loaded classes. */
    private Run launch(boolean warm, String... args) throws IOException, InterruptedException {
        Path classes = Files.createTempFile(dir, "classes", ".txt");
        Path output = Files.createTempFile(dir, "output", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes, "-cp", System.getProperty("java.class.path")));
        if (warm) {
            command.add("-D" + WarmCommands.SWITCH + "=on");
        }
        command.add(Launcher.class.getName());
        if (folder != null && !List.of(args).contains("--data-dir")) {
            command.addAll(List.of("--data-dir", folder.root().toString()));
        }
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the command ended").isTrue();
        assertThat(child.exitValue()).as(Files.readString(output)).isZero();
        List<String> loaded = Files.readAllLines(classes).stream()
                .map(line -> line.replaceFirst("^\\[[^]]*]\\[[^]]*]\\[[^]]*] ", "").split(" ", 2)[0]).toList();
        return new Run(Files.readString(output), loaded);
    }
}
