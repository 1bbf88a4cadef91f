package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Whatever the umask, the data folder is the user's alone, and the command's log lands only inside it. */
class DataAtRestTest {

    @TempDir
    Path dir;

    @Test
    void theDataFolderIsOwnerOnlyAndHoldsTheLog() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(run("--data-dir", data.toString(), "resume", "list")).isZero();
        assertThat(run("--data-dir", data.toString(), "resume", "list")).isZero();

        try (Stream<Path> all = Files.walk(data)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                        .as(data.relativize(path).toString())
                        .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
            }
        }
        assertThat(data.resolve("logs/career-agent.json.log")).exists();
        assertThat(data.resolve("career-agent.db")).exists();
    }

    private static int run(String... args) {
        CommandLine cli = CareerAgentCommand.commandLine((folder, measure) -> {
            throw new AssertionError("the desktop must not start for a subcommand");
        });
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }
}
