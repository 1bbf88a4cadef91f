package dev.careeragent.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.sources.search.schedule.SearchSchedule;
import dev.careeragent.schedule.model.RunOutcome;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.sources.settings.SourceSettings;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.shell.MainWindow;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A search whose sources cannot be reached: one line per source, details on request, the table stays, the failure is told. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FailedSearchViewTest {

    @TempDir
    Path dir;

    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // The FX toolkit outlives each test class: no window an earlier test left open stays in front of this one.
        List.copyOf(Window.getWindows()).stream().filter(window -> window != stage).forEach(Window::hide);
        String nowhere;
        try (ServerSocket closed = new ServerSocket(0)) {
            nowhere = "http://127.0.0.1:" + closed.getLocalPort();
        }
        context = TestApp.open(dir, new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        context.settings().put(SourceSettings.KEY, SourceSettings.defaults().toBuilder()
                .baseUrl("remoteok", nowhere).baseUrl("remotive", nowhere)
                .enabledSources(List.of("remoteok", "remotive")).build());
        new MainWindow(stage, TestApp.services(context), List.of(JobsPage.page())).show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void eachSourceSaysWhatHappenedInOneLineAndTheTableStaysOnScreen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-jobs");
        robot.clickOn("#toggle-search-panel");
        robot.clickOn("#search-keywords").write("java");
        robot.clickOn("#search-run");

        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".run-detail .disclosure-headline").queryAll().stream()
                .map(node -> ((Label) node).getText()).filter(text -> text.contains("could not be reached")).count() == 2);

        List<String> headlines = robot.lookup(".run-detail .disclosure-headline").queryAll().stream()
                .map(node -> ((Label) node).getText()).toList();
        assertThat(headlines).containsExactlyInAnyOrder("Remote OK could not be reached", "Remotive could not be reached");
        Hyperlink details = robot.lookup(".run-detail .disclosure-toggle").queryAs(Hyperlink.class);
        Label more = robot.lookup(".run-detail .disclosure-details").queryAs(Label.class);
        assertThat(more.isVisible()).as("details stay behind the link").isFalse();
        robot.interact(details::fire);
        assertThat(more.isVisible()).isTrue();
        assertThat(more.getText()).contains("Check the internet connection");

        TableView<?> table = robot.lookup("#jobs-table").queryAs(TableView.class);
        // measured once the layout pass after the last progress line and the opened details has run
        try {
            waitFor(5, TimeUnit.SECONDS, () -> table.localToScene(table.getBoundsInLocal()).getMaxY()
                    <= stage.getScene().getHeight());
        } catch (java.util.concurrent.TimeoutException stillOutside) {
            // the assertion below says by how much
        }
        Bounds inWindow = table.localToScene(table.getBoundsInLocal());
        // 120: with the search panel open at the default size, the filters take two lines rather than eliding their labels
        assertThat(inWindow.getHeight()).as("the table keeps room").isGreaterThan(120);
        assertThat(inWindow.getMaxY()).as("the table is inside the window").isLessThanOrEqualTo(stage.getScene().getHeight());

        waitFor(10, TimeUnit.SECONDS, () -> ((Label) robot.lookup("#status-idle").query()).getText().contains("failed"));
        assertThat(((Label) robot.lookup("#status-idle").query()).getText()).contains("Searching jobs: java failed at");
        List<RunRecord> runs = context.scheduleStatus().recentRuns(5);
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.jobKey()).isEqualTo(SearchSchedule.MANUAL_SEARCH_KEY);
            assertThat(run.outcome()).isEqualTo(RunOutcome.FAILED);
            assertThat(run.error()).contains("Remote OK could not be reached", "Remotive could not be reached");
        });
    }
}
