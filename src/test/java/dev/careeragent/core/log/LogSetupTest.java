package dev.careeragent.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The JSON log file in the data folder opens with the first event: a run that logs nothing writes no file. */
class LogSetupTest {

    @TempDir
    Path dir;

    @Test
    void theFileOpensWithTheFirstEventAndHoldsIt() throws Exception {
        Path logs = dir.resolve("logs"); // made by the first event, whatever the umask: the owner's alone
        LogSetup.useLogFolder(logs);
        Path file = logs.resolve("career-agent.json.log");
        assertThat(file).doesNotExist();

        LogSetup.useLogFolder(logs);
        LoggerFactory.getLogger("dev.careeragent.LogSetupTest").warn("first event of the run");

        assertThat(file).exists();
        assertThat(Files.readString(file)).contains("first event of the run").containsOnlyOnce("first event of the run");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void installingAgainReplacesTheRecentErrorsCollectorInsteadOfAddingOne() {
        RecentErrors earlier = new RecentErrors();
        RecentErrors later = new RecentErrors();
        LogSetup.install(earlier);
        LogSetup.install(later); // a warm command server installs one per command it runs

        LoggerFactory.getLogger("dev.careeragent.LogSetupTest").error("an error after the second install");

        assertThat(later.list()).extracting(RecentErrors.Entry::message).containsExactly("an error after the second install");
        assertThat(earlier.list()).isEmpty();
    }
}
