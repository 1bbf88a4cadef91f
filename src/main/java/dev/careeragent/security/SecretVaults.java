package dev.careeragent.security;

import com.github.javakeyring.Keyring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses where secrets live: a master-password file vault when the user set a master password; else an
 * existing file vault (so saved secrets stay readable); else the OS keychain when it answers a probe
 * within a few seconds; else a file vault whose key is in an owner-only file outside the data folder (e.g. headless
 * Linux without a Secret Service; see {@link VaultKeys}). Set the system property {@code careeragent.keyring=off} to never use the keychain.
 */
public final class SecretVaults {

    private static final Logger LOG = LoggerFactory.getLogger(SecretVaults.class);
    public static final String VAULT_FILE = "secrets.vault";
    public static final String KEY_FILE = "secrets.key";
    public static final String KEYRING_PROPERTY = "careeragent.keyring";
    private static final long PROBE_TIMEOUT_SECONDS = 5;

    private SecretVaults() {
    }

    /** @param masterPassword null or empty for no master password */
    public static SecretVault open(Path dataFolder, char[] masterPassword) {
        return open(dataFolder, masterPassword, SecretVaults::probeKeyring);
    }

    /** As {@link #open(Path, char[])} with the keychain probe given (tests pass one that fails). */
    public static SecretVault open(Path dataFolder, char[] masterPassword, Supplier<Optional<SecretVault>> keyring) {
        Path vaultFile = dataFolder.resolve(VAULT_FILE);
        SecretVault chosen;
        if (masterPassword != null && masterPassword.length > 0) {
            chosen = EncryptedFileSecretVault.withMasterPassword(vaultFile, masterPassword);
        } else {
            Supplier<SecretVault> file = () -> EncryptedFileSecretVault.withKeyFile(vaultFile, dataFolder.resolve(KEY_FILE));
            chosen = Files.exists(vaultFile) ? evenWithoutKey(dataFolder, file)
                    : keyring.get().orElseGet(() -> evenWithoutKey(dataFolder, file));
        }
        LOG.info("Secrets are stored in: {}", chosen.description());
        return chosen;
    }

    /**
     * With the app lock: secrets in the encrypted file whenever the lock has a password or a file vault exists,
     * its data key from {@code lock} (keychain, app-lock password or owner-only file outside the data folder); else the
     * OS keychain.
     */
    public static SecretVault openLocked(Path dataFolder, AppLock lock, Supplier<Optional<SecretVault>> keyring) {
        Path vaultFile = dataFolder.resolve(VAULT_FILE);
        Supplier<SecretVault> file = () -> EncryptedFileSecretVault.withKey(vaultFile, dataFolder.resolve(KEY_FILE), lock::vaultKey);
        SecretVault chosen = lock.passwordSet() || Files.exists(vaultFile) ? evenWithoutKey(dataFolder, file)
                : keyring.get().orElseGet(() -> evenWithoutKey(dataFolder, file));
        LOG.info("Secrets are stored in: {}", chosen.description());
        return chosen;
    }

    /** The file vault; while its key is missing (a folder copied from elsewhere) one that says so and can start afresh. */
    private static SecretVault evenWithoutKey(Path dataFolder, Supplier<SecretVault> file) {
        try {
            return file.get();
        } catch (VaultKeyMissingException e) {
            LOG.warn(e.getMessage());
            return new KeylessVault(e, dataFolder, file);
        }
    }

    /** A probe run at most once, for callers that ask for the keychain more than once. */
    public static Supplier<Optional<SecretVault>> keyringOnce() {
        return new Supplier<>() {
            private Optional<SecretVault> probed;

            @Override
            public synchronized Optional<SecretVault> get() {
                if (probed == null) {
                    probed = probeKeyring();
                }
                return probed;
            }
        };
    }

    /** The OS keychain if it can store, read back and delete a probe entry in time; empty otherwise. */
    public static Optional<SecretVault> probeKeyring() {
        if ("off".equalsIgnoreCase(System.getProperty(KEYRING_PROPERTY))) {
            return Optional.empty();
        }
        CompletableFuture<Optional<SecretVault>> probe = new CompletableFuture<>();
        Thread thread = new Thread(() -> probe.complete(tryKeyring()), "keyring-probe");
        thread.setDaemon(true);
        thread.start();
        try {
            return probe.get(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.info("The OS keychain did not answer in {} s; using the encrypted file instead", PROBE_TIMEOUT_SECONDS);
            return Optional.empty();
        }
    }

    private static Optional<SecretVault> tryKeyring() {
        String probeKey = "career-agent.probe";
        try {
            Keyring keyring = Keyring.create();
            String value = UUID.randomUUID().toString();
            keyring.setPassword(KeyringSecretVault.SERVICE, probeKey, value);
            boolean readBack = value.equals(keyring.getPassword(KeyringSecretVault.SERVICE, probeKey));
            keyring.deletePassword(KeyringSecretVault.SERVICE, probeKey);
            return readBack ? Optional.of(new KeyringSecretVault(keyring)) : Optional.empty();
        } catch (Exception | LinkageError e) {
            LOG.info("The OS keychain is not usable here ({}); using the encrypted file instead", e.toString());
            return Optional.empty();
        }
    }
}
