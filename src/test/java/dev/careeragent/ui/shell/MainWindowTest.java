package dev.careeragent.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.careeragent.context.AppContext;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskCancelledException;
import dev.careeragent.core.task.TaskHandle;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.testing.Migrations;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.desktop.Theme;
import dev.careeragent.ui.nav.PageIds;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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

/** The real main window on real services, with a database seeded with 2 resumes, 3 postings and 1 application. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    Path dir;

    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        context = TestApp.open(dir, new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        TestApp.seed(context, 2, 3, 1);
        window = new MainWindow(stage, TestApp.services(context));
        window.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void showsTheSeededCountsOnTheDashboard(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> "2".equals(number(robot, "#stat-resumes")));
        assertThat(number(robot, "#stat-postings")).isEqualTo("3");
        assertThat(number(robot, "#stat-applications")).isEqualTo("1");
        assertThat(robot.lookup("#empty-state").query().isVisible()).isFalse();
        assertThat(window.stage().getTitle()).isEqualTo("Dashboard \u2013 Career Agent");
    }

    @Test
    void navigatesToEveryPageByClickingTheRail(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.SETTINGS);
        assertThat(robot.lookup("#data-folder").query().isVisible()).isTrue();

        robot.clickOn("#nav-about");
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.ABOUT);
        waitFor(5, TimeUnit.SECONDS, () -> context.database().schemaVersion().equals(robot.lookup("#schema-version").queryAs(Label.class).getText()));

        robot.clickOn("#nav-dashboard");
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.DASHBOARD);
        assertThat(robot.lookup("#stat-resumes").query().isVisible()).isTrue();

        robot.clickOn("#nav-dashboard");
        assertThat(window.currentPageProperty().get()).as("clicking the shown page keeps it").isEqualTo(PageIds.DASHBOARD);
    }

    @Test
    void navigatesByKeyboard(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.SETTINGS);
        robot.push(KeyCode.F1);
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.ABOUT);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.DASHBOARD);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.SETTINGS);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.ABOUT);
    }

    @Test
    void switchesTheThemeAndRemembersIt(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("#theme-dark");
        robot.clickOn("#save-appearance");
        assertThat(window.theme().isDark()).isTrue();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(new SettingsStore(context.folder().settingsFile()).get(Theme.KEY)).isEqualTo(Theme.DARK);

        robot.clickOn("#theme-light");
        robot.clickOn("#save-appearance");
        assertThat(window.theme().isDark()).isFalse();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        assertThat(new SettingsStore(context.folder().settingsFile()).get(Theme.KEY)).isEqualTo(Theme.LIGHT);
    }

    @Test
    void theStatusBarShowsRunningTasksAndCancelsThem(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        TaskHandle<Object> importing = context.tasks().execute(BackgroundTask.of("Importing test data", task -> {
            task.updateMessage("Step 1 of 4");
            while (!task.isCancelled()) {
                Thread.sleep(10);
            }
            task.checkCancelled();
            return null;
        }));
        TaskHandle<Object> searching = context.tasks().execute(BackgroundTask.of("Searching jobs", () -> {
            release.await(10, TimeUnit.SECONDS);
            return null;
        }));
        waitFor(5, TimeUnit.SECONDS, () -> "Importing test data".equals(text(robot, "#task-title")));
        assertThat(shown(robot.lookup("#cancel-task").query())).isTrue();
        waitFor(5, TimeUnit.SECONDS, () -> "Step 1 of 4".equals(text(robot, "#task-message")));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#task-count").query().isVisible());
        assertThat(text(robot, "#task-count")).isEqualTo("+1");

        robot.clickOn("#cancel-task");
        waitFor(5, TimeUnit.SECONDS, () -> importing.result().isDone());
        assertThat(importing.result()).isCompletedExceptionally();
        try {
            importing.result().get();
        } catch (ExecutionException expected) {
            assertThat(expected.getCause()).isInstanceOf(TaskCancelledException.class);
        }
        waitFor(5, TimeUnit.SECONDS, () -> "Searching jobs".equals(text(robot, "#task-title")));
        assertThat(robot.lookup("#task-count").query().isVisible()).isFalse();

        release.countDown();
        searching.result().get(5, TimeUnit.SECONDS);
        waitFor(5, TimeUnit.SECONDS, () -> !shown(robot.lookup("#cancel-task").query()));
        assertThat(shown(robot.lookup("Ready").query())).isTrue();
    }

    @Test
    void controlQClosesTheWindow(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isShowing()).isFalse();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String number(FxRobot robot, String card) {
        Node node = robot.lookup(card + " .stat-number").query();
        return ((Label) node).getText();
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return ((Labeled) node).getText();
    }
}
