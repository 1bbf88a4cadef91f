package dev.careeragent.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret vault's random data key and how {@code secrets.key} protects it: wrapped by the app-lock password
 * (Argon2id + AES-GCM), or kept in the OS keychain (the file then only says so), or, where neither exists, in an
 * owner-only file in the user's own {@link UserKeyFolder}, outside the data folder (the file then says which). So a
 * copied data folder never carries what opens its secrets. A key stored plain in the data folder by an older version
 * moves out on first use. Changing the password re-wraps the same data key, so the vault is never rewritten.
 */
public final class VaultKeys {

    private static final Logger LOG = LoggerFactory.getLogger(VaultKeys.class);
    static final String KEYCHAIN_ENTRY = "career-agent.vault-key";
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final byte[] AAD = "career-agent-vault-key-v2".getBytes(StandardCharsets.US_ASCII);

    /** PLAIN: the key in the data folder (older versions; moved out on first use). USER_FILE: in {@link UserKeyFolder}. */
    enum Wrap { PLAIN, KEYCHAIN, PASSWORD, USER_FILE }

    /**
     * {@code secrets.key} in format 2 (format 1 was the Base64 key alone, read as {@link Wrap#PLAIN}); {@code keyName}
     * names the file in the user's key folder for {@link Wrap#USER_FILE}.
     */
    record KeyFile(int format, Wrap wrap, Integer memoryKb, Integer iterations, Integer parallelism,
                   String salt, String iv, String data, String keyName) {

        static KeyFile saying(Wrap wrap, String data, String keyName) {
            return new KeyFile(2, wrap, null, null, null, null, null, data, keyName);
        }
    }

    /** The file in the user's key folder: the data folder it opens (for a person tidying up) and the key. */
    record UserKey(String dataFolder, String key) {
    }

    /** The password does not unwrap the key. */
    public static final class WrongPasswordException extends SecretVaultException {
        private static final long serialVersionUID = 1L;

        WrongPasswordException() {
            super("The password is not correct.");
        }
    }

    /** Where the key lives, for {@code doctor} (never the key itself). */
    public record Location(State state, String where) {
        public enum State { OK, IN_DATA_FOLDER, MISSING }
    }

    private final Path file;
    private final Supplier<Optional<SecretVault>> keychain;
    private final UserKeyFolder userKeys;
    private final Argon2idKdf.Params params;

    /** @param keychain the OS keychain when usable (asked at most once per use; memoize a slow probe) */
    public VaultKeys(Path keyFile, Supplier<Optional<SecretVault>> keychain) {
        this(keyFile, keychain, UserKeyFolder.forThisUser());
    }

    public VaultKeys(Path keyFile, Supplier<Optional<SecretVault>> keychain, UserKeyFolder userKeys) {
        this(keyFile, keychain, userKeys, Argon2idKdf.Params.DEFAULT);
    }

    VaultKeys(Path keyFile, Supplier<Optional<SecretVault>> keychain, UserKeyFolder userKeys, Argon2idKdf.Params params) {
        this.file = keyFile.toAbsolutePath().normalize();
        this.keychain = keychain;
        this.userKeys = userKeys;
        this.params = params;
    }

    public boolean passwordProtected() {
        return read().map(k -> k.wrap() == Wrap.PASSWORD).orElse(false);
    }

    /**
     * The key when no password is set; a new one on first use. A key found in the data folder moves out (into the
     * keychain when there is one, else the user's key folder); one in the user's key folder moves into a keychain
     * that has appeared since.
     */
    public SecretKey openWithoutPassword() {
        Optional<KeyFile> stored = read();
        if (stored.isEmpty()) {
            // A key already in the user's folder for this data folder is kept (its secrets.key was lost), never replaced.
            String own = ownName();
            boolean kept = userKeys.file(own).filter(Files::isRegularFile).isPresent();
            byte[] raw = kept ? readUserKey(own) : VaultCrypto.random(VaultCrypto.KEY_BYTES);
            storeWithoutPassword(raw);
            return VaultCrypto.key(raw);
        }
        KeyFile key = stored.get();
        return switch (key.wrap()) {
            case PASSWORD -> throw new SecretVaultException("Career Agent is locked. Unlock it with your password first.");
            case KEYCHAIN -> VaultCrypto.key(Base64.getDecoder().decode(keychain.get()
                    .flatMap(k -> k.get(KEYCHAIN_ENTRY))
                    .orElseThrow(() -> new SecretVaultException("The key to your saved secrets is in the OS keychain, "
                            + "which is not available now. Unlock your keychain (or log in again) and retry."))));
            case PLAIN -> moveOutOfTheDataFolder(Base64.getDecoder().decode(key.data()));
            case USER_FILE -> {
                byte[] raw = readUserKey(key.keyName());
                if (keychain.get().isPresent() || !ownName().equals(key.keyName())) {
                    storeWithoutPassword(raw); // into the keychain, or under this folder's own name after a move or copy
                }
                yield VaultCrypto.key(raw);
            }
        };
    }

