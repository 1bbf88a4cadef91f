package dev.careeragent.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's data lives: {@code --data-dir}, else {@code CAREER_AGENT_HOME}, else the per-user
 * data folder of the OS (Linux {@code $XDG_DATA_HOME/career-agent}, Windows {@code %APPDATA%\Career Agent},
 * macOS {@code ~/Library/Application Support/Career Agent}).
 */
public record DataFolder(Path root) {

    public static final String ENV_HOME = "CAREER_AGENT_HOME";

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    public static DataFolder resolve(Path commandLineDir, Map<String, String> env, String osName, String userHome) {
        if (commandLineDir != null) {
            return new DataFolder(commandLineDir);
        }
        String override = env.get(ENV_HOME);
        if (override != null && !override.isBlank()) {
            return new DataFolder(Path.of(override));
        }
        return new DataFolder(osDefault(env, osName.toLowerCase(Locale.ROOT), Path.of(userHome)));
    }

    public static DataFolder resolveForThisMachine(Path commandLineDir) {
        return resolve(commandLineDir, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    private static Path osDefault(Map<String, String> env, String os, Path home) {
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Career Agent");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Career Agent");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("career-agent");
    }

    public Path database() {
        return root.resolve("career-agent.db");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path settingsFile() {
        return root.resolve("settings.json");
    }

    public Path instanceLock() {
        return root.resolve("instance.lock");
    }

    public Path instancePort() {
        return root.resolve("instance.port");
    }
}
