package dev.careeragent.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines the warm server may run, and the files in them made absolute for it. */
class ServedCommandLineTest {

    @TempDir
    Path here;

    @Test
    void theQuickReadOnlyCommandsAreServedWithTheirFilesMadeAbsolute() throws Exception {
        Files.writeString(here.resolve("job.html"), "<html></html>");
        Files.createDirectories(here.resolve("data"));

        ServedCommandLine served = ServedCommandLine.of(new String[] {"--data-dir", "data", "job", "parse", "job.html",
                "--json"}, here).orElseThrow();

        assertThat(served.args()).containsExactly("--data-dir", here.resolve("data").toString(), "job", "parse",
                here.resolve("job.html").toString(), "--json");
        assertThat(served.folder().root()).isEqualTo(here.resolve("data"));
        assertThat(ServedCommandLine.of(new String[] {"resume", "parse", "cv.pdf"}, here)).isPresent();
        assertThat(ServedCommandLine.of(new String[] {"schedule", "status", "--runs", "3"}, here)).isPresent();
    }

    @Test
    void wordsThatNameNoFileAndOptionValuesTravelAsTyped() throws Exception {
        Files.writeString(here.resolve("5"), "a file named like the value of --runs");

        assertThat(ServedCommandLine.of(new String[] {"job", "parse", "https://example.org/jobs/1"}, here).orElseThrow()
                .args()).containsExactly("job", "parse", "https://example.org/jobs/1");
        assertThat(ServedCommandLine.of(new String[] {"schedule", "status", "--runs", "5"}, here).orElseThrow()
                .args()).containsExactly("schedule", "status", "--runs", "5");
    }

    @Test
    void commandsThatWriteDataAskForInputOrShowHelpRunInTheLaunchersOwnJvm() {
        for (String[] args : new String[][] {{"app", "list"}, {"resume", "import", "cv.pdf"}, {"doctor"}, {},
                {"job", "parse", "--help"}, {"--version"}, {"resume", "parse", "cv.pdf", "--password", "secret"},
                {"resume", "parse", "cv.pdf", "--password=secret"}, {"job", "parse", "-"}, {"job"}}) {
            assertThat(ServedCommandLine.of(args, here)).as(String.join(" ", args)).isEmpty();
        }
    }
}
