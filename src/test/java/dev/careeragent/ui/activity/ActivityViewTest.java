package dev.careeragent.ui.activity;

import static dev.careeragent.testing.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.schedule.JobResult;
import dev.careeragent.schedule.model.RunCounts;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.schedule.Schedule;
import dev.careeragent.schedule.ScheduledJob;
import dev.careeragent.schedule.Scheduler;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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

/** The Activity page on a real scheduler with two jobs, one of which fails. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ActivityViewTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private AppContext context;
    private MainWindow window;
    private final AtomicInteger okRuns = new AtomicInteger();

    @Start
    void start(Stage stage) {
        context = TestApp.open(dir, new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        Scheduler scheduler = context.agent().scheduler();
        scheduler.register(ScheduledJob.of("search:1", "Search \u201cJava in Berlin\u201d", Schedule.every(Duration.ofHours(1), null),
                ctx -> {
                    okRuns.incrementAndGet();
                    return JobResult.succeeded(new RunCounts(12, 5, 2), "12 postings, 5 new");
                }));
        scheduler.register(ScheduledJob.of("search:2", "Search \u201cKotlin\u201d", Schedule.every(Duration.ofHours(1), null),
                ctx -> {
                    throw new IllegalStateException("The board answered HTTP 503 three times");
                }));
        window = new MainWindow(stage, TestApp.services(context), List.of(ActivityPage.page()));
        window.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void listsJobsAndRunsShowsDetailsRunsNowAndPausesAll(FxRobot robot) {
        Scheduler scheduler = context.agent().scheduler();
        scheduler.runNow("search:1");
        scheduler.runNow("search:2");
        waitUntil("both runs ended", WAIT, () -> context.scheduleStatus().recentRuns(5).stream()
                .filter(r -> r.outcome() != null).count() == 2);

        robot.clickOn("#nav-activity");
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.ACTIVITY);
        TableView<?> jobs = robot.lookup("#jobs-table").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        TableView<RunRecord> runs = robot.lookup("#runs-table").queryAs(TableView.class);
        waitUntil("jobs and runs listed", WAIT, () -> jobs.getItems().size() >= 2 && runs.getItems().size() == 2);

        RunRecord failed = runs.getItems().stream().filter(r -> r.jobKey().equals("search:2")).findFirst().orElseThrow();
        robot.interact(() -> runs.getSelectionModel().select(failed));
        String details = robot.lookup("#run-details").queryAs(TextArea.class).getText();
        assertThat(details).contains("Search \u201cKotlin\u201d", "Outcome:  FAILED", "The board answered HTTP 503 three times");

        robot.clickOn("#run-search-1");
        waitUntil("the manual run is listed", WAIT, () -> okRuns.get() == 2 && runs.getItems().size() == 3
                && runs.getItems().get(0).outcome() != null);
        assertThat(runs.getItems().get(0).jobKey()).isEqualTo("search:1");
        assertThat(robot.lookup("#run-details").queryAs(TextArea.class).getText()).as("the selection stays on the failed run")
                .contains("HTTP 503");

        robot.clickOn("#pause-all");
        waitUntil("paused", WAIT, scheduler::isAllPaused);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil("the page shows it", WAIT, () -> robot.lookup("#paused-banner").queryAs(Label.class).isVisible()
                && "Resume all".equals(robot.lookup("#pause-all").queryAs(Button.class).getText()));

        robot.clickOn("#pause-all");
        waitUntil("resumed", WAIT, () -> !scheduler.isAllPaused());
        waitUntil("the button says Pause all again", WAIT,
                () -> "Pause all".equals(robot.lookup("#pause-all").queryAs(Button.class).getText()));
    }

    @Test
    void runsWithNothingToDoAreCountedNotListed(FxRobot robot) {
        Scheduler scheduler = context.agent().scheduler();
        scheduler.register(ScheduledJob.of("quiet", "Send queued emails", Schedule.every(Duration.ofMinutes(1), null),
                ctx -> JobResult.skipped("No email due")));
        scheduler.runNow("quiet");
        waitUntil("the idle run ended", WAIT, () -> context.scheduleStatus().runsOf("quiet", 1).stream()
                .anyMatch(r -> r.outcome() != null));
        scheduler.runNow("search:1");
        waitUntil("the search ended", WAIT, () -> okRuns.get() == 1);

        robot.clickOn("#nav-activity");
        @SuppressWarnings("unchecked")
        TableView<RunRecord> runs = robot.lookup("#runs-table").queryAs(TableView.class);
        waitUntil("the search is listed", WAIT, () -> runs.getItems().size() == 1 && runs.getItems().get(0).outcome() != null);
        assertThat(runs.getItems()).extracting(RunRecord::jobKey).containsExactly("search:1");
        assertThat(robot.lookup("#idle-runs").queryAs(Label.class).getText())
                .isEqualTo("1 run with nothing to do (Send queued emails) not listed.");
    }

    @Test
    void pausesOneJob(FxRobot robot) {
        robot.clickOn("#nav-activity");
        waitUntil("jobs listed", WAIT, () -> robot.lookup("#pause-search-2").tryQuery().isPresent());
        robot.clickOn("#pause-search-2");
        waitUntil("job 2 paused", WAIT, () -> context.scheduleStatus().jobs().stream()
                .anyMatch(j -> j.key().equals("search:2") && j.paused()));
        assertThat(context.scheduleStatus().jobs().stream().filter(j -> j.key().equals("search:1")).findFirst().orElseThrow().paused())
                .isFalse();
    }
}
