package dev.careeragent.security;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-256-GCM with a fresh random 96-bit IV per encryption, and PBKDF2 key derivation. */
final class VaultCrypto {

    static final int KEY_BYTES = 32;
    static final int IV_BYTES = 12;
    static final int SALT_BYTES = 16;
    static final String KDF = "PBKDF2WithHmacSHA512";
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VaultCrypto() {
    }

    record Sealed(byte[] iv, byte[] ciphertext) {
    }

    /** Thrown when the key is wrong or the data was changed: GCM's tag does not match. */
    static final class WrongKeyException extends Exception {
        private static final long serialVersionUID = 1L;

        WrongKeyException(Throwable cause) {
            super(cause);
        }
    }

    static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }

    static SecretKey key(byte[] raw) {
        return new SecretKeySpec(raw, "AES");
    }

    static SecretKey derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BYTES * 8);
        try {
            byte[] raw = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            SecretKey key = key(raw);
            Arrays.fill(raw, (byte) 0);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks " + KDF, e);
        } finally {
            spec.clearPassword();
        }
    }

    static Sealed encrypt(SecretKey key, byte[] plaintext, byte[] aad) {
        byte[] iv = random(IV_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            return new Sealed(iv, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    static byte[] decrypt(SecretKey key, Sealed sealed, byte[] aad) throws WrongKeyException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.iv()));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed.ciphertext());
        } catch (AEADBadTagException e) {
            throw new WrongKeyException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }
}
