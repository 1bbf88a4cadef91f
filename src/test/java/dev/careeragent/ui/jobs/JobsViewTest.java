package dev.careeragent.ui.jobs;

import dev.careeragent.jobs.store.PostingIngest;
import dev.careeragent.jobs.JobPosting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import dev.careeragent.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real Jobs page in the main window, on postings parsed from the corpus. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class JobsViewTest {

    private static final String GOOGLE_JOB = "Power Monitoring Execution Engineer, Google Data Center";

    @TempDir
    Path dir;

    private AppContext context;
    private MainWindow window;
    private int stored;

    /** The page is seeded from the corpus inside the FX start, where a skipped assumption would be an error. */
    @BeforeAll
    static void needsTheCorpus() {
        Corpus.root();
    }

    @Start
    void start(Stage stage) throws Exception {
        context = TestApp.open(dir, new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        stored = JobsSeed.seed(context).size();
        window = new MainWindow(stage, TestApp.services(context), List.of(JobsPage.page()));
        window.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<PostingRow> table(FxRobot robot) {
        return robot.lookup("#jobs-table").queryAs(TableView.class);
    }

    private static String description(FxRobot robot) {
        Node box = robot.lookup("#job-description").query();
        return robot.from(box).lookup((Node n) -> n instanceof TextFlow).queryAll().stream()
                .flatMap(flow -> ((TextFlow) flow).getChildren().stream())
                .filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    @Test
    void searchAsYouTypeDetailsAndHideWithUndo(FxRobot robot) throws Exception {
        robot.clickOn("#nav-jobs");
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.JOBS);
        waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == Math.min(stored, JobsViewModel.PAGE));

        robot.clickOn("#job-search").write("power monit");
        waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).title()).isEqualTo(GOOGLE_JOB);

        robot.interact(() -> table(robot).getSelectionModel().select(0));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#job-description").tryQuery().isPresent());
        assertThat(description(robot)).contains("Knowledge of data centers electrical infrastructure")
                .doesNotContain("<", "script");
        assertThat(robot.lookup("#job-detail-title").queryLabeled().getText()).isEqualTo(GOOGLE_JOB);

        // The detail pane re-renders when the selected job's scores arrive; look up and press in one FX step.
        robot.interact(() -> robot.lookup("#job-hide").queryButton().fire());
        waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().isEmpty());
        assertThat(robot.lookup("#jobs-notice").queryLabeled().getText()).contains("Hidden");

        robot.clickOn("#undo-hide");
        waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).title()).isEqualTo(GOOGLE_JOB);
    }

    @Test
    void aDescriptionThatCameAsPlainTextIsShownAsParagraphs(FxRobot robot) throws Exception {
        new PostingIngest(context.database(), context.clock()).ingest(List.of(JobPosting.builder().source("hackernews")
                .sourceId("hn-1").title("Zymurgy Platform Engineer").company("Brewlab")
                .descriptionText("We brew <b>beer</b> with code.\n\nRust and Postgres.").build()), Map.of());
        robot.clickOn("#nav-jobs");
        robot.clickOn("#job-search").write("zymurgy");
        waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);

        robot.interact(() -> table(robot).getSelectionModel().select(0));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#job-description").tryQuery().isPresent());

        assertThat(description(robot)).contains("We brew <b>beer</b> with code.", "Rust and Postgres.");
        Node box = robot.lookup("#job-description").query();
        assertThat(robot.from(box).lookup((Node n) -> n instanceof TextFlow).queryAll())
                .as("one text block per paragraph").hasSize(2);
    }

    @Test
    void appliedOnTheDetailPaneTracksTheJobInTheDatabase(FxRobot robot) throws Exception {
        long id = new PostingIngest(context.database(), context.clock()).ingest(List.of(JobPosting.builder()
                .source("hackernews").sourceId("hn-2").title("Zymurgy Data Engineer").company("Brewlab")
                .descriptionText("Kafka and Postgres.").build()), Map.of()).postingIds().get(0);
        robot.clickOn("#nav-jobs");
        robot.clickOn("#job-search").write("zymurgy");
        waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#job-applied").tryQuery().isPresent()
                && !robot.lookup("#job-applied").queryButton().isDisabled());

        robot.interact(() -> robot.lookup("#job-applied").queryButton().fire());

        waitFor(10, TimeUnit.SECONDS, () -> context.tracker().forPosting(id).isPresent());
        var application = context.tracker().forPosting(id).orElseThrow();
        assertThat(application.status()).isEqualTo(dev.careeragent.tracker.model.ApplicationStatus.APPLIED);
        assertThat(context.tracker().history(application.id())).hasSize(1);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#job-track-status").queryLabeled().getText().contains("Applied")
                && robot.lookup("#job-applied").queryButton().isDisabled());
    }

    @Test
    void theRunSearchPanelOpensWithTheEnabledSources(FxRobot robot) {
        robot.clickOn("#nav-jobs");
        robot.clickOn("#toggle-search-panel");
        assertThat(robot.lookup("#search-panel").query().isVisible()).isTrue();
        assertThat(robot.lookup("#source-remotive").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#source-linkedin").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
    }
}
