package dev.careeragent.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.common.Icons;
import dev.careeragent.ui.nav.Page;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.nav.PageView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** A new user: empty database, the Dashboard says what to do first; a page installed later joins the rail. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EmptyDashboardTest {

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
    void close() {
        context.close();
    }

    @Test
    void showsTheFirstStepsAndGoesToAPageOnceItIsInstalled(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#empty-state").query().isVisible());
        assertThat(robot.lookup("#stat-resumes .stat-number").queryAs(Label.class).getText()).isEqualTo("0");
        assertThat(robot.lookup("#search-jobs").queryAs(Button.class).isVisible())
                .as("no Jobs page yet, so no button that leads nowhere").isFalse();

        robot.interact(() -> window.install(new Page(PageIds.JOBS, "Jobs", Icons.SEARCH, null, Page.Placement.MAIN,
                (services, navigator) -> PageView.of(new Label("Job search page")))));
        robot.clickOn("#nav-settings");
        robot.clickOn("#nav-dashboard");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#search-jobs").queryAs(Button.class).isVisible());
        assertThat(robot.lookup("#import-resume").queryAs(Button.class).isVisible()).isFalse();

        robot.clickOn("#search-jobs");
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.JOBS);
        assertThat(robot.lookup("Job search page").tryQuery()).isPresent();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.DASHBOARD);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(window.currentPageProperty().get()).as("main pages come before Settings in the rail").isEqualTo(PageIds.JOBS);
        assertThat(window.navigate("no-such-page")).isFalse();
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.JOBS);
    }
}
