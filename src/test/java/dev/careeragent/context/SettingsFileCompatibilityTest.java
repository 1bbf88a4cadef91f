package dev.careeragent.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careeragent.ai.LlmSettings;
import dev.careeragent.clip.ClipSettings;
import dev.careeragent.core.log.LogSetup;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.notify.settings.MessageRule;
import dev.careeragent.notify.settings.NotificationSettings;
import dev.careeragent.notify.settings.SmtpSecurity;
import dev.careeragent.notify.settings.SmtpSettings;
import dev.careeragent.sources.settings.DelayRange;
import dev.careeragent.sources.settings.ProxyServer;
import dev.careeragent.sources.settings.SourceSettings;
import dev.careeragent.ui.desktop.DesktopSettings;
import dev.careeragent.ui.desktop.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A settings file written before each feature owned its part (the fixture was saved by that version's
 * {@code AppSettings}, every section filled) still loads with the same values; missing and unknown fields keep
 * defaults; and a save keeps the old layout, so the previous version can still read the file.
 */
class SettingsFileCompatibilityTest {

    private static final String FIXTURE = "/settings/settings-before-split.json";
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void anOldSettingsFileLoadsWithEveryValueItHad() throws IOException {
        SettingsStore store = new SettingsStore(copyOfFixture());

        assertThat(store.get(Theme.KEY)).isEqualTo(Theme.DARK);
        assertThat(store.get(LogSetup.LEVEL)).isEqualTo("DEBUG");
        assertThat(store.get(SourceSettings.BROWSER_PATH)).isEqualTo("/opt/chromium/chrome");
        assertThat(store.get(LlmSettings.KEY)).isEqualTo(new LlmSettings("ollama", "http://127.0.0.1:11434", "llama3.2:3b"));
        assertThat(store.get(DesktopSettings.KEY)).isEqualTo(new DesktopSettings(false, true, true));
        assertThat(store.get(ClipSettings.KEY)).isEqualTo(new ClipSettings(false, 48_000));

        NotificationSettings n = store.get(NotificationSettings.KEY);
        assertThat(n.smtp()).isEqualTo(new SmtpSettings("smtp.example.org", 2525, SmtpSecurity.SSL, "mailer",
                "me@example.org", "inbox@example.org", false));
        assertThat(n.tray()).isEqualTo(new MessageRule(false, 65, null, null, null));
        assertThat(n.highMatchEmail()).isEqualTo(new MessageRule(true, 91, null, "22:00", "07:00"));
        assertThat(n.digest()).isEqualTo(new MessageRule(true, 80, "06:45", "22:00", "07:00"));
        assertThat(n.statusUpdates()).isEqualTo(new MessageRule(false, 80, null, null, null));
        assertThat(n.interviewReminders()).isEqualTo(new MessageRule(true, 80, null, "23:00", "06:00"));
        assertThat(n.followUps()).isEqualTo(new MessageRule(true, 50, null, null, null));
        assertThat(n.followUpAfterDays()).isEqualTo(12);

        SourceSettings s = store.get(SourceSettings.KEY);
        assertThat(s.baseUrls()).isEqualTo(Map.of("remoteok", "http://127.0.0.1:8123/remoteok",
                "remotive", "https://mirror.example.org/remotive"));
        assertThat(s.enabledSources()).containsExactly("remoteok", "greenhouse", "linkedin");
        assertThat(s.linkedInOptIn()).isTrue();
        assertThat(s.companyBoards()).isEqualTo(Map.of("greenhouse", List.of("acme", "globex"), "lever", List.of("initech")));
        assertThat(s.proxyServer()).isEqualTo(new ProxyServer(true, "proxy.local", 3128, "proxyuser"));
        assertThat(s.pageDelay()).isEqualTo(new DelayRange(4, 9));
        assertThat(s.staleAfterDays()).isEqualTo(45);
    }

