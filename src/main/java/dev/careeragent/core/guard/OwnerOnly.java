package dev.careeragent.core.guard;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the user's data private at rest: folders rwx------ and files rw------- where POSIX permissions exist,
 * an ACL granting only the owner on Windows. Whatever the umask, other users of the machine read nothing.
 */
public final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Creates {@code root} if needed and restricts it and everything below it (symbolic links are not followed). */
    public static void secureTree(Path root) throws IOException {
        Files.createDirectories(root);
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                restrict(path);
            }
        }
    }

    /** Restricts one file or folder; a missing one is skipped. */
    public static void restrict(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
            return;
        }
        if (POSIX) {
            // Only group and others lose access: a folder or file the user made read-only stays read-only.
            Set<PosixFilePermission> owner = EnumSet.noneOf(PosixFilePermission.class);
            for (PosixFilePermission permission : Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)) {
                if (permission.name().startsWith("OWNER_")) {
                    owner.add(permission);
                }
            }
            Files.setPosixFilePermissions(path, owner);
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl != null) {
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(Files.getOwner(path))
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        }
    }
}
