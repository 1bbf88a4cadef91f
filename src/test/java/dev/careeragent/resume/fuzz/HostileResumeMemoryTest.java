package dev.careeragent.resume.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.resume.ResumeParser;
import dev.careeragent.resume.read.ResumeImportException;
import dev.careeragent.testing.HostileFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The hostile files within a memory budget: they are parsed in a separate JVM whose heap is capped at 384 MB (so the
 * process stays under the 512 MB), which must end normally; on Linux its peak resident size is checked too.
 */
class HostileResumeMemoryTest {

    private static final long BUDGET_BYTES = 512L * 1024 * 1024;

    @Test
    void everyHostileFileParsesInASmallHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx384m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), HostileResumeMemoryTest.class.getName() + "$InSmallHeap")
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        System.out.print(output);

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("OutOfMemoryError").contains("files: " + HostileFiles.resumes().size());
        output.lines().filter(line -> line.startsWith("peak resident bytes: ")).findFirst().ifPresent(line ->
                assertThat(Long.parseLong(line.substring("peak resident bytes: ".length()))).as(output).isLessThan(BUDGET_BYTES));
    }

    /** Runs in the child JVM: parses every hostile file and reports how many ended and the peak resident size. */
    static final class InSmallHeap {
        public static void main(String[] args) throws IOException {
            ResumeParser parser = new ResumeParser();
            int ended = 0;
            for (Map.Entry<String, byte[]> file : HostileFiles.resumes().entrySet()) {
                try {
                    parser.parse(file.getValue(), file.getKey());
                } catch (ResumeImportException expected) {
                    // one clear line: what HostileResumeTest checks; here only the memory matters
                }
                ended++;
            }
            System.out.println("files: " + ended);
            Path status = Path.of("/proc/self/status");
            if (Files.isReadable(status)) {
                Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:")).findFirst().ifPresent(line ->
                        System.out.println("peak resident bytes: "
                                + Long.parseLong(line.replaceAll("\\D", "")) * 1024));
            }
        }
    }
}