    public SecretKey openWithPassword(char[] password) {
        KeyFile key = read().filter(k -> k.wrap() == Wrap.PASSWORD)
                .orElseThrow(() -> new SecretVaultException("No app-lock password is set."));
        Base64.Decoder b64 = Base64.getDecoder();
        SecretKey wrapping = Argon2idKdf.derive(password, b64.decode(key.salt()),
                new Argon2idKdf.Params(key.memoryKb(), key.iterations(), key.parallelism()));
        try {
            return VaultCrypto.key(VaultCrypto.decrypt(wrapping, new VaultCrypto.Sealed(b64.decode(key.iv()), b64.decode(key.data())), AAD));
        } catch (VaultCrypto.WrongKeyException e) {
            throw new WrongPasswordException();
        }
    }

    /** Wraps {@code dataKey} by the password (a new salt each time) and removes any other copy of it. */
    public void protectWithPassword(SecretKey dataKey, char[] password) {
        if (password == null || password.length == 0) {
            throw new SecretVaultException("The password is empty.");
        }
        byte[] salt = VaultCrypto.random(VaultCrypto.SALT_BYTES);
        VaultCrypto.Sealed sealed = VaultCrypto.encrypt(Argon2idKdf.derive(password, salt, params), dataKey.getEncoded(), AAD);
        Base64.Encoder b64 = Base64.getEncoder();
        write(new KeyFile(2, Wrap.PASSWORD, params.memoryKb(), params.iterations(), params.parallelism(),
                b64.encodeToString(salt), b64.encodeToString(sealed.iv()), b64.encodeToString(sealed.ciphertext()), null));
        keychain.get().ifPresent(k -> k.delete(KEYCHAIN_ENTRY));
        deleteOwnUserKey();
        LOG.info("The secret store key is now wrapped by the app-lock password");
    }

    /** Stores {@code dataKey} without a password again: in the keychain when there is one, else the user's key folder. */
    public void removePassword(SecretKey dataKey) {
        storeWithoutPassword(dataKey.getEncoded());
    }

    /** Deletes the key (after a forgotten password: the secrets it opened are gone for good). */
    public void forget() throws IOException {
        keychain.get().ifPresent(k -> k.delete(KEYCHAIN_ENTRY));
        deleteOwnUserKey();
        Files.deleteIfExists(file);
    }

    /** Where the key of the data folder holding {@code keyFile} lives; reads no key and asks no keychain. */
    public Location location() {
        Optional<KeyFile> stored = read();
        if (stored.isEmpty()) {
            return new Location(Location.State.OK, "No key yet (no secret saved); it will be kept in the OS keychain "
                    + "or in " + userKeys.root() + ", outside the data folder.");
        }
        KeyFile key = stored.get();
        return switch (key.wrap()) {
            case PASSWORD -> new Location(Location.State.OK, "Wrapped by your app-lock password in " + file + ".");
            case KEYCHAIN -> new Location(Location.State.OK, "In the OS keychain (" + file.getFileName() + " only says so).");
            case PLAIN -> new Location(Location.State.IN_DATA_FOLDER, "In " + file + ", beside the vault: it moves to "
                    + userKeys.root() + " the next time the app opens your secrets.");
            case USER_FILE -> userKeys.file(key.keyName()).filter(Files::isRegularFile).map(this::userFileLocation)
                    .orElseGet(() -> new Location(Location.State.MISSING, VaultKeyMissingException.explain(expected(key))));
        };
    }

    private Location userFileLocation(Path path) {
        return path.toAbsolutePath().normalize().startsWith(dataFolder())
                ? new Location(Location.State.IN_DATA_FOLDER, "In " + path + ": the key folder is inside the data folder "
                        + "(set by " + UserKeyFolder.PROPERTY + " or the data folder's place), so a copy of it carries the key.")
                : new Location(Location.State.OK, "In " + path + ", readable only by you, outside the data folder.");
    }

