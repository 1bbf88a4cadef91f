package dev.careeragent.resume.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.careeragent.resume.ResumeService;
import dev.careeragent.resume.read.ResumeImportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pipe or a device is refused at once with one line, never read until memory runs out or forever. */
class SpecialFilesTest {

    @TempDir
    Path dir;

    @Test
    void devicesAreRefusedAtOnce() {
        for (String device : new String[] {"/dev/zero", "/dev/urandom"}) {
            assumeTrue(Files.exists(Path.of(device)), device + " absent");
            ResumeImportException e = catchThrowableOfType(ResumeImportException.class,
                    () -> ResumeService.readFile(Path.of(device)));
            assertThat(e.getMessage()).contains("not a regular file").doesNotContain("\n");
        }
    }

    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("resume.pdf");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo unavailable");
        ResumeImportException e = catchThrowableOfType(ResumeImportException.class, () -> ResumeService.readFile(fifo));
        assertThat(e.getMessage()).contains("not a regular file");
    }
}
