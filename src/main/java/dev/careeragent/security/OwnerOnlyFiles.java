package dev.careeragent.security;

import dev.careeragent.core.guard.OwnerOnly;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files readable only by their owner (rw------- where POSIX permissions exist; on Windows the
 * per-user data folder's ACL protects them), atomically: a temporary file renamed over the old one.
 */
final class OwnerOnlyFiles {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    static void writeAtomically(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = posix()
                ? Files.createTempFile(folder, ".vault", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(folder, ".vault", ".tmp");
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes group and other access if someone widened it; returns true when it had to. */
    static boolean restrict(Path file) throws IOException {
        if (!posix()) {
            return false;
        }
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(file);
        OwnerOnly.restrict(file);
        return !before.equals(Files.getPosixFilePermissions(file));
    }
}
