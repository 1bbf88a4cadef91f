package dev.careeragent.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional app lock: a master password that wraps the secret vault's data key, so a copied data folder
 * reveals no secret. With it set the app opens locked; unlocking unwraps the key, which then stays in memory
 * while the app runs (background searches and e-mail keep working when the window is locked again).
 * After {@value #FREE_TRIES} wrong passwords each further try waits twice as long as the last (up to 5 minutes).
 */
public final class AppLock {

    private static final Logger LOG = LoggerFactory.getLogger(AppLock.class);
    public static final int FREE_TRIES = 3;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    public static final int DEFAULT_IDLE_MINUTES = 10;
    static final String SETTINGS_FILE = "app-lock.properties";

    /** What an unlock try did: unlocked, or why not and how long to wait before the next try. */
    public record Attempt(boolean unlocked, String message, Duration retryAfter) {
        static Attempt ok() {
            return new Attempt(true, "", Duration.ZERO);
        }
    }

    private final VaultKeys keys;
    private final Path vaultFile;
    private final Clock clock;
    private SecretKey key;
    private boolean locked;
    private int failures;
    private Instant nextTry = Instant.MIN;

    public AppLock(Path dataFolder, Supplier<Optional<SecretVault>> keychain, Clock clock) {
        this(new VaultKeys(dataFolder.resolve(SecretVaults.KEY_FILE), keychain), dataFolder.resolve(SecretVaults.VAULT_FILE), clock);
    }

    AppLock(VaultKeys keys, Path vaultFile, Clock clock) {
        this.keys = keys;
        this.vaultFile = vaultFile;
        this.clock = clock;
        this.locked = keys.passwordProtected();
    }

    public synchronized boolean passwordSet() {
        return keys.passwordProtected();
    }

    public synchronized boolean locked() {
        return locked;
    }

    /** Locks the window again (only when a password is set). */
    public synchronized void lock() {
        if (passwordSet()) {
            locked = true;
            LOG.info("Career Agent locked");
        }
    }

    public synchronized Attempt unlock(char[] password) {
        Instant now = clock.instant();
        if (now.isBefore(nextTry)) {
            Duration wait = Duration.between(now, nextTry);
            return new Attempt(false, "Too many wrong passwords. Try again in " + seconds(wait) + ".", wait);
        }
        try {
            key = keys.openWithPassword(password);
            locked = false;
            failures = 0;
            nextTry = Instant.MIN;
            LOG.info("Career Agent unlocked");
            return Attempt.ok();
        } catch (VaultKeys.WrongPasswordException e) {
            failures++;
            LOG.warn("Wrong app-lock password ({} in a row)", failures);
            if (failures < FREE_TRIES) {
                return new Attempt(false, "The password is not correct.", Duration.ZERO);
            }
            long factor = 1L << Math.min(failures - FREE_TRIES, 16);
            Duration wait = Duration.ofSeconds(factor).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : Duration.ofSeconds(factor);
            nextTry = now.plus(wait);
            return new Attempt(false, "The password is not correct. Try again in " + seconds(wait) + ".", wait);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The vault's data key: unwrapped at unlock when a password is set, else from the keychain or key file. */
    public synchronized SecretKey vaultKey() {
        if (!passwordSet()) {
            return keys.openWithoutPassword();
        }
        if (key == null) {
            throw new SecretVaultException("Career Agent is locked. Open the app and unlock it to use your saved secrets.");
        }
        return key;
    }

    /**
     * Sets or changes the password: the same data key is wrapped by the new password (the vault is untouched).
     * @param current the present password, ignored when none is set
     */
    public synchronized void setPassword(char[] current, char[] replacement) {
        SecretKey dataKey = passwordSet() ? keys.openWithPassword(current) : keys.openWithoutPassword();
        keys.protectWithPassword(dataKey, replacement);
        key = dataKey;
        locked = false;
    }

    /** Turns the lock off: the key goes back to the keychain (or the owner-only file). */
    public synchronized void removePassword(char[] current) {
        keys.removePassword(keys.openWithPassword(current));
        key = null;
        locked = false;
    }

    /**
     * For a forgotten password: deletes the wrapped key and the secrets it protected (they cannot be read without
     * it); jobs, resumes, applications and settings are kept. Secrets must be entered again.
     */
    public synchronized void forgetPassword() throws IOException {
        keys.forget();
        Files.deleteIfExists(vaultFile);
        key = null;
        locked = false;
        failures = 0;
        nextTry = Instant.MIN;
        LOG.warn("App-lock password forgotten: the saved secrets were deleted; all other data is kept");
    }

    /** What {@link #forgetPassword()} loses and keeps, for the confirmation dialog. */
    public static String forgetConsequences() {
        return "Without the password your saved secrets (e-mail password, API keys) cannot be read: they will be "
                + "deleted and you will enter them again. Your jobs, resumes, applications, searches and settings are kept.";
    }

    /** Minutes without input before the window locks itself; 0 never. Kept in {@value #SETTINGS_FILE}. */
    public synchronized int idleMinutes() {
        Properties stored = new Properties();
        Path file = settingsFile();
        if (Files.exists(file)) {
            try (var in = Files.newInputStream(file)) {
                stored.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Could not read {}; using {} idle minutes", file, DEFAULT_IDLE_MINUTES, e);
            }
        }
        try {
            return Math.max(0, Integer.parseInt(stored.getProperty("idleMinutes", String.valueOf(DEFAULT_IDLE_MINUTES)).trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE_MINUTES;
        }
    }

    public synchronized void setIdleMinutes(int minutes) throws IOException {
        Properties stored = new Properties();
        stored.setProperty("idleMinutes", String.valueOf(Math.max(0, minutes)));
        java.io.StringWriter text = new java.io.StringWriter();
        stored.store(text, "Career Agent app lock");
        OwnerOnlyFiles.writeAtomically(settingsFile(), text.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private Path settingsFile() {
        return vaultFile.resolveSibling(SETTINGS_FILE);
    }

    private static String seconds(Duration wait) {
        long s = Math.max(1, (wait.toMillis() + 999) / 1000);
        return s + (s == 1 ? " second" : " seconds");
    }
}
