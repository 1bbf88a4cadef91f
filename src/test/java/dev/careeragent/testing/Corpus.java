package dev.careeragent.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared real-world corpus (../shared/corpus). Tests that read it skip with a clear message
 * when a plain clone runs outside the workplace that holds it.
 */
public final class Corpus {

    private Corpus() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("careeragent.corpus", "../shared/corpus")).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(root), () -> "Corpus folder " + root + " is absent: corpus tests skipped");
        return root;
    }

    /** A file of the corpus, e.g. {@code file("jobs/html/linkedin/talynt__linkedin_posting.html")}. */
    public static Path file(String relative) {
        Path file = root().resolve(relative);
        assumeTrue(Files.isRegularFile(file), () -> "Corpus file " + file + " is absent: test skipped");
        return file;
    }
}