    /** Moves a key stored plain in the data folder out of it, once the copy outside is verified to open the vault. */
    private SecretKey moveOutOfTheDataFolder(byte[] raw) {
        if (keychain.get().isPresent() || EncryptedFileSecretVault.opens(vaultFile(), VaultCrypto.key(raw))) {
            try {
                storeWithoutPassword(raw);
            } catch (SecretVaultException e) {
                LOG.warn("The secret store key stays in the data folder for now: {}", e.getMessage());
            }
        }
        return VaultCrypto.key(raw);
    }

    private void storeWithoutPassword(byte[] raw) {
        String encoded = Base64.getEncoder().encodeToString(raw);
        Optional<SecretVault> store = keychain.get();
        if (store.isPresent()) {
            store.get().put(KEYCHAIN_ENTRY, encoded);
            write(KeyFile.saying(Wrap.KEYCHAIN, null, null));
            deleteOwnUserKey();
            LOG.info("The secret store key is kept in the OS keychain");
            return;
        }
        String name;
        Path target;
        try {
            Files.createDirectories(dataFolder()); // its real path names the key, so it must exist first
            name = ownName();
            target = userKeys.file(name).orElseThrow();
            userKeys.write(target, JSON.writeValueAsBytes(new UserKey(dataFolder().toString(), encoded)));
        } catch (IOException e) {
            throw new SecretVaultException("The key to your saved secrets could not be saved in " + userKeys.root()
                    + " (" + e.getMessage() + "). Check that this folder is writable.", e);
        }
        byte[] readBack = readUserKey(name);
        if (!Arrays.equals(readBack, raw)) {
            throw new SecretVaultException("The key saved in " + target + " does not read back as written; "
                    + "your secrets are unchanged. Check the disk and retry.");
        }
        if (!EncryptedFileSecretVault.opens(vaultFile(), VaultCrypto.key(readBack))) {
            throw new SecretVaultException("This key does not open " + vaultFile() + "; it was not saved as its key.");
        }
        write(KeyFile.saying(Wrap.USER_FILE, null, name));
        LOG.info("No OS keychain and no app-lock password: the secret store key is in an owner-only file outside the data folder");
    }

    private byte[] readUserKey(String name) {
        Path path = userKeys.file(name).orElseThrow(() -> new SecretVaultException("The secret store key file " + file
                + " names no valid key. Restore it from a backup, or delete it and the vault file and enter your passwords again."));
        if (!Files.isRegularFile(path)) {
            throw new VaultKeyMissingException(path);
        }
        try {
            if (OwnerOnlyFiles.restrict(path)) {
                LOG.warn("The key file {} was readable by other users; restricted it to you", path);
            }
            return Base64.getDecoder().decode(JSON.readValue(path.toFile(), UserKey.class).key());
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new SecretVaultException("The key to your saved secrets, " + path + ", cannot be read (" + e.getMessage()
                    + "). Restore it from a backup, or delete it and " + vaultFile() + " and enter your passwords again.", e);
        }
    }

    /** Deletes this data folder's own file in the user's key folder (never one a copied folder names). */
    private void deleteOwnUserKey() {
        userKeys.file(ownName()).ifPresent(path -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.warn("Could not delete the old key file {}: {}", path, e.toString());
            }
        });
    }

    private Path expected(KeyFile key) {
        return userKeys.file(key.keyName()).orElse(userKeys.root().resolve(ownName()));
    }

    private String ownName() {
        return UserKeyFolder.nameFor(dataFolder());
    }

    private Path dataFolder() {
        return file.getParent();
    }

    private Path vaultFile() {
        return file.resolveSibling(SecretVaults.VAULT_FILE);
    }

    private Optional<KeyFile> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (OwnerOnlyFiles.restrict(file)) {
                LOG.warn("The key file {} was readable by other users; restricted it to you", file);
            }
            return Optional.of(text.startsWith("{") ? JSON.readValue(text, KeyFile.class)
                    : new KeyFile(1, Wrap.PLAIN, null, null, null, null, null, text, null));
        } catch (IOException | IllegalArgumentException e) {
            throw new SecretVaultException("The secret store key file " + file + " cannot be read (" + e.getMessage()
                    + "). Restore it from a backup, or delete it and the vault file and enter your passwords again.", e);
        }
    }

    private void write(KeyFile key) {
        try {
            OwnerOnlyFiles.writeAtomically(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(key));
        } catch (IOException e) {
            throw new SecretVaultException("The secret store key could not be saved (" + e.getMessage()
                    + "). Check that the data folder is writable.", e);
        }
    }
}
