package dev.careeragent.ui.sources;

import static dev.careeragent.testing.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.settings.SettingsStore;
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
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Settings > Job sources in the real window: LinkedIn's notice gates it, the proxy password goes to the vault, edits
 * wait for Save (Cancel puts the saved values back; a reload shows what Save wrote), and a base URL that is not an
 * http(s) address is explained and nothing is saved.
 */
@Tag("ui")
@ExtendWith({KeyringOff.class, ApplicationExtension.class})
class SourceSettingsViewTest {

    private static final String PASSWORD = "Ui8-unique-proxy-secret";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String COPY = "http://127.0.0.1:9/remoteok-copy";

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

    @Test
    void cancelPutsBackWhatWasSavedAndSavesNothing(FxRobot robot) throws Exception {
        saveOnce(robot);
        byte[] saved = Files.readAllBytes(settingsFile());
        Button cancel = robot.lookup("#cancel-sources").queryAs(Button.class);
        assertThat(cancel.isDisabled()).as("nothing to cancel yet").isTrue();

        type(robot, "#archive-days", "90");
        type(robot, "#base-url-remoteok", "http://127.0.0.1:9/elsewhere");
        assertThat(cancel.isDisabled()).isFalse();
        PageScroll.clickOn(robot, "#cancel-sources");

        assertThat(text(robot, "#archive-days")).isEqualTo("30");
        assertThat(text(robot, "#base-url-remoteok")).isEmpty();
        assertThat(cancel.isDisabled()).isTrue();
        assertThat(Files.readAllBytes(settingsFile())).isEqualTo(saved);
    }

    @Test
    void saveWritesTheSettingsFileAndAReloadShowsTheSameValues(FxRobot robot) {
        openAdvanced(robot);
        type(robot, "#base-url-remoteok", " " + COPY + " ");
        type(robot, "#archive-days", "45");
        PageScroll.clickOn(robot, "#save-sources");
        waitUntil("saved", WAIT, () -> "Saved.".equals(status(robot)));

        SourceSettings reread = new SettingsStore(settingsFile()).get(SourceSettings.KEY);
        assertThat(reread.baseUrls()).containsEntry("remoteok", COPY);
        assertThat(reread.staleAfterDays()).isEqualTo(45);
        SourceSettingsViewModel reloaded = new SourceSettingsViewModel(context.jobSearch(), context.tasks(), Clock.systemUTC());
        assertThat(reloaded.baseUrlProperty("remoteok").get()).isEqualTo(COPY);
        assertThat(reloaded.archiveDaysProperty().get()).isEqualTo("45");
        assertThat(robot.lookup("#cancel-sources").queryAs(Button.class).isDisabled()).as("saved: nothing to cancel").isTrue();
    }

    @Test
    void aBaseUrlThatIsNotAWebAddressIsExplainedAndNothingIsSaved(FxRobot robot) throws Exception {
        saveOnce(robot);
        byte[] saved = Files.readAllBytes(settingsFile());
        openAdvanced(robot);
        type(robot, "#archive-days", "60");
        type(robot, "#base-url-remotive", "ftp://mirror.example.org/remotive");
        PageScroll.clickOn(robot, "#save-sources");

        waitUntil("the problem is shown", WAIT, () -> status(robot).contains("is not a web address"));
        assertThat(status(robot)).contains("Remotive").contains("ftp://mirror.example.org/remotive").contains("https://");
        assertThat(Files.readAllBytes(settingsFile())).isEqualTo(saved);
        assertThat(context.settings().get(SourceSettings.KEY).baseUrls()).doesNotContainKey("remotive");
        assertThat(context.settings().get(SourceSettings.KEY).staleAfterDays()).isEqualTo(30);
    }

    private void saveOnce(FxRobot robot) {
        robot.clickOn("#nav-settings");
        PageScroll.clickOn(robot, "#save-sources");
        waitUntil("saved", WAIT, () -> "Saved.".equals(status(robot)));
    }

    private Path settingsFile() {
        return context.folder().settingsFile();
    }

    private static void openAdvanced(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.interact(() -> robot.lookup("#sources-advanced").queryAs(TitledPane.class).setExpanded(true));
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#sources-status").queryAs(Label.class).getText();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    private static void type(FxRobot robot, String query, String value) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(value));
    }
}
