package dev.careeragent.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts whole files (database backups) with AES-256-GCM under the vault's data key: a magic header, a random
 * IV, then the ciphertext and tag. A wrong key or a changed file fails before anything is written in its place.
 */
public final class FileSealing {

    private static final byte[] MAGIC = "CAGSEAL1".getBytes(StandardCharsets.US_ASCII);
    private static final int TAG_BITS = 128;
    private static final int CHUNK = 1 << 16;

    private FileSealing() {
    }

    public static boolean isSealed(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    public static void seal(Path plain, Path sealed, SecretKey key) throws IOException {
        byte[] iv = VaultCrypto.random(VaultCrypto.IV_BYTES);
        try (InputStream in = Files.newInputStream(plain); OutputStream out = Files.newOutputStream(sealed)) {
            out.write(MAGIC);
            out.write(iv);
            stream(cipher(Cipher.ENCRYPT_MODE, key, iv), in, out);
        }
    }

    /** Decrypts into {@code plain}; on a wrong key or damage nothing is left at {@code plain}. */
    public static void open(Path sealed, Path plain, SecretKey key) throws IOException {
        try (InputStream in = Files.newInputStream(sealed)) {
            if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
                throw new IOException(sealed.getFileName() + " is not an encrypted Career Agent backup.");
            }
            byte[] iv = in.readNBytes(VaultCrypto.IV_BYTES);
            try (OutputStream out = Files.newOutputStream(plain)) {
                stream(cipher(Cipher.DECRYPT_MODE, key, iv), in, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(plain);
                throw e;
            }
        }
    }

    private static void stream(Cipher cipher, InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[CHUNK];
        try {
            for (int read; (read = in.read(buffer)) > 0; ) {
                byte[] part = cipher.update(buffer, 0, read);
                if (part != null) {
                    out.write(part);
                }
            }
            out.write(cipher.doFinal());
        } catch (AEADBadTagException e) {
            throw new IOException("The key does not open this encrypted backup (wrong password, or the file was changed).", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("The backup could not be encrypted or decrypted: " + e.getMessage(), e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }
}
