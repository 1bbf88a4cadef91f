package dev.careeragent.core.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file the user chose with a cap on what is actually read: only regular files (a FIFO, a device such
 * as /dev/zero or a folder is refused at once), and never more than the limit, whatever the file claims.
 */
public final class BoundedFiles {

    private BoundedFiles() {
    }

    /** The file's bytes; a {@link RefusedFile} with a message for the user when it is not a readable file. */
    public static byte[] read(Path file, long maxBytes) throws RefusedFile, IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new RefusedFile("The file " + file + " could not be read: it does not exist. Check the path.");
        }
        if (attributes.isDirectory()) {
            throw new RefusedFile(file + " could not be read: it is a folder, not a file. Choose a file inside it.");
        }
        if (!attributes.isRegularFile()) {
            throw new RefusedFile(file + " could not be read: it is not a regular file (it is a device, pipe or socket)."
                    + " Choose a saved document.");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(file, maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(file, maxBytes);
            }
            return bytes;
        }
    }

    private static RefusedFile tooLarge(Path file, long maxBytes) {
        return new RefusedFile(String.format("The file %s is larger than %d MB, so it was not read. Please save a smaller"
                + " copy (for example without large pictures).", file.getFileName(), maxBytes / (1024 * 1024)));
    }

    /** A file that was not read; the message is for the user. */
    public static final class RefusedFile extends Exception {
        private static final long serialVersionUID = 1L;

        public RefusedFile(String message) {
            super(message);
        }
    }
}
