package dev.careeragent.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.core.DataFolder;
import dev.careeragent.testing.SecretScan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without keychain and app-lock password the vault key lives in the user's key folder, never in the data folder:
 * real files and real AES-GCM, the key folder a temporary folder (never the developer's own).
 */
class VaultKeyOutsideDataFolderTest {

    private static final String SECRET = "smtp-Pa55-word-0a9e";

    @TempDir Path dir;

    private SecretVault vault(Path dataFolder, Path keyFolder) {
        AppLock lock = new AppLock(new VaultKeys(dataFolder.resolve(SecretVaults.KEY_FILE), Optional::empty,
                new UserKeyFolder(keyFolder), new Argon2idKdf.Params(1024, 1, 1)),
                dataFolder.resolve(SecretVaults.VAULT_FILE), Clock.systemUTC());
        return SecretVaults.openLocked(dataFolder, lock, Optional::empty);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static String storedKey(Path keyFolder) throws IOException {
        List<Path> keys = files(keyFolder);
        assertThat(keys).hasSize(1);
        String text = Files.readString(keys.get(0));
        return text.substring(text.indexOf("\"key\":\"") + 7, text.lastIndexOf('"'));
    }

    @Test
    void theDataFolderAloneOpensNothingAndACopyElsewhereSaysWhyItsSecretsAreGone() throws IOException {
        Path data = dir.resolve("data");
        Path keys = dir.resolve("home/keys");
        vault(data, keys).put(SecretVault.SMTP_PASSWORD, SECRET);
        Files.writeString(data.resolve("career-agent.db"), "jobs and resumes");

        String key = storedKey(keys);
        for (Path file : files(data)) {
            assertThat(SecretScan.contains(file, key, "")).as(file + " holds the key").isFalse();
            assertThat(SecretScan.contains(file, SECRET, "")).as(file + " holds the secret").isFalse();
        }
        assertThat(Files.readString(data.resolve(SecretVaults.KEY_FILE))).contains("USER_FILE").doesNotContain("\"data\"");
        if (OwnerOnlyFiles.posix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files(keys).get(0)))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
        }

        Path copy = dir.resolve("other-machine/data");
        Files.createDirectories(copy);
        for (Path file : files(data)) {
            Files.copy(file, copy.resolve(file.getFileName()));
        }
        SecretVault copied = vault(copy, dir.resolve("other-machine/keys"));
        assertThatThrownBy(() -> copied.get(SecretVault.SMTP_PASSWORD)).isInstanceOf(VaultKeyMissingException.class)
                .hasMessageContaining("not on this computer").hasMessageContaining("copied from another computer")
                .hasMessageContaining("jobs, resumes, applications and settings are intact")
                .hasMessageContaining("enter your secrets")
                .hasMessageNotContaining(key);
        assertThat(vault(data, keys).get(SecretVault.SMTP_PASSWORD)).as("the original still opens").contains(SECRET);
    }

    @Test
    void aMissingKeyLosesNoDataAndEnteringASecretAgainStartsANewVaultBesideTheOldOne() throws IOException {
        Path data = dir.resolve("data");
        vault(data, dir.resolve("keys")).put(SecretVault.SMTP_PASSWORD, SECRET);
        Path database = Files.writeString(data.resolve("career-agent.db"), "jobs and resumes");
        byte[] oldVault = Files.readAllBytes(data.resolve(SecretVaults.VAULT_FILE));
        Path elsewhere = dir.resolve("elsewhere/keys");

        SecretVault keyless = vault(data, elsewhere);
        assertThat(keyless.description()).contains("key is missing");
        assertThatThrownBy(() -> keyless.get("openai.key")).isInstanceOf(VaultKeyMissingException.class);
        keyless.delete("openai.key");
        assertThat(data.resolve(SecretVaults.VAULT_FILE)).as("reading and deleting change nothing").hasBinaryContent(oldVault);

        keyless.put(SecretVault.SMTP_PASSWORD, "entered again");
        assertThat(keyless.get(SecretVault.SMTP_PASSWORD)).contains("entered again");
        assertThat(vault(data, elsewhere).get(SecretVault.SMTP_PASSWORD)).contains("entered again");
        assertThat(database).hasContent("jobs and resumes");
        try (Stream<Path> kept = Files.list(data)) {
            Path aside = kept.filter(p -> p.getFileName().toString().startsWith(SecretVaults.VAULT_FILE + ".no-key-"))
                    .findFirst().orElseThrow();
            assertThat(aside).as("the unreadable vault is kept, byte for byte").hasBinaryContent(oldVault);
        }
    }

    @Test
    void anOldLayoutMovesItsKeyOutOfTheDataFolderAndKeepsTheSecrets() throws IOException {
        Path data = dir.resolve("data");
        Path keys = dir.resolve("keys");
        String plainKey = OldLayout.write(data, SecretVault.SMTP_PASSWORD, SECRET);

        assertThat(vault(data, keys).get(SecretVault.SMTP_PASSWORD)).contains(SECRET);

        assertThat(Files.readString(data.resolve(SecretVaults.KEY_FILE))).contains("USER_FILE").doesNotContain(plainKey);
        assertThat(storedKey(keys)).isEqualTo(plainKey);
        assertThat(vault(data, keys).get(SecretVault.SMTP_PASSWORD)).as("and again after the move").contains(SECRET);
    }

    @Test
    void theOldestLayoutABareKeyMovesOutToo() throws IOException {
        Path data = dir.resolve("data");
        Path keys = dir.resolve("keys");
        String plainKey = OldLayout.write(data, "openai.key", SECRET);
        Files.writeString(data.resolve(SecretVaults.KEY_FILE), plainKey + "\n"); // format 1: the Base64 key alone

        assertThat(vault(data, keys).get("openai.key")).contains(SECRET);
        assertThat(Files.readString(data.resolve(SecretVaults.KEY_FILE))).doesNotContain(plainKey);
        assertThat(storedKey(keys)).isEqualTo(plainKey);
    }

    @Test
    void whenTheKeyCannotBeWrittenOutsideTheOldLayoutStaysAndStillOpens() throws IOException {
        Path data = dir.resolve("data");
        String plainKey = OldLayout.write(data, SecretVault.SMTP_PASSWORD, SECRET);
        Path notAFolder = Files.writeString(dir.resolve("keys"), "a file where the key folder should be");

        assertThat(vault(data, notAFolder).get(SecretVault.SMTP_PASSWORD)).contains(SECRET);
        assertThat(Files.readString(data.resolve(SecretVaults.KEY_FILE))).contains(plainKey);
    }

    @Test
    void twoDataFoldersGetTwoKeysAndEachOpensOnlyItsOwn() throws IOException {
        Path keys = dir.resolve("keys");
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        vault(first, keys).put("k", "first secret");
        vault(second, keys).put("k", "second secret");

        List<Path> keyFiles = files(keys);
        assertThat(keyFiles).hasSize(2).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder(UserKeyFolder.nameFor(first), UserKeyFolder.nameFor(second));
        assertThat(Files.readString(keyFiles.get(0))).isNotEqualTo(Files.readString(keyFiles.get(1)));
        assertThat(vault(first, keys).get("k")).contains("first secret");
        assertThat(vault(second, keys).get("k")).contains("second secret");

        Files.copy(second.resolve(SecretVaults.VAULT_FILE), first.resolve(SecretVaults.VAULT_FILE),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> vault(first, keys)).isInstanceOf(SecretVaultException.class).hasMessageContaining("does not match");
    }

    @Test
    void aDataFolderMovedOnTheSameComputerKeepsItsSecretsUnderItsNewName() throws IOException {
        Path keys = dir.resolve("keys");
        Path before = dir.resolve("before");
        vault(before, keys).put("k", SECRET);
        Path after = Files.move(before, dir.resolve("after"));

        assertThat(vault(after, keys).get("k")).contains(SECRET);
        assertThat(Files.readString(after.resolve(SecretVaults.KEY_FILE))).contains(UserKeyFolder.nameFor(after));
        assertThat(keys.resolve(UserKeyFolder.nameFor(after))).exists();
    }

    @Test
    void aLostSecretsKeyFileGetsItsKeyBackFromTheUserFolderInsteadOfANewOne() throws IOException {
        Path data = dir.resolve("data");
        Path keys = dir.resolve("keys");
        vault(data, keys).put("k", SECRET);
        String key = storedKey(keys);
        Files.delete(data.resolve(SecretVaults.KEY_FILE));

        new VaultKeys(data.resolve(SecretVaults.KEY_FILE), Optional::empty, new UserKeyFolder(keys)).openWithoutPassword();

        assertThat(storedKey(keys)).isEqualTo(key);
        assertThat(vault(data, keys).get("k")).contains(SECRET);
    }

    @Test
    void aKeyFileOpenedToOthersIsTightenedOnTheNextRead() throws IOException {
        Path data = dir.resolve("data");
        Path keys = dir.resolve("keys");
        vault(data, keys).put("k", SECRET);
        if (!OwnerOnlyFiles.posix()) {
            return;
        }
        Path keyFile = keys.resolve(UserKeyFolder.nameFor(data));
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(vault(data, keys).get("k")).contains(SECRET);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void aKeyNameOutsideTheKeyFolderIsRefused() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path victim = Files.writeString(dir.resolve("precious.txt"), "not a key");
        Files.writeString(data.resolve(SecretVaults.KEY_FILE), "{\"format\":2,\"wrap\":\"USER_FILE\",\"keyName\":\"../precious.txt\"}");
        VaultKeys keys = new VaultKeys(data.resolve(SecretVaults.KEY_FILE), Optional::empty, new UserKeyFolder(dir.resolve("keys")));

        assertThatThrownBy(keys::openWithoutPassword).isInstanceOf(SecretVaultException.class).hasMessageContaining("names no valid key");
        keys.forget();
        assertThat(victim).hasContent("not a key");
    }

    @Test
    void theLocationSaysWhereTheKeyLivesWithoutTheKey() throws IOException {
        Path data = dir.resolve("data");
        Path keys = dir.resolve("keys");
        String plainKey = OldLayout.write(data, "k", SECRET);
        VaultKeys.Location old = new VaultKeys(data.resolve(SecretVaults.KEY_FILE), Optional::empty, new UserKeyFolder(keys)).location();
        assertThat(old.state()).isEqualTo(VaultKeys.Location.State.IN_DATA_FOLDER);

        vault(data, keys).get("k");
        VaultKeys.Location moved = new VaultKeys(data.resolve(SecretVaults.KEY_FILE), Optional::empty, new UserKeyFolder(keys)).location();
        assertThat(moved.state()).isEqualTo(VaultKeys.Location.State.OK);
        assertThat(moved.where()).contains(keys.resolve(UserKeyFolder.nameFor(data)).toString()).doesNotContain(plainKey);
        Path nested = dir.resolve("nested");
        vault(nested, nested.resolve("keys")).put("k", SECRET);
        VaultKeys.Location inside = new VaultKeys(nested.resolve(SecretVaults.KEY_FILE), Optional::empty,
                new UserKeyFolder(nested.resolve("keys"))).location();
        assertThat(inside.state()).as("a key folder set inside the data folder is pointed out")
                .isEqualTo(VaultKeys.Location.State.IN_DATA_FOLDER);
        VaultKeys.Location elsewhere = new VaultKeys(data.resolve(SecretVaults.KEY_FILE), Optional::empty,
                new UserKeyFolder(dir.resolve("other"))).location();
        assertThat(elsewhere.state()).isEqualTo(VaultKeys.Location.State.MISSING);
        assertThat(elsewhere.where()).contains("copied from another computer");
    }

    @Test
    void theKeyFolderFollowsEachSystemsConventionOutsideItsDefaultDataFolder() {
        for (String os : List.of("Linux", "Mac OS X", "Windows 11")) {
            Map<String, String> env = Map.of("APPDATA", "/c/u/AppData/Roaming");
            assertThat(UserKeyFolder.resolve(env, os, "/c/u").root().startsWith(DataFolder.resolve(null, env, os, "/c/u").root()))
                    .as(os).isFalse();
        }
        assertThat(UserKeyFolder.resolve(Map.of("XDG_CONFIG_HOME", "/x/config"), "Linux", "/home/u").root())
                .isEqualTo(Path.of("/x/config/career-agent/keys"));
        assertThat(UserKeyFolder.resolve(Map.of(), "Linux", "/home/u").root()).isEqualTo(Path.of("/home/u/.config/career-agent/keys"));
        assertThat(UserKeyFolder.resolve(Map.of(), "Mac OS X", "/Users/u").root())
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Career Agent Keys"));
        assertThat(UserKeyFolder.resolve(Map.of("LOCALAPPDATA", "/c/Local"), "Windows 11", "/c/u").root())
                .isEqualTo(Path.of("/c/Local/Career Agent/keys"));
    }
}
