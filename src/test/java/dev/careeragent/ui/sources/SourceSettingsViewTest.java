package dev.careeragent.ui.sources;

import static dev.careeragent.testing.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.sources.fetch.SourcePolicy;
import dev.careeragent.sources.search.SourceSettingsService;
import dev.careeragent.sources.settings.SourceSettings;
import dev.careeragent.testing.KeyringOff;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.PageScroll;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.shell.MainWindow;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings > Job sources in the real window: LinkedIn's notice gates it, the proxy password goes to the vault. */
@Tag("ui")
@ExtendWith({KeyringOff.class, ApplicationExtension.class})
class SourceSettingsViewTest {

    private static final String PASSWORD = "Ui8-unique-proxy-secret";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private AppContext context;

    @Start
    void start(Stage stage) {
        context = TestApp.open(dir.resolve("data"), new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        context.politeness().health().pause(SourcePolicy.jobBoard("glassdoor", "Glassdoor",
                URI.create("https://www.glassdoor.com/")), "it showed a login wall");
        MainWindow window = new MainWindow(stage, TestApp.services(context));
        window.addSettingsSection("Job sources", new SourceSettingsView(new SourceSettingsViewModel(context.jobSearch(),
                context.tasks(), Clock.systemUTC())));
        window.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void linkedInNeedsTheNoticeAcknowledgedAndTheProxyPasswordIsOnlyInTheVault(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        CheckBox linkedIn = robot.lookup("#source-linkedin").queryAs(CheckBox.class);
        assertThat(linkedIn.isDisabled()).as("off until the notice is acknowledged").isTrue();
        PageScroll.clickOn(robot, "#accept-linkedin");
        assertThat(linkedIn.isDisabled()).isFalse();
        PageScroll.clickOn(robot, "#source-linkedin");
        PageScroll.clickOn(robot, "#proxy-enabled");
        robot.interact(() -> {
            robot.lookup("#proxy-host").queryAs(TextField.class).setText("127.0.0.1");
            robot.lookup("#proxy-port").queryAs(TextField.class).setText("3128");
            robot.lookup("#proxy-user").queryAs(TextField.class).setText("seeker");
            robot.lookup("#boards-lever").queryAs(TextField.class).setText("acme");
        });
        PageScroll.into(robot, "#proxy-password");
        robot.write(PASSWORD);
        PageScroll.clickOn(robot, "#save-sources");
        waitUntil("saved", WAIT, () -> "Saved.".equals(robot.lookup("#sources-status").queryAs(Label.class).getText()));

        SourceSettings saved = context.settings().get(SourceSettings.KEY);
        assertThat(saved.linkedInOptIn()).isTrue();
        assertThat(saved.enabledSources()).contains("linkedin");
        assertThat(saved.boardsOf("lever")).containsExactly("acme");
        assertThat(saved.proxyServer().host()).isEqualTo("127.0.0.1");
        assertThat(robot.lookup("#proxy-password").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(context.agent().vault().get(SourceSettingsService.PROXY_PASSWORD)).contains(PASSWORD);
        assertThat(Files.readString(dir.resolve("data/settings.json"))).contains("seeker").doesNotContain(PASSWORD);
    }

    @Test
    void aPausedSourceCanBeResumedFromSettings(FxRobot robot) {
        robot.clickOn("#nav-settings");
        waitUntil("the pause is shown", WAIT, () -> robot.lookup("#resume-glassdoor").tryQuery().isPresent());
        PageScroll.clickOn(robot, "#resume-glassdoor");
        waitUntil("the pause ended", WAIT, () -> robot.lookup("#resume-glassdoor").tryQuery().isEmpty());
        assertThat(context.politeness().health().pausedNow("glassdoor")).isEmpty();
    }
}
