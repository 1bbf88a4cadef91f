package dev.careeragent.security;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Opens the real vault on first use, so start-up never waits for the OS keychain probe (up to a few
 * seconds) when no secret is needed yet.
 */
public final class LazySecretVault implements SecretVault {

    private final Supplier<SecretVault> opener;
    private SecretVault vault;

    public LazySecretVault(Supplier<SecretVault> opener) {
        this.opener = opener;
    }

    private synchronized SecretVault vault() {
        if (vault == null) {
            vault = opener.get();
        }
        return vault;
    }

    /** Opens the vault again on next use (after the app lock deleted or re-keyed it). */
    public synchronized void reopen() {
        vault = null;
    }

    @Override public void put(String key, String secret) { vault().put(key, secret); }

    @Override public Optional<String> get(String key) { return vault().get(key); }

    @Override public void delete(String key) { vault().delete(key); }

    @Override public String description() { return vault().description(); }
}
