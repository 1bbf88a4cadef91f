package dev.careeragent.security;

import java.util.Arrays;
import javax.crypto.SecretKey;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id (Bouncy Castle) turning the app-lock password into a 256-bit key-wrapping key. */
final class Argon2idKdf {

    /** Memory in KiB, passes and lanes; stored beside each wrapped key so they can grow later. */
    record Params(int memoryKb, int iterations, int parallelism) {
        /** OWASP's Argon2id baseline: 19 MiB, 2 passes, 1 lane (about 0.1 s here). */
        static final Params DEFAULT = new Params(19 * 1024, 2, 1);
    }

    private Argon2idKdf() {
    }

    static SecretKey derive(char[] password, byte[] salt, Params params) {
        Argon2Parameters argon = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(params.memoryKb())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(argon);
        byte[] raw = new byte[VaultCrypto.KEY_BYTES];
        generator.generateBytes(password, raw);
        SecretKey key = VaultCrypto.key(raw);
        Arrays.fill(raw, (byte) 0);
        return key;
    }
}