    @Test
    void savingOnePartKeepsTheOldLayoutAndEveryOtherValue() throws IOException {
        Path file = copyOfFixture();
        JsonNode before = json.readTree(file.toFile());

        new SettingsStore(file).put(Theme.KEY, Theme.LIGHT);

        ObjectNode expected = before.deepCopy();
        expected.put("theme", "LIGHT");
        JsonNode after = json.readTree(file.toFile());
        assertThat(after).isEqualTo(expected);
    }

    @Test
    void missingFieldsAndPartsGetDefaultsAndUnknownOnesAreKept() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, """
                { "theme": "PURPLE",
                  "notifications": { "smtp": { "host": "mail.local", "futureOption": 1 }, "digest": { "sendAt": "09:15" } },
                  "sources": { "enabledSources": ["remoteok"], "somethingNew": true },
                  "aFeatureOfANewerVersion": { "level": 3 } }
                """);
        SettingsStore store = new SettingsStore(file);

        assertThat(store.get(Theme.KEY)).isEqualTo(Theme.SYSTEM);
        assertThat(store.get(LogSetup.LEVEL)).isEqualTo("INFO");
        assertThat(store.get(LlmSettings.KEY)).isEqualTo(LlmSettings.defaults());
        assertThat(store.get(DesktopSettings.KEY)).isEqualTo(DesktopSettings.defaults());
        assertThat(store.get(ClipSettings.KEY)).isEqualTo(ClipSettings.defaults());
        NotificationSettings n = store.get(NotificationSettings.KEY);
        assertThat(n.smtp()).isEqualTo(new SmtpSettings("mail.local", 587, SmtpSecurity.STARTTLS, null, null, null, false));
        assertThat(n.digest()).isEqualTo(new MessageRule(true, MessageRule.DEFAULT_THRESHOLD, "09:15", null, null));
        assertThat(n.tray()).isEqualTo(MessageRule.on());
        assertThat(n.followUpAfterDays()).isEqualTo(NotificationSettings.DEFAULT_FOLLOW_UP_DAYS);
        SourceSettings s = store.get(SourceSettings.KEY);
        assertThat(s.enabledSources()).containsExactly("remoteok");
        assertThat(s).isEqualTo(SourceSettings.defaults().toBuilder().enabledSources(List.of("remoteok")).build());

        store.put(ClipSettings.KEY, new ClipSettings(true, 50_000));
        assertThat(json.readTree(file.toFile()).get("aFeatureOfANewerVersion").get("level").asInt()).isEqualTo(3);
        assertThat(new SettingsStore(file).get(ClipSettings.KEY).port()).isEqualTo(50_000);
    }

    @Test
    void aPartThatCannotBeReadFallsBackAloneAndTheOthersKeepTheirValues() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, """
                { "theme": "DARK", "notifications": { "tray": { "threshold": 500 } }, "clip": { "port": 50001 } }
                """);
        SettingsStore store = new SettingsStore(file);

        assertThat(store.get(NotificationSettings.KEY)).isEqualTo(NotificationSettings.defaults());
        assertThat(store.get(Theme.KEY)).isEqualTo(Theme.DARK);
        assertThat(store.get(ClipSettings.KEY).port()).isEqualTo(50_001);
        assertThat(file).exists(); // not moved aside: only a file that is not JSON at all is
    }

    @Test
    void aListenerHearsOnlyOfItsOwnPart() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        List<Theme> heard = new java.util.ArrayList<>();
        store.addListener(Theme.KEY, heard::add);

        store.put(ClipSettings.KEY, new ClipSettings(false, 50_002));
        store.put(Theme.KEY, Theme.DARK);
        store.put(Theme.KEY, Theme.DARK);

        assertThat(heard).containsExactly(Theme.DARK);
    }

    private Path copyOfFixture() throws IOException {
        Path file = dir.resolve("settings.json");
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            Files.copy(in, file);
        }
        return file;
    }
}
