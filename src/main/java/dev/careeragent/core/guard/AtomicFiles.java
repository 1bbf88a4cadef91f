package dev.careeragent.core.guard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file whole or not at all: a partial file beside the target, then one atomic rename. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Replaces {@code target} (its folder must exist) with {@code bytes}; a failed write leaves no partial file. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            Files.write(partial, bytes);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
