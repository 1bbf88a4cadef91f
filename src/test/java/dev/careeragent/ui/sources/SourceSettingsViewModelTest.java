package dev.careeragent.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.sources.fetch.SourcePolicy;
import dev.careeragent.sources.search.SourceSettingsService;
import dev.careeragent.sources.settings.SourceSettings;
import dev.careeragent.testing.KeyringOff;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.jobs.SourceHealthItem;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Settings > Job sources on real services (settings file, vault, source health), without the FX thread. */
@ExtendWith(KeyringOff.class)
class SourceSettingsViewModelTest {

    private static final String PASSWORD = "Vm4-unique-proxy-secret";

    @TempDir
    Path dir;

    private AppContext context;
    private SourceSettingsViewModel model;

    @BeforeEach
    void open() {
        context = TestApp.open(dir, new CurrentThreadTaskExecutor());
        model = new SourceSettingsViewModel(context.jobSearch(), context.tasks(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private SourceToggle source(String id) {
        return model.sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theSavedValuesAreShownAndEverythingButTheProxyPasswordGoesToTheSettingsFile() throws Exception {
        assertThat(model.archiveDaysProperty().get()).isEqualTo("30");
        assertThat(model.delayMinProperty().get()).isEqualTo("3");
        assertThat(model.delayMaxProperty().get()).isEqualTo("7");
        assertThat(model.sources()).filteredOn(s -> s.enabled().get()).extracting(SourceToggle::id)
                .containsExactlyInAnyOrderElementsOf(SourceSettings.DEFAULT_SOURCES);

        source("arbeitnow").enabled().set(false);
        source("greenhouse").enabled().set(true);
        model.boardsProperty("greenhouse").set("acme, globex  acme");
        model.archiveDaysProperty().set("45");
        model.delayMinProperty().set("5");
        model.delayMaxProperty().set("9");
        model.proxyEnabledProperty().set(true);
        model.proxyHostProperty().set("proxy.local");
        model.proxyPortProperty().set("3128");
        model.proxyUserProperty().set("seeker");
        model.proxyPasswordProperty().set(PASSWORD);
        model.browserPathProperty().set("/opt/chromium/chrome");
        model.save();

        assertThat(model.statusProperty().get()).isEqualTo("Saved.");
        assertThat(model.proxyPasswordProperty().get()).as("the field is cleared").isEmpty();
        assertThat(model.proxyPasswordSavedProperty().get()).isTrue();
        SourceSettings saved = context.settings().get(SourceSettings.KEY);
        assertThat(saved.enabledSources()).contains("greenhouse").doesNotContain("arbeitnow");
        assertThat(saved.boardsOf("greenhouse")).containsExactly("acme", "globex");
        assertThat(saved.staleAfterDays()).isEqualTo(45);
        assertThat(saved.pageDelay().minSeconds()).isEqualTo(5);
        assertThat(saved.pageDelay().maxSeconds()).isEqualTo(9);
        assertThat(saved.proxyServer().inUse()).isTrue();
        assertThat(context.settings().get(SourceSettings.BROWSER_PATH)).isEqualTo("/opt/chromium/chrome");
        assertThat(context.agent().vault().get(SourceSettingsService.PROXY_PASSWORD)).contains(PASSWORD);
        assertThat(context.jobSearch().settings().proxy().password()).isEqualTo(PASSWORD);
        assertThat(Files.readString(dir.resolve("settings.json"))).contains("proxy.local").doesNotContain(PASSWORD);
    }

    @Test
    void linkedInTurnsOnOnlyAfterItsTermsNoticeIsAcknowledged() {
        assertThat(source("linkedin").notice()).containsIgnoringCase("terms");
        source("linkedin").enabled().set(true);
        model.save();

        assertThat(model.statusOkProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).contains("I understand");
        assertThat(context.settings().get(SourceSettings.KEY).enabledSources()).doesNotContain("linkedin");

        model.linkedInAcceptedProperty().set(true);
        source("linkedin").enabled().set(true);
        model.save();
        assertThat(context.settings().get(SourceSettings.KEY).linkedInOptIn()).isTrue();
        assertThat(context.settings().get(SourceSettings.KEY).enabledSources()).contains("linkedin");

        model.linkedInAcceptedProperty().set(false);
        assertThat(source("linkedin").enabled().get()).as("withdrawing consent switches it off").isFalse();
    }

    @Test
    void impossibleValuesAreExplainedAndNothingIsSaved() {
        model.delayMinProperty().set("10");
        model.delayMaxProperty().set("2");
        model.save();
        assertThat(model.statusProperty().get()).contains("shorter than the shortest");

        model.delayMaxProperty().set("12");
        model.proxyEnabledProperty().set(true);
        model.proxyPortProperty().set("3128");
        model.save();
        assertThat(model.statusProperty().get()).contains("proxy's host name");

        model.proxyHostProperty().set("proxy.local");
        model.proxyPortProperty().set("99999");
        model.save();
        assertThat(model.statusProperty().get()).isEqualTo("The proxy port must be a whole number from 1 to 65535.");
        assertThat(context.settings().get(SourceSettings.KEY).pageDelay().minSeconds()).isEqualTo(3);
    }

    @Test
    void aPausedSourceShowsUntilWhenAndResumeNowEndsThePause() {
        SourcePolicy indeed = SourcePolicy.jobBoard("indeed", "Indeed", URI.create("https://www.indeed.com/"));
        context.politeness().health().pause(indeed, "it showed a CAPTCHA");
        model.refreshHealth();
        SourceHealthItem paused = healthOf("indeed");
        assertThat(paused.paused()).isTrue();
        assertThat(paused.pausedUntil()).isNotEqualTo("-");
        assertThat(paused.lastError()).contains("CAPTCHA");

        model.resume("indeed");

        assertThat(healthOf("indeed").paused()).isFalse();
        assertThat(context.politeness().health().pausedNow("indeed")).isEmpty();
    }

    private SourceHealthItem healthOf(String id) {
        List<SourceHealthItem> items = model.health();
        return items.stream().filter(h -> h.sourceId().equals(id)).findFirst().orElseThrow();
    }
}
