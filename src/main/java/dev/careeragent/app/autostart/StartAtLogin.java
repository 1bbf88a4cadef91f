package dev.careeragent.app.autostart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Start at login" through each OS's per-user mechanism, with no admin rights: a desktop entry in
 * ~/.config/autostart (Linux, XDG), a .cmd in the Startup folder (Windows), a LaunchAgent plist (macOS).
 */
public final class StartAtLogin {

    private static final Logger LOG = LoggerFactory.getLogger(StartAtLogin.class);
    static final String MAIN_CLASS = "dev.careeragent.app.Launcher";

    /** The operating systems with a start-at-login mechanism here. */
    public enum Os { LINUX, WINDOWS, MAC }

    private final Os os;
    private final Path home;
    private final Map<String, String> env;
    private final List<String> command;

    /** @param command the program and arguments that start the app */
    public StartAtLogin(Os os, Path home, Map<String, String> env, List<String> command) {
        this.os = os;
        this.home = home;
        this.env = Map.copyOf(env);
        this.command = List.copyOf(command);
    }

    public static StartAtLogin forThisMachine() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Os os = name.contains("win") ? Os.WINDOWS : name.contains("mac") ? Os.MAC : Os.LINUX;
        return new StartAtLogin(os, Paths.get(System.getProperty("user.home")), System.getenv(), thisAppCommand());
    }

    /** The installed launcher when run from a jpackage image; else this JVM with its class path. */
    static List<String> thisAppCommand() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null && !launcher.isBlank()) {
            return List.of(launcher);
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"), MAIN_CLASS);
    }

    /** The file that makes the app start at login. */
    public Path entryFile() {
        return switch (os) {
            case LINUX -> Paths.get(env.getOrDefault("XDG_CONFIG_HOME", home.resolve(".config").toString()))
                    .resolve("autostart").resolve("career-agent.desktop");
            case WINDOWS -> Paths.get(env.getOrDefault("APPDATA", home.resolve("AppData").resolve("Roaming").toString()))
                    .resolve("Microsoft").resolve("Windows").resolve("Start Menu").resolve("Programs").resolve("Startup")
                    .resolve("career-agent.cmd");
            case MAC -> home.resolve("Library").resolve("LaunchAgents").resolve("dev.careeragent.app.plist");
        };
    }

    public boolean isEnabled() {
        return Files.exists(entryFile());
    }

    /** Writes or removes the entry. */
    public void apply(boolean enabled) throws IOException {
        Path file = entryFile();
        if (!enabled) {
            if (Files.deleteIfExists(file)) {
                LOG.info("Career Agent no longer starts at login (removed {})", file);
            }
            return;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, content());
        LOG.info("Career Agent starts at login ({})", file);
    }

    String content() {
        return switch (os) {
            case LINUX -> String.join("\n", "[Desktop Entry]", "Type=Application", "Name=Career Agent",
                    "Comment=Keeps looking for jobs in the background", "Exec=" + desktopExec(),
                    "X-GNOME-Autostart-enabled=true", "Terminal=false", "");
            case WINDOWS -> "@echo off\r\nstart \"\" " + command.stream().map(StartAtLogin::cmdQuote)
                    .collect(Collectors.joining(" ")) + "\r\n";
            case MAC -> plist();
        };
    }

    /** Desktop Entry spec: arguments with reserved characters in double quotes, with ", `, $ and \ escaped. */
    private String desktopExec() {
        return command.stream().map(arg -> arg.matches("[A-Za-z0-9_./:=+,-]+") ? arg
                : "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`").replace("$", "\\$") + "\"")
                .map(arg -> arg.replace("%", "%%"))
                .collect(Collectors.joining(" "));
    }

    private static String cmdQuote(String arg) {
        return "\"" + arg.replace("\"", "\"\"").replace("%", "%%") + "\"";
    }

    private String plist() {
        List<String> lines = new ArrayList<>(List.of("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">",
                "<plist version=\"1.0\">", "<dict>", "  <key>Label</key>", "  <string>dev.careeragent.app</string>",
                "  <key>ProgramArguments</key>", "  <array>"));
        command.forEach(arg -> lines.add("    <string>" + xml(arg) + "</string>"));
        lines.addAll(List.of("  </array>", "  <key>RunAtLoad</key>", "  <true/>", "</dict>", "</plist>", ""));
        return String.join("\n", lines);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
