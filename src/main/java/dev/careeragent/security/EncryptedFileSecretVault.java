package dev.careeragent.security;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in one AES-256-GCM encrypted file in the data folder, re-encrypted with a fresh random IV on
 * every write and replaced atomically. The key is either a random data key held by {@link VaultKeys} (keychain,
 * app-lock password or an owner-only file outside the data folder), or derived from the user's master password with PBKDF2 (random salt stored in the vault file).
 */
public final class EncryptedFileSecretVault implements SecretVault {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptedFileSecretVault.class);
    public static final int PBKDF2_ITERATIONS = 210_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> ENTRIES = new TypeReference<>() { };

    enum Protection { KEY_FILE, MASTER_PASSWORD }

    /** The stored file: how it is protected, KDF parameters, IV and ciphertext (Base64). */
    record VaultFile(int format, Protection protection, String kdf, int iterations, String salt, String iv, String data) {
    }

    private final Path file;
    private final Protection protection;
    private final SecretKey key;
    private final byte[] salt;
    private final int iterations;

    private EncryptedFileSecretVault(Path file, Protection protection, SecretKey key, byte[] salt, int iterations) {
        this.file = file;
        this.protection = protection;
        this.key = key;
        this.salt = salt;
        this.iterations = iterations;
    }

    /** A vault whose key {@code keyFile} points to, without keychain or password: see {@link VaultKeys} (created on first use). */
    public static EncryptedFileSecretVault withKeyFile(Path vaultFile, Path keyFile) {
        return withKey(vaultFile, keyFile, () -> new VaultKeys(keyFile, Optional::empty).openWithoutPassword());
    }

    /**
     * A vault whose data key {@code keyFile} holds in some form ({@link VaultKeys}): {@code key} unwraps it
     * (from the keychain or by the app-lock password).
     */
    public static EncryptedFileSecretVault withKey(Path vaultFile, Path keyFile, Supplier<SecretKey> key) {
        try {
            Optional<VaultFile> existing = read(vaultFile);
            existing.ifPresent(v -> requireProtection(v, Protection.KEY_FILE));
            if (existing.isPresent() && !Files.exists(keyFile)) {
                throw new SecretVaultException("The key file " + keyFile + " is missing, so the saved passwords in "
                        + vaultFile + " cannot be read. Restore the key file from a backup, or delete the vault file "
                        + "and enter your passwords again.");
            }
            EncryptedFileSecretVault vault = new EncryptedFileSecretVault(vaultFile, Protection.KEY_FILE, key.get(), null, 0);
            vault.initialise(existing);
            return vault;
        } catch (IOException | IllegalArgumentException e) {
            throw new SecretVaultException("The secret store in " + vaultFile.getParent() + " cannot be opened ("
                    + e.getMessage() + "). Check that the data folder is readable and writable.", e);
        }
    }

    /** A vault protected by a master password; a wrong password fails with a clear {@link SecretVaultException}. */
    public static EncryptedFileSecretVault withMasterPassword(Path vaultFile, char[] masterPassword) {
        if (masterPassword == null || masterPassword.length == 0) {
            throw new SecretVaultException("The master password is empty. Enter the master password for your saved secrets.");
        }
        try {
            Optional<VaultFile> existing = read(vaultFile);
            existing.ifPresent(v -> requireProtection(v, Protection.MASTER_PASSWORD));
            byte[] salt = existing.map(v -> Base64.getDecoder().decode(v.salt())).orElseGet(() -> VaultCrypto.random(VaultCrypto.SALT_BYTES));
            int iterations = existing.map(VaultFile::iterations).orElse(PBKDF2_ITERATIONS);
            EncryptedFileSecretVault vault = new EncryptedFileSecretVault(vaultFile, Protection.MASTER_PASSWORD,
                    VaultCrypto.derive(masterPassword, salt, iterations), salt, iterations);
            vault.initialise(existing);
            return vault;
        } catch (IOException | IllegalArgumentException e) {
            throw new SecretVaultException("The secret store " + vaultFile + " cannot be opened (" + e.getMessage()
                    + "). Check that the data folder is readable and writable.", e);
        }
    }

    /** Checks the key against an existing file, or writes an empty vault so a later wrong key is detected. */
    private void initialise(Optional<VaultFile> existing) throws IOException {
        if (existing.isPresent()) {
            decrypt(existing.get());
        } else {
            write(new TreeMap<>());
        }
    }

    private static void requireProtection(VaultFile stored, Protection expected) {
        if (stored.protection() != expected) {
            throw new SecretVaultException(stored.protection() == Protection.MASTER_PASSWORD
                    ? "Your saved secrets are protected by a master password. Enter it to unlock them."
                    : "Your saved secrets are protected by a key file, not a master password. Open them without a master password.");
        }
    }

    @Override
    public synchronized void put(String key, String secret) {
        Map<String, String> entries = load();
        entries.put(key, secret);
        save(entries);
        LOG.info("Stored secret '{}' in the encrypted file", key);
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(load().get(key));
    }

    @Override
    public synchronized void delete(String key) {
        Map<String, String> entries = load();
        if (entries.remove(key) != null) {
            save(entries);
            LOG.info("Deleted secret '{}' from the encrypted file", key);
        }
    }

    @Override
    public String description() {
        return "encrypted file " + file.getFileName() + (protection == Protection.MASTER_PASSWORD
                ? " (master password)" : " (its key kept apart from it)");
    }

    private TreeMap<String, String> load() {
        try {
            return decrypt(read(file).orElseThrow(() -> new IOException("the file " + file + " disappeared")));
        } catch (IOException e) {
            throw new SecretVaultException("Your saved secrets cannot be read (" + e.getMessage()
                    + "). Check the data folder, or enter your passwords again.", e);
        }
    }

    private void save(Map<String, String> entries) {
        try {
            write(entries);
        } catch (IOException e) {
            throw new SecretVaultException("Your secret could not be saved (" + e.getMessage()
                    + "). Check that the data folder is writable and the disk is not full.", e);
        }
    }

    /** Whether {@code key} opens the key-file vault {@code vaultFile}; true when there is none yet. */
    static boolean opens(Path vaultFile, SecretKey key) {
        try {
            Optional<VaultFile> stored = read(vaultFile);
            if (stored.isPresent()) {
                if (stored.get().protection() != Protection.KEY_FILE) {
                    return false;
                }
                unseal(key, stored.get());
            }
            return true;
        } catch (IOException | VaultCrypto.WrongKeyException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] unseal(SecretKey key, VaultFile stored) throws VaultCrypto.WrongKeyException {
        Base64.Decoder b64 = Base64.getDecoder();
        return VaultCrypto.decrypt(key, new VaultCrypto.Sealed(b64.decode(stored.iv()), b64.decode(stored.data())),
                aad(stored.protection()));
    }

    private TreeMap<String, String> decrypt(VaultFile stored) throws IOException {
        try {
            return JSON.readValue(unseal(key, stored), ENTRIES);
        } catch (VaultCrypto.WrongKeyException e) {
            throw new SecretVaultException(protection == Protection.MASTER_PASSWORD
                    ? "The master password is not correct. Enter the password you chose for your saved secrets."
                    : "The secret store key file does not match " + file.getFileName()
                    + " (or the file was changed). Restore both files from the same backup, or delete them and enter your passwords again.", e);
        }
    }

    private void write(Map<String, String> entries) throws IOException {
        VaultCrypto.Sealed sealed = VaultCrypto.encrypt(key, JSON.writeValueAsBytes(entries), aad(protection));
        Base64.Encoder b64 = Base64.getEncoder();
        VaultFile stored = new VaultFile(1, protection, protection == Protection.MASTER_PASSWORD ? VaultCrypto.KDF : null,
                iterations, salt == null ? null : b64.encodeToString(salt), b64.encodeToString(sealed.iv()),
                b64.encodeToString(sealed.ciphertext()));
        OwnerOnlyFiles.writeAtomically(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(stored));
    }

    private static byte[] aad(Protection protection) {
        return ("career-agent-vault-v1:" + protection).getBytes(StandardCharsets.US_ASCII);
    }

    private static Optional<VaultFile> read(Path vaultFile) throws IOException {
        if (!Files.exists(vaultFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(vaultFile.toFile(), VaultFile.class));
        } catch (IOException e) {
            throw new SecretVaultException("The secret store file " + vaultFile + " is damaged and cannot be read. "
                    + "Move it away (or restore it from a backup) and enter your passwords again.", e);
        }
    }
}
