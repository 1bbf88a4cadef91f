package dev.careeragent.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in for the file vault while its key is missing (the data folder came from another computer or account), so
 * the app keeps running: reading a secret explains what happened; saving one (the user entering it again) first sets
 * the unreadable vault and its key reference aside, never deleting them (should the key turn up), then starts afresh.
 */
final class KeylessVault implements SecretVault {

    private static final Logger LOG = LoggerFactory.getLogger(KeylessVault.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final VaultKeyMissingException missing;
    private final Path dataFolder;
    private final Supplier<SecretVault> opener;
    private SecretVault replacement;

    KeylessVault(VaultKeyMissingException missing, Path dataFolder, Supplier<SecretVault> opener) {
        this.missing = missing;
        this.dataFolder = dataFolder;
        this.opener = opener;
    }

    @Override
    public synchronized void put(String key, String secret) {
        startOver().put(key, secret);
    }

    @Override
    public synchronized Optional<String> get(String key) {
        if (replacement == null) {
            throw missing;
        }
        return replacement.get(key);
    }

    /** Nothing readable to delete until a new vault exists. */
    @Override
    public synchronized void delete(String key) {
        if (replacement != null) {
            replacement.delete(key);
        }
    }

    @Override
    public synchronized String description() {
        return replacement != null ? replacement.description() : "encrypted file " + SecretVaults.VAULT_FILE + " (its key is missing)";
    }

    private SecretVault startOver() {
        if (replacement == null) {
            String suffix = ".no-key-" + LocalDateTime.now().format(STAMP);
            try {
                for (String name : new String[] {SecretVaults.VAULT_FILE, SecretVaults.KEY_FILE}) {
                    Path file = dataFolder.resolve(name);
                    if (Files.exists(file)) {
                        Files.move(file, file.resolveSibling(name + suffix));
                    }
                }
            } catch (IOException e) {
                throw new SecretVaultException("Your secret could not be saved: the unreadable secret store could not be "
                        + "set aside (" + e.getMessage() + "). Check that the data folder is writable.", e);
            }
            replacement = opener.get();
            LOG.warn("The key of the saved secrets was missing: the unreadable files were kept as {}{} and {}{}; new "
                    + "secrets go into a new vault", SecretVaults.VAULT_FILE, suffix, SecretVaults.KEY_FILE, suffix);
        }
        return replacement;
    }
}
