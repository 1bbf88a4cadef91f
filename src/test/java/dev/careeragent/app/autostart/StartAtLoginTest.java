package dev.careeragent.app.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-at-login entry each OS gets, written into a temporary home folder. */
class StartAtLoginTest {

    private static final List<String> COMMAND = List.of("/opt/Career Agent/bin/java", "-cp", "/opt/app/lib/*", StartAtLogin.MAIN_CLASS);

    @TempDir
    Path home;

    @Test
    void linuxWritesAnXdgAutostartDesktopEntryAndRemovesIt() throws Exception {
        StartAtLogin autostart = new StartAtLogin(StartAtLogin.Os.LINUX, home, Map.of(), COMMAND);
        assertThat(autostart.isEnabled()).isFalse();
        autostart.apply(true);
        Path entry = home.resolve(".config/autostart/career-agent.desktop");
        assertThat(autostart.entryFile()).isEqualTo(entry);
        assertThat(Files.readAllLines(entry)).startsWith("[Desktop Entry]", "Type=Application", "Name=Career Agent")
                .contains("Exec=\"/opt/Career Agent/bin/java\" -cp \"/opt/app/lib/*\" dev.careeragent.app.Launcher");
        assertThat(autostart.isEnabled()).isTrue();
        autostart.apply(false);
        assertThat(entry).doesNotExist();
        assertThat(autostart.isEnabled()).isFalse();
    }

    @Test
    void linuxHonoursXdgConfigHome() throws Exception {
        Path config = home.resolve("elsewhere");
        StartAtLogin autostart = new StartAtLogin(StartAtLogin.Os.LINUX, home, Map.of("XDG_CONFIG_HOME", config.toString()), COMMAND);
        autostart.apply(true);
        assertThat(config.resolve("autostart/career-agent.desktop")).exists();
    }

    @Test
    void windowsWritesACmdIntoTheStartupFolder() throws Exception {
        Path appData = home.resolve("AppData/Roaming");
        StartAtLogin autostart = new StartAtLogin(StartAtLogin.Os.WINDOWS, home, Map.of("APPDATA", appData.toString()),
                List.of("C:\\Program Files\\Career Agent\\Career Agent.exe"));
        autostart.apply(true);
        Path cmd = appData.resolve("Microsoft/Windows/Start Menu/Programs/Startup/career-agent.cmd");
        assertThat(Files.readString(cmd)).isEqualTo("@echo off\r\nstart \"\" \"C:\\Program Files\\Career Agent\\Career Agent.exe\"\r\n");
    }

    @Test
    void macOsWritesALaunchAgentThatRunsAtLoad() throws Exception {
        StartAtLogin autostart = new StartAtLogin(StartAtLogin.Os.MAC, home, Map.of(),
                List.of("/Applications/Career Agent.app/Contents/MacOS/Career Agent"));
        autostart.apply(true);
        String plist = Files.readString(home.resolve("Library/LaunchAgents/dev.careeragent.app.plist"));
        assertThat(plist).contains("<key>Label</key>", "<string>dev.careeragent.app</string>",
                "<string>/Applications/Career Agent.app/Contents/MacOS/Career Agent</string>", "<key>RunAtLoad</key>", "<true/>");
    }
}
