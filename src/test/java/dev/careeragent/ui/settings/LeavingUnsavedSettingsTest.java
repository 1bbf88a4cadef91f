package dev.careeragent.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.log.LogSetup;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.desktop.Theme;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Leaving Settings with an unsaved section asks "Save changes to ...?": Save (Enter) saves and leaves, Discard puts
 * back what was saved and leaves, Cancel (Esc) stays with the edit. The real main window on real services.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LeavingUnsavedSettingsTest {

    @TempDir
    Path dir;

    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        context = TestApp.open(dir, new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        window = new MainWindow(stage, TestApp.services(context));
        window.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.stage().show());
        context.close();
    }

    @Test
    void cancelStaysWithTheEditDiscardPutsItBackAndSaveKeepsIt(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn("#theme-dark");

        robot.clickOn("#nav-about");
        assertThat(awaitDialog(robot).getHeaderText()).isEqualTo("Save changes to Appearance?");
        robot.push(KeyCode.ESCAPE);
        awaitNoDialog(robot);
        assertThat(window.currentPageProperty().get()).as("Cancel stays").isEqualTo(PageIds.SETTINGS);
        assertThat(robot.lookup("#theme-dark").queryAs(ToggleButton.class).isSelected()).as("with the edit").isTrue();
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).as("the rail agrees").isTrue();
        assertThat(saved().get(Theme.KEY)).isNotEqualTo(Theme.DARK);

        robot.clickOn("#nav-about");
        awaitDialog(robot);
        robot.clickOn("#unsaved-discard");
        awaitPage(PageIds.ABOUT);
        assertThat(saved().get(Theme.KEY)).as("Discard saves nothing").isNotEqualTo(Theme.DARK);
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#theme-dark").queryAs(ToggleButton.class).isSelected()).as("and puts back what was saved").isFalse();

        robot.clickOn("#theme-dark");
        robot.clickOn("#nav-dashboard");
        awaitDialog(robot);
        robot.push(KeyCode.ENTER);
        awaitPage(PageIds.DASHBOARD);
        assertThat(saved().get(Theme.KEY)).as("Enter saves").isEqualTo(Theme.DARK);

        robot.clickOn("#nav-settings");
        robot.clickOn("#nav-about");
        assertThat(window.currentPageProperty().get()).as("nothing unsaved: no question").isEqualTo(PageIds.ABOUT);
        assertThat(robot.lookup("#unsaved-changes").tryQuery()).isEmpty();
    }

    @Test
    void everyUnsavedSectionIsNamedAndSaveSavesThemAll(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn("#theme-dark");
        @SuppressWarnings("unchecked")
        ComboBox<String> level = robot.lookup("#log-level").queryAs(ComboBox.class);
        robot.interact(() -> level.setValue("DEBUG"));

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(awaitDialog(robot).getHeaderText()).isEqualTo("Save changes to Appearance and Logging?");
        robot.clickOn("#unsaved-save");
        awaitPage(PageIds.DASHBOARD);
        assertThat(saved().get(Theme.KEY)).isEqualTo(Theme.DARK);
        assertThat(saved().get(LogSetup.LEVEL)).isEqualTo("DEBUG");
        robot.interact(() -> LogSetup.setLevel("INFO"));
    }

    @Test
    void closingTheWindowAsksTooAndCancelKeepsItOpen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn("#theme-dark");

        Platform.runLater(window::quit); // as Ctrl+Q and the window's close button do
        awaitDialog(robot);
        robot.clickOn("#unsaved-cancel");
        awaitNoDialog(robot);
        assertThat(window.stage().isShowing()).as("Cancel keeps the window").isTrue();
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.SETTINGS);

        Platform.runLater(window::quit);
        awaitDialog(robot);
        robot.clickOn("#unsaved-save");
        waitFor(5, TimeUnit.SECONDS, () -> !window.stage().isShowing());
        assertThat(saved().get(Theme.KEY)).as("Save saves, then the window closes").isEqualTo(Theme.DARK);
    }

    private SettingsStore saved() {
        return new SettingsStore(context.folder().settingsFile());
    }

    private void awaitPage(String pageId) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> pageId.equals(window.currentPageProperty().get()));
    }

    private static DialogPane awaitDialog(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> showing(robot));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#unsaved-changes").queryAs(DialogPane.class);
    }

    private static void awaitNoDialog(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> !showing(robot));
    }

    private static boolean showing(FxRobot robot) {
        return robot.lookup("#unsaved-changes").tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .isPresent();
    }
}
