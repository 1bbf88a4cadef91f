package dev.careeragent.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.testing.MutableClock;
import dev.careeragent.testing.SecretScan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app lock wraps the vault key: real files, real Argon2id and AES-GCM; an in-memory keychain where one is needed. */
class AppLockTest {

    private static final String SECRET = "smtp-Pa55-word-7d3f";
    private static final Supplier<Optional<SecretVault>> NO_KEYCHAIN = Optional::empty;

    @TempDir Path dir;
    @TempDir Path userKeys;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    private AppLock lock(Path folder, Supplier<Optional<SecretVault>> keychain) {
        return new AppLock(new VaultKeys(folder.resolve(SecretVaults.KEY_FILE), keychain, new UserKeyFolder(userKeys),
                new Argon2idKdf.Params(1024, 1, 1)),
                folder.resolve(SecretVaults.VAULT_FILE), clock);
    }

    private static SecretVault vault(Path folder, AppLock lock) {
        return SecretVaults.openLocked(folder, lock, NO_KEYCHAIN);
    }

    @Test
    void withAPasswordTheAppOpensLockedAndACopiedFolderRevealsNoSecret(@TempDir Path copy) throws IOException {
        AppLock first = lock(dir, NO_KEYCHAIN);
        vault(dir, first).put(SecretVault.SMTP_PASSWORD, SECRET);
        first.setPassword(null, "correct horse".toCharArray());

        AppLock reopened = lock(dir, NO_KEYCHAIN);
        assertThat(reopened.locked()).isTrue();
        assertThatThrownBy(() -> vault(dir, reopened)).isInstanceOf(SecretVaultException.class).hasMessageContaining("locked");
        assertThat(reopened.unlock("correct horse".toCharArray()).unlocked()).isTrue();
        assertThat(vault(dir, reopened).get(SecretVault.SMTP_PASSWORD)).contains(SECRET);

        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
                assertThat(SecretScan.contains(file, SECRET, "")).as(file.toString()).isFalse();
            }
        }
        AppLock thief = lock(copy, NO_KEYCHAIN);
        assertThatThrownBy(() -> vault(copy, thief)).isInstanceOf(SecretVaultException.class);
        assertThat(thief.unlock("guess".toCharArray()).unlocked()).isFalse();
        assertThatThrownBy(() -> EncryptedFileSecretVault.withKeyFile(copy.resolve(SecretVaults.VAULT_FILE), copy.resolve(SecretVaults.KEY_FILE)))
                .isInstanceOf(SecretVaultException.class);
    }

    @Test
    void changingThePasswordRewrapsTheSameKeyAndLeavesTheVaultUntouched() throws IOException {
        AppLock lock = lock(dir, NO_KEYCHAIN);
        lock.setPassword(null, "first".toCharArray());
        vault(dir, lock).put("openai.key", SECRET);
        byte[] vaultBefore = Files.readAllBytes(dir.resolve(SecretVaults.VAULT_FILE));
        String wrappedBefore = Files.readString(dir.resolve(SecretVaults.KEY_FILE));

        assertThatThrownBy(() -> lock.setPassword("wrong".toCharArray(), "second".toCharArray()))
                .isInstanceOf(VaultKeys.WrongPasswordException.class);
        lock.setPassword("first".toCharArray(), "second".toCharArray());

        assertThat(Files.readAllBytes(dir.resolve(SecretVaults.VAULT_FILE))).isEqualTo(vaultBefore);
        assertThat(Files.readString(dir.resolve(SecretVaults.KEY_FILE))).isNotEqualTo(wrappedBefore).contains("PASSWORD");
        AppLock reopened = lock(dir, NO_KEYCHAIN);
        assertThat(reopened.unlock("first".toCharArray()).unlocked()).isFalse();
        assertThat(reopened.unlock("second".toCharArray()).unlocked()).isTrue();
        assertThat(vault(dir, reopened).get("openai.key")).contains(SECRET);

        reopened.removePassword("second".toCharArray());
        AppLock open = lock(dir, NO_KEYCHAIN);
        assertThat(open.locked()).isFalse();
        assertThat(vault(dir, open).get("openai.key")).contains(SECRET);
    }

    @Test
    void wrongPasswordsBackOffOnTheClock() {
        AppLock setUp = lock(dir, NO_KEYCHAIN);
        setUp.setPassword(null, "right".toCharArray());
        AppLock lock = lock(dir, NO_KEYCHAIN);
        assertThat(lock.unlock("w1".toCharArray()).retryAfter()).isZero();
        assertThat(lock.unlock("w2".toCharArray()).retryAfter()).isZero();
        assertThat(lock.unlock("w3".toCharArray()).retryAfter()).isEqualTo(Duration.ofSeconds(1));

        AppLock.Attempt tooSoon = lock.unlock("right".toCharArray());
        assertThat(tooSoon.unlocked()).isFalse();
        assertThat(tooSoon.message()).contains("Try again in 1 second");
        clock.advance(Duration.ofSeconds(1));
        assertThat(lock.unlock("w4".toCharArray()).retryAfter()).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(lock.unlock("right".toCharArray()).unlocked()).isTrue();
        assertThat(lock.locked()).isFalse();
    }

    @Test
    void aForgottenPasswordLosesTheSecretsOnly() throws IOException {
        AppLock lock = lock(dir, NO_KEYCHAIN);
        vault(dir, lock).put(SecretVault.SMTP_PASSWORD, SECRET);
        lock.setPassword(null, "lost".toCharArray());
        Path database = Files.writeString(dir.resolve("career-agent.db"), "jobs and resumes");

        AppLock locked = lock(dir, NO_KEYCHAIN);
        assertThat(AppLock.forgetConsequences()).contains("secrets").contains("jobs, resumes");
        locked.forgetPassword();

        assertThat(database).hasContent("jobs and resumes");
        assertThat(locked.locked()).isFalse();
        assertThat(locked.passwordSet()).isFalse();
        assertThat(vault(dir, locked).get(SecretVault.SMTP_PASSWORD)).isEmpty();
    }

    @Test
    void aPlainKeyMovesIntoTheKeychainAndTheFileKeepsNoKey() throws IOException {
        Path keyFile = dir.resolve(SecretVaults.KEY_FILE);
        String plainKey = OldLayout.write(dir, "k", SECRET);
        InMemoryKeychain keychain = new InMemoryKeychain();

        AppLock lock = lock(dir, () -> Optional.of(keychain));
        assertThat(SecretVaults.openLocked(dir, lock, () -> Optional.of(keychain)).get("k")).contains(SECRET);

        assertThat(Files.readString(keyFile)).contains("KEYCHAIN").doesNotContain(plainKey);
        assertThat(keychain.entries).containsKey(VaultKeys.KEYCHAIN_ENTRY);
        lock.setPassword(null, "pw".toCharArray());
        assertThat(keychain.entries).as("the password replaces the keychain copy").isEmpty();
    }

    /** Stands in for the OS keychain, which the test machine does not have. */
    private static final class InMemoryKeychain implements SecretVault {
        final Map<String, String> entries = new HashMap<>();

        @Override public void put(String key, String secret) { entries.put(key, secret); }

        @Override public Optional<String> get(String key) { return Optional.ofNullable(entries.get(key)); }

        @Override public void delete(String key) { entries.remove(key); }

        @Override public String description() { return "in-memory keychain"; }
    }
}
