package dev.careeragent.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret vault's random data key and how {@code secrets.key} protects it: wrapped by the app-lock password
 * (Argon2id + AES-GCM), or kept in the OS keychain (the file then only says so), or, where neither exists,
 * plain in an owner-only file. Changing the password re-wraps the same data key, so the vault is never rewritten.
 */
public final class VaultKeys {

    private static final Logger LOG = LoggerFactory.getLogger(VaultKeys.class);
    static final String KEYCHAIN_ENTRY = "career-agent.vault-key";
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final byte[] AAD = "career-agent-vault-key-v2".getBytes(StandardCharsets.US_ASCII);

    enum Wrap { PLAIN, KEYCHAIN, PASSWORD }

    /** {@code secrets.key} in format 2 (format 1 was the Base64 key alone, read as {@link Wrap#PLAIN}). */
    record KeyFile(int format, Wrap wrap, Integer memoryKb, Integer iterations, Integer parallelism,
                   String salt, String iv, String data) {
    }

    /** The password does not unwrap the key. */
    public static final class WrongPasswordException extends SecretVaultException {
        private static final long serialVersionUID = 1L;

        WrongPasswordException() {
            super("The password is not correct.");
        }
    }

    private final Path file;
    private final Supplier<Optional<SecretVault>> keychain;
    private final Argon2idKdf.Params params;

    /** @param keychain the OS keychain when usable (asked at most once per use; memoize a slow probe) */
    public VaultKeys(Path keyFile, Supplier<Optional<SecretVault>> keychain) {
        this(keyFile, keychain, Argon2idKdf.Params.DEFAULT);
    }

    VaultKeys(Path keyFile, Supplier<Optional<SecretVault>> keychain, Argon2idKdf.Params params) {
        this.file = keyFile;
        this.keychain = keychain;
        this.params = params;
    }

    public boolean passwordProtected() {
        return read().map(k -> k.wrap() == Wrap.PASSWORD).orElse(false);
    }

    /** The key when no password is set; a new one on first use. A plain key moves into the keychain when there is one. */
    public SecretKey openWithoutPassword() {
        Optional<KeyFile> stored = read();
        if (stored.isEmpty()) {
            byte[] raw = VaultCrypto.random(VaultCrypto.KEY_BYTES);
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
            case PLAIN -> {
                byte[] raw = Base64.getDecoder().decode(key.data());
                if (keychain.get().isPresent()) {
                    storeWithoutPassword(raw);
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
                b64.encodeToString(salt), b64.encodeToString(sealed.iv()), b64.encodeToString(sealed.ciphertext())));
        keychain.get().ifPresent(k -> k.delete(KEYCHAIN_ENTRY));
        LOG.info("The secret store key is now wrapped by the app-lock password");
    }

    /** Stores {@code dataKey} without a password again: in the keychain when there is one, else plain. */
    public void removePassword(SecretKey dataKey) {
        storeWithoutPassword(dataKey.getEncoded());
    }

    /** Deletes the key (after a forgotten password: the secrets it opened are gone for good). */
    public void forget() throws IOException {
        keychain.get().ifPresent(k -> k.delete(KEYCHAIN_ENTRY));
        Files.deleteIfExists(file);
    }

    private void storeWithoutPassword(byte[] raw) {
        String encoded = Base64.getEncoder().encodeToString(raw);
        Optional<SecretVault> store = keychain.get();
        if (store.isPresent()) {
            store.get().put(KEYCHAIN_ENTRY, encoded);
            write(new KeyFile(2, Wrap.KEYCHAIN, null, null, null, null, null, null));
            LOG.info("The secret store key is kept in the OS keychain");
        } else {
            write(new KeyFile(2, Wrap.PLAIN, null, null, null, null, null, encoded));
            LOG.info("No OS keychain and no app-lock password: the secret store key is in an owner-only file");
        }
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
                    : new KeyFile(1, Wrap.PLAIN, null, null, null, null, null, text));
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
