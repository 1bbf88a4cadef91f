package dev.careeragent.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** The layout older versions left without keychain or app-lock password: the vault key plain in the data folder. */
final class OldLayout {

    private OldLayout() {
    }

    /** Writes a format-2 plain {@code secrets.key} and a vault holding {@code key = secret}; returns the Base64 key. */
    static String write(Path dataFolder, String key, String secret) throws IOException {
        byte[] raw = VaultCrypto.random(VaultCrypto.KEY_BYTES);
        String encoded = Base64.getEncoder().encodeToString(raw);
        Path keyFile = dataFolder.resolve(SecretVaults.KEY_FILE);
        Files.createDirectories(dataFolder);
        Files.writeString(keyFile, "{\n  \"format\" : 2,\n  \"wrap\" : \"PLAIN\",\n  \"data\" : \"" + encoded + "\"\n}");
        EncryptedFileSecretVault.withKey(dataFolder.resolve(SecretVaults.VAULT_FILE), keyFile, () -> VaultCrypto.key(raw))
                .put(key, secret);
        return encoded;
    }
}
