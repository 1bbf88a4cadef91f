package dev.careeragent.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileSecretVaultTest {

    private static final String SECRET = "hunter2-Ünïcødé-p@ss";

    @TempDir
    Path dir;

    private Path vaultFile() {
        return dir.resolve(SecretVaults.VAULT_FILE);
    }

    private Path keyFile() {
        return dir.resolve(SecretVaults.KEY_FILE);
    }

    @Test
    void keyFileVaultRoundTripsAcrossReopensAndKeepsNothingReadable() throws Exception {
        SecretVault vault = EncryptedFileSecretVault.withKeyFile(vaultFile(), keyFile());
        vault.put(SecretVault.SMTP_PASSWORD, SECRET);
        vault.put("openai.key", "sk-test-123");
        byte[] first = Files.readAllBytes(vaultFile());
        vault.put(SecretVault.SMTP_PASSWORD, SECRET);
        assertThat(Files.readAllBytes(vaultFile())).as("a fresh IV per write").isNotEqualTo(first);

        SecretVault reopened = EncryptedFileSecretVault.withKeyFile(vaultFile(), keyFile());
        assertThat(reopened.get(SecretVault.SMTP_PASSWORD)).contains(SECRET);
        assertThat(reopened.get("openai.key")).contains("sk-test-123");
        reopened.delete("openai.key");
        assertThat(EncryptedFileSecretVault.withKeyFile(vaultFile(), keyFile()).get("openai.key")).isEmpty();

        String stored = Files.readString(vaultFile(), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain(SECRET).doesNotContain("hunter2").doesNotContain(SecretVault.SMTP_PASSWORD);
        if (OwnerOnlyFiles.posix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(vaultFile()))).isEqualTo("rw-------");
        }
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).as("atomic writes leave no temp files")
                    .containsExactlyInAnyOrder(SecretVaults.VAULT_FILE, SecretVaults.KEY_FILE);
        }
    }

    @Test
    void aKeyFileOpenToOthersIsTightened() throws Exception {
        EncryptedFileSecretVault.withKeyFile(vaultFile(), keyFile()).put("k", "v");
        if (!OwnerOnlyFiles.posix()) {
            return;
        }
        Files.setPosixFilePermissions(keyFile(), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(EncryptedFileSecretVault.withKeyFile(vaultFile(), keyFile()).get("k")).contains("v");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
    }

    @Test
    void masterPasswordVaultRoundTripsAndAWrongPasswordFailsClearly() throws Exception {
        EncryptedFileSecretVault.withMasterPassword(vaultFile(), "correct horse".toCharArray()).put("smtp.password", SECRET);
        assertThat(keyFile()).doesNotExist();
        assertThat(Files.readString(vaultFile())).contains("PBKDF2WithHmacSHA512").contains("210000").doesNotContain(SECRET);

        assertThat(EncryptedFileSecretVault.withMasterPassword(vaultFile(), "correct horse".toCharArray())
                .get("smtp.password")).contains(SECRET);
        assertThatThrownBy(() -> EncryptedFileSecretVault.withMasterPassword(vaultFile(), "wrong".toCharArray()))
                .isInstanceOf(SecretVaultException.class)
                .hasMessage("The master password is not correct. Enter the password you chose for your saved secrets.");
        assertThatThrownBy(() -> EncryptedFileSecretVault.withKeyFile(vaultFile(), keyFile()))
                .isInstanceOf(SecretVaultException.class).hasMessageContaining("protected by a master password");
    }

    @Test
    void aMissingKeyFileOrATamperedVaultIsReportedNotIgnored() throws Exception {
        EncryptedFileSecretVault.withKeyFile(vaultFile(), keyFile()).put("k", "v");
        String keyReference = Files.readString(keyFile());
        Files.delete(keyFile());
        assertThatThrownBy(() -> EncryptedFileSecretVault.withKeyFile(vaultFile(), keyFile()))
                .isInstanceOf(SecretVaultException.class).hasMessageContaining("key file").hasMessageContaining("missing");

        Files.writeString(keyFile(), keyReference);
        Path other = dir.resolve("other");
        EncryptedFileSecretVault.withKeyFile(other.resolve(SecretVaults.VAULT_FILE), other.resolve(SecretVaults.KEY_FILE)).put("k", "v");
        Files.copy(other.resolve(SecretVaults.VAULT_FILE), vaultFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> EncryptedFileSecretVault.withKeyFile(vaultFile(), keyFile()))
                .isInstanceOf(SecretVaultException.class).hasMessageContaining("does not match");
    }

    @Test
    void openFallsBackToTheFileWhenTheKeychainIsMissingAndKeepsUsingIt() {
        SecretVault vault = SecretVaults.open(dir, null, Optional::empty);
        assertThat(vault).isInstanceOf(EncryptedFileSecretVault.class);
        vault.put("k", "v");
        SecretVault again = SecretVaults.open(dir, null, () -> {
            throw new AssertionError("an existing vault file is used without probing the keychain");
        });
        assertThat(again.get("k")).contains("v");
        assertThat(SecretVaults.open(dir.resolve("other"), "pw".toCharArray(), Optional::empty).description())
                .contains("master password");
    }
}
