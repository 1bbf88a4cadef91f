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
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.shell.MainWindow;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
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
        click(robot, "#accept-linkedin");
        assertThat(linkedIn.isDisabled()).isFalse();
        click(robot, "#source-linkedin");
        click(robot, "#proxy-enabled");
        robot.interact(() -> {
            robot.lookup("#proxy-host").queryAs(TextField.class).setText("127.0.0.1");
            robot.lookup("#proxy-port").queryAs(TextField.class).setText("3128");
            robot.lookup("#proxy-user").queryAs(TextField.class).setText("seeker");
            robot.lookup("#boards-lever").queryAs(TextField.class).setText("acme");
        });
        showAndFocus(robot, "#proxy-password");
        robot.write(PASSWORD);
        click(robot, "#save-sources");
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
        click(robot, "#resume-glassdoor");
        waitUntil("the pause ended", WAIT, () -> robot.lookup("#resume-glassdoor").tryQuery().isEmpty());
        assertThat(context.politeness().health().pausedNow("glassdoor")).isEmpty();
    }

    private static void click(FxRobot robot, String query) {
        showAndFocus(robot, query);
        robot.clickOn(query);
    }

    /** Scrolls the settings page so the node is in view (sections are long), then focuses it. */
    private static void showAndFocus(FxRobot robot, String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            ScrollPane scroll = robot.lookup(".page-scroll").queryAs(ScrollPane.class);
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double y = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double viewport = scroll.getViewportBounds().getHeight();
            scroll.setVvalue(contentHeight <= viewport ? 0 : Math.min(1, Math.max(0, (y - 20) / (contentHeight - viewport))));
            node.requestFocus();
        });
    }
}
