package dev.careeragent.security;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Secrets in the OS keychain (macOS Keychain, Windows Credential Manager, Linux Secret Service). */
public final class KeyringSecretVault implements SecretVault {

    private static final Logger LOG = LoggerFactory.getLogger(KeyringSecretVault.class);
    static final String SERVICE = "Career Agent";

    private final Keyring keyring;

    KeyringSecretVault(Keyring keyring) {
        this.keyring = keyring;
    }

    @Override
    public synchronized void put(String key, String secret) {
        try {
            keyring.setPassword(SERVICE, key, secret);
            LOG.info("Stored secret '{}' in the OS keychain", key);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new SecretVaultException("The OS keychain refused to store '" + key + "'. Unlock your keychain "
                    + "(or log in again) and retry.", e);
        }
    }

    /** Empty when the keychain has no such entry (the keyring library does not tell "missing" from "locked"). */
    @Override
    public synchronized Optional<String> get(String key) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, key));
        } catch (PasswordAccessException e) {
            LOG.debug("No secret '{}' in the OS keychain", key);
            return Optional.empty();
        }
    }

    @Override
    public synchronized void delete(String key) {
        try {
            keyring.deletePassword(SERVICE, key);
            LOG.info("Deleted secret '{}' from the OS keychain", key);
        } catch (PasswordAccessException e) {
            LOG.debug("Secret '{}' was not in the OS keychain", key);
        }
    }

    @Override
    public String description() {
        return "OS keychain (" + keyring.getKeyringStorageType() + ")";
    }
}
