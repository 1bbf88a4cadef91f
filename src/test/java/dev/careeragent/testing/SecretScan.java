package dev.careeragent.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** Looks for a secret in a file in the encodings it could end up in (UTF-8, Latin-1, UTF-16, SMTP AUTH PLAIN). */
public final class SecretScan {

    private SecretScan() {
    }

    public static boolean contains(Path file, String secret, String user) {
        try {
            return Files.exists(file) && contains(Files.readAllBytes(file), secret, user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean contains(byte[] content, String secret, String user) {
        String plainAuth = Base64.getEncoder().encodeToString(("\0" + user + "\0" + secret).getBytes(StandardCharsets.UTF_8));
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE}) {
            String text = new String(content, charset);
            if (text.contains(secret) || text.contains(plainAuth)) {
                return true;
            }
        }
        return false;
    }
}
