package dev.careeragent.core.guard;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;

/** Locks that say "someone else runs here" between processes, and between parts of one JVM (tests) alike. */
public final class FileLocks {

    private FileLocks() {
    }

    /** The lock on {@code file}, or null when another holder (another process, or this JVM) has it. */
    public static FileLock tryLock(FileChannel file) throws IOException {
        try {
            return file.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            return null;
        }
    }
}
