package dev.careeragent.clip;

import dev.careeragent.security.SecretVault;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** The per-install token of the clip API, created on first use and kept in the secret vault; compared in constant time. */
public final class ClipToken {

    public static final String VAULT_KEY = "clip.api.token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretVault vault;

    public ClipToken(SecretVault vault) {
        this.vault = vault;
    }

    /** The token, created and stored the first time. */
    public synchronized String value() {
        return vault.get(VAULT_KEY).orElseGet(this::regenerate);
    }

    /** Replaces the token (the old bookmarklet stops working). */
    public synchronized String regenerate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        vault.put(VAULT_KEY, token);
        return token;
    }

    /** Constant-time comparison, so the time taken says nothing about how much of a guess was right. */
    public boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(value().getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /** Where the token lives, for `token show` and `serve`. */
    public String whereKept() {
        return vault.description() + " (key \"" + VAULT_KEY + "\")";
    }
}
