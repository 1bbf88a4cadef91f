package dev.careeragent.cli.server;

import dev.careeragent.core.DataFolder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/** Starts a folder's warm command server as a process of its own that outlives the launcher. */
final class ServerProcess {

    private ServerProcess() {
    }

    /**
     * Starts {@code folder}'s server with this JVM's java and class path, and returns at once; a server that cannot
     * start leaves the commands running in the launcher's JVM, as before.
     */
    static void start(DataFolder folder) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A small heap, the quick compiler and the small collector: it runs short commands for a few minutes.
        List<String> command = List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), CommandServer.class.getName(), folder.root().toString());
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        try {
            new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File(windows ? "NUL" : "/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(ServerProcess.class).debug("The command server did not start: {}", e.getMessage());
        }
    }
}
