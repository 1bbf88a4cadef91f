package dev.careeragent.core.guard;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How a local listener of the app is found and trusted: its loopback port and a random token, in a file of the
 * owner-only data folder that only its owner can read. Another program on the machine may reach the port but cannot
 * know the token, so the listener ignores it.
 */
public record LoopbackTicket(int port, String token) {

    /** Writes a ticket with a fresh token for {@code port} into {@code file}, owner-only from its creation. */
    public static LoopbackTicket publish(Path file, int port) throws IOException {
        LoopbackTicket ticket = new LoopbackTicket(port, HexFormat.of().formatHex(new SecureRandom().generateSeed(16)));
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, String.valueOf(port).concat(" ").concat(ticket.token()));
        OwnerOnly.restrict(file);
        return ticket;
    }

    /** The ticket in {@code file}; empty when there is none or it is not one. */
    public static Optional<LoopbackTicket> read(Path file) {
        try {
            String[] portAndToken = Files.readString(file).trim().split(" ", 2);
            return portAndToken.length == 2
                    ? Optional.of(new LoopbackTicket(Integer.parseInt(portAndToken[0]), portAndToken[1]))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
