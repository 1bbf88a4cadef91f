package dev.careeragent.app.tray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supported tray path with real AWT: starts Xvfb and the {@code trayer} tray host, then runs
 * {@link TrayProbe} in a child JVM on that display (this JVM stays headless under Monocle).
 */
@Tag("ui")
class TrayOnXvfbTest {

    @TempDir
    Path dir;

    @Test
    void theTrayIconHasItsMenuAndAnnouncesEachPostingOnce() throws Exception {
        assumeTrue(onPath("Xvfb") && onPath("trayer"),
                "Xvfb and trayer are not installed (apt-get install -y xvfb xauth trayer); the real tray path is not tested here");
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1024x768x24", "-nolisten", "tcp")
                .redirectError(dir.resolve("xvfb.log").toFile()).start();
        Process trayer = null;
        try {
            String display = ":" + new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine().trim();
            ProcessBuilder trayerCommand = new ProcessBuilder("trayer", "--edge", "top", "--align", "right", "--widthtype",
                    "pixel", "--width", "120", "--height", "24").redirectErrorStream(true)
                    .redirectOutput(dir.resolve("trayer.log").toFile());
            trayerCommand.environment().put("DISPLAY", display);
            trayer = trayerCommand.start();

            List<String> lines = runProbe(display);

            assertThat(lines).as("probe output").contains("SUPPORTED true", "ICONS 1", "DONE");
            assertThat(lines).contains("MENU Open Career Agent|Run searches now|Pause background work|Lock Career Agent|Quit",
                    "MENU Open Career Agent|Run searches now|Resume background work|Lock Career Agent|Quit");
            assertThat(lines.stream().filter(l -> l.startsWith("MESSAGE "))).as("one notification per posting")
                    .containsExactly("MESSAGE New match 91% | Java Developer at Acme Click to open it.",
                            "MESSAGE New match 84% | Kotlin Developer at Initech Click to open it.");
            assertThat(lines).as("a click opens the posting last announced, then just the window")
                    .containsSubsequence("OPEN POSTING 2", "OPEN WINDOW");
            assertThat(lines).contains("ICONS AFTER QUIT 0");
        } finally {
            if (trayer != null) {
                trayer.destroy();
                trayer.waitFor(5, TimeUnit.SECONDS);
            }
            xvfb.destroy();
            xvfb.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private List<String> runProbe(String display) throws IOException, InterruptedException {
        Path out = dir.resolve("probe.out");
        ProcessBuilder probe = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=false", "-Duser.home=" + dir, "-Djava.io.tmpdir=" + dir,
                "-cp", System.getProperty("java.class.path"), TrayProbe.class.getName())
                .redirectErrorStream(true).redirectOutput(out.toFile());
        probe.environment().put("DISPLAY", display);
        probe.environment().put("HOME", dir.toString());
        Process child = probe.start();
        boolean ended = child.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(out);
        assertThat(ended).as("the probe ended; its output: %s", lines).isTrue();
        assertThat(child.exitValue()).as("probe exit code; its output: %s", lines).isZero();
        return lines;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(d -> Files.isExecutable(Paths.get(d, program)));
    }
}
