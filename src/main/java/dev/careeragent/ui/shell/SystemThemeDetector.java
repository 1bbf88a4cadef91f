package dev.careeragent.ui.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Best-effort guess whether the OS prefers a dark theme: GTK/GNOME settings on Linux, the global
 * AppleInterfaceStyle on macOS, AppsUseLightTheme in the Windows registry. Anything unknown means light.
 * Runs processes, so call it off the FX thread.
 */
public final class SystemThemeDetector {

    /** Runs a command and returns its output, or empty when it failed or took too long. */
    @FunctionalInterface
    public interface CommandRunner {
        Optional<String> run(List<String> command);
    }

    private final String osName;
    private final Map<String, String> env;
    private final CommandRunner commands;

    public SystemThemeDetector(String osName, Map<String, String> env, CommandRunner commands) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.env = env;
        this.commands = commands;
    }

    public static SystemThemeDetector forThisMachine() {
        return new SystemThemeDetector(System.getProperty("os.name"), System.getenv(), SystemThemeDetector::runProcess);
    }

    public boolean prefersDark() {
        if (osName.contains("win")) {
            return commands.run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(out -> out.contains("0x0")).orElse(false);
        }
        if (osName.contains("mac")) {
            return commands.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
        }
        if (containsDark(env.get("GTK_THEME"))) {
            return true;
        }
        Optional<String> scheme = commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.isPresent() && scheme.get().contains("prefer-dark")) {
            return true;
        }
        return commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(SystemThemeDetector::containsDark).orElse(false);
    }

    private static boolean containsDark(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).contains("dark");
    }

    private static Optional<String> runProcess(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
