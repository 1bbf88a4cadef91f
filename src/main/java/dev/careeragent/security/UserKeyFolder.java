package dev.careeragent.security;

import dev.careeragent.core.guard.OwnerOnly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the vault's data key lives when neither the OS keychain nor an app-lock password protects it: the user's own
 * config folder, outside every data folder, one owner-only file per data folder named by a hash of its real path.
 * A copied data folder therefore carries nothing that opens its secrets. Linux {@code $XDG_CONFIG_HOME/career-agent/keys}
 * (else {@code ~/.config}), Windows {@code %LOCALAPPDATA%\Career Agent\keys} (not roaming), macOS
 * {@code ~/Library/Application Support/Career Agent Keys}; the system property {@value #PROPERTY} overrides it (tests).
 */
public record UserKeyFolder(Path root) {

    public static final String PROPERTY = "careeragent.keys.dir";
    private static final Pattern KEY_NAME = Pattern.compile("[0-9a-f]{64}\\.key");

    public UserKeyFolder {
        root = root.toAbsolutePath().normalize();
    }

    public static UserKeyFolder forThisUser() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return new UserKeyFolder(Path.of(override));
        }
        return resolve(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static UserKeyFolder resolve(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return new UserKeyFolder(base.resolve("Career Agent").resolve("keys"));
        }
        if (os.contains("mac")) {
            return new UserKeyFolder(home.resolve("Library").resolve("Application Support").resolve("Career Agent Keys"));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return new UserKeyFolder(base.resolve("career-agent").resolve("keys"));
    }

    /** The key file's name for {@code dataFolder}: a SHA-256 of its real path, so two data folders get two keys. */
    public static String nameFor(Path dataFolder) {
        Path real;
        try {
            real = dataFolder.toRealPath();
        } catch (IOException e) {
            real = dataFolder.toAbsolutePath().normalize();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash) + ".key";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    /**
     * The file a stored name points to; empty for anything but a name this class makes (the name comes from the
     * data folder, which may be someone else's copy: it must never reach a file outside this folder).
     */
    Optional<Path> file(String name) {
        return name != null && KEY_NAME.matcher(name).matches() ? Optional.of(root.resolve(name)) : Optional.empty();
    }

    /** Writes {@code content} atomically as an owner-only file, in an owner-only folder. */
    void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(root);
        OwnerOnly.restrict(root);
        OwnerOnlyFiles.writeAtomically(file, content);
        OwnerOnly.restrict(file);
    }
}
