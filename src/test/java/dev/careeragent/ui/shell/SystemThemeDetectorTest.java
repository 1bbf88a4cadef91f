package dev.careeragent.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemThemeDetectorTest {

    private final List<List<String>> asked = new ArrayList<>();

    private SystemThemeDetector.CommandRunner answering(Map<String, String> byLastArgument) {
        return command -> {
            asked.add(command);
            return Optional.ofNullable(byLastArgument.get(command.get(command.size() - 1)));
        };
    }

    @Test
    void gnomeColorSchemeOrGtkThemeNameMeansDark() {
        assertThat(new SystemThemeDetector("Linux", Map.of(),
                answering(Map.of("color-scheme", "'prefer-dark'"))).prefersDark()).isTrue();
        assertThat(new SystemThemeDetector("Linux", Map.of(),
                answering(Map.of("color-scheme", "'default'", "gtk-theme", "'Adwaita-dark'"))).prefersDark()).isTrue();
        assertThat(new SystemThemeDetector("Linux", Map.of("GTK_THEME", "Arc-Dark"), answering(Map.of())).prefersDark()).isTrue();
        assertThat(new SystemThemeDetector("Linux", Map.of(),
                answering(Map.of("color-scheme", "'default'", "gtk-theme", "'Adwaita'"))).prefersDark()).isFalse();
    }

    @Test
    void macAndWindowsAreAskedTheirOwnWay() {
        assertThat(new SystemThemeDetector("Mac OS X", Map.of(), answering(Map.of("AppleInterfaceStyle", "Dark\n"))).prefersDark()).isTrue();
        assertThat(new SystemThemeDetector("Mac OS X", Map.of(), answering(Map.of())).prefersDark())
                .as("the key is missing in light mode").isFalse();
        assertThat(new SystemThemeDetector("Windows 11", Map.of(),
                answering(Map.of("AppsUseLightTheme", "    AppsUseLightTheme    REG_DWORD    0x0"))).prefersDark()).isTrue();
        assertThat(new SystemThemeDetector("Windows 11", Map.of(),
                answering(Map.of("AppsUseLightTheme", "    AppsUseLightTheme    REG_DWORD    0x1"))).prefersDark()).isFalse();
    }

    @Test
    void noAnswerMeansLight() {
        assertThat(new SystemThemeDetector("Linux", Map.of(), answering(Map.of())).prefersDark()).isFalse();
        assertThat(asked).hasSize(2);
    }
}
